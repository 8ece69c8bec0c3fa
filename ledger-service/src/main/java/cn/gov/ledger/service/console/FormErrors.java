package cn.gov.ledger.service.console;

import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A refused request as a form shows it: each message next to its field when the form has that field, the
 * rest (a business refusal, a field the form does not show) above the form. The messages are the API's own.
 *
 * @param fields field name → its messages, joined
 * @param others messages with their Chinese field label in front
 */
record FormErrors(Map<String, String> fields, List<String> others) {

    private static final Yuan YUAN = new Yuan();

    static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    boolean any() {
        return !fields.isEmpty() || !others.isEmpty();
    }

    /** The refusal behind {@code e}, or empty if {@code e} is no refusal (it is then rethrown by the caller). */
    static Optional<FormErrors> of(RuntimeException e, Predicate<String> shown) {
        if (e instanceof InvalidRequestException invalid) {
            return Optional.of(fromFields(invalid.errors(), shown));
        }
        Rejection rejection = e instanceof Rejection r ? r
                : e instanceof CommandExecutionException c && c.getCause() instanceof Rejection r ? r : null;
        if (rejection != null) {
            return Optional.of(fromRejection(rejection, shown));
        }
        if (e instanceof AggregateNotFoundException) {
            return Optional.of(new FormErrors(Map.of(), List.of("无预算不支出：没有对应的预算指标")));
        }
        return Optional.empty();
    }

    private static FormErrors fromFields(List<FieldError> errors, Predicate<String> shown) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (FieldError error : errors) {
            String where = error.line() == null ? "" : "第 " + error.line() + " 行 ";
            if (error.line() == null && shown.test(error.field())) {
                fields.merge(error.field(), Messages.chinese(error.message()), (a, b) -> a + "；" + b);
            } else {
                others.add(where + Labels.field(error.field()) + "：" + Messages.chinese(error.message()));
            }
        }
        return new FormErrors(fields, others);
    }

    /** Over budget is about the amount: it is shown there, with what is left; other refusals above the form. */
    private static FormErrors fromRejection(Rejection rejection, Predicate<String> shown) {
        Object available = rejection.properties().get("available");
        if (available != null && shown.test("amount") && rejection.kind() == Rejection.Kind.CONFLICT) {
            return new FormErrors(Map.of("amount", Messages.title(rejection.title()) + "：可用 " + YUAN.text(available)
                    + " 元，申请 " + YUAN.text(rejection.properties().getOrDefault("requested", "?")) + " 元"),
                    List.of(Messages.chinese(rejection.getMessage())));
        }
        return new FormErrors(Map.of(), List.of(Messages.title(rejection.title()) + "："
                + Messages.chinese(rejection.getMessage())));
    }
}
