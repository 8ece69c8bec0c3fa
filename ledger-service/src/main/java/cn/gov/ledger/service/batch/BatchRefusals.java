package cn.gov.ledger.service.batch;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.imports.RowRoles;
import cn.gov.ledger.service.problem.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * The refusals of one batch, each naming its entry's index. Roles are checked first (403), then fields (422),
 * then budget control and closed years entry by entry (409): every entry is tried, so the answer names every
 * entry that would be refused, and the batch is refused if any is.
 */
final class BatchRefusals {

    private final List<Map<String, Object>> refused = new ArrayList<>();

    static void requireRoles(List<BatchEntry> entries, Set<EntryKind> permitted) {
        List<EntryError> errors = entries.stream().filter(entry -> !permitted.contains(entry.kind()))
                .map(entry -> new EntryError(entry.index(), "type", entry.kind() + " entries need the role "
                        + RowRoles.role(entry.kind()))).toList();
        if (!errors.isEmpty()) {
            throw Rejection.forbidden("forbidden", "无权操作 Forbidden", errors.size()
                    + " entries need a role the signed-in user does not have; nothing was posted")
                    .with("errors", errors);
        }
    }

    static void requireValid(List<EntryError> errors) {
        if (!errors.isEmpty()) {
            throw Rejection.unprocessable("invalid", "请求字段无效 Invalid fields", errors.size()
                    + " field(s) of the batch are invalid; nothing was posted").with("errors", errors);
        }
    }

    /** Runs one entry's posting; a business refusal is noted against its index and the batch goes on. */
    String attempt(int index, Supplier<String> posting) {
        try {
            return posting.get();
        } catch (Rejection e) {
            note(index, e);
        } catch (CommandExecutionException e) {
            if (!(e.getCause() instanceof Rejection rejection)) {
                throw e;
            }
            note(index, rejection);
        } catch (AggregateNotFoundException e) {
            note(index, Rejection.conflict("no-budget-line", "无预算不支出 No budget line",
                    "no budget line " + e.getAggregateIdentifier()));
        }
        return null;
    }

    void requireNoneRefused(int entries) {
        if (!refused.isEmpty()) {
            throw Rejection.conflict("batch-refused", "批量分录被拒绝 Batch refused", refused.size() + " of "
                    + entries + " entries refused; nothing was posted").with("errors", refused);
        }
    }

    private void note(int index, Rejection e) {
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("index", index);
        refusal.put("type", "/problems/" + e.reason());
        refusal.put("title", e.title());
        refusal.put("detail", e.getMessage());
        refusal.putAll(e.properties());
        refused.add(refusal);
    }
}
