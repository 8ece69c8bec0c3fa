package cn.gov.ledger.service.budget;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.posting.Fields;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "How much is left on this line?" before posting: the line an expenditure with these fields would draw on
 * (its own economic code's line, else the line without one), or with {@code exact} only the line the fields
 * name, as an appropriation or adjustment would reach. Posting decides again; this is only a preview.
 */
@Component
class LineLookup {

    private final BudgetLineBook lines;

    LineLookup(BudgetLineBook lines) {
        this.lines = lines;
    }

    Map<String, Object> available(Map<String, String> q, boolean exact) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        String department = f.required("department", q.get("department"), 32);
        String unit = f.required("unit", q.get("unit"), 32);
        Integer year = f.year("fiscalYear", q.get("fiscalYear"));
        FundingSource source = f.enumValue("source", q.get("source"), FundingSource.class);
        ExpenditureType type = f.enumValue("expenditureType", q.get("expenditureType"), ExpenditureType.class);
        String functional = f.required("functionalCode", q.get("functionalCode"), 7);
        if (functional != null && !functional.matches("\\d{7}")) {
            f.error("functionalCode", "must be a 7-digit 项 code, not " + functional);
        }
        String economic = f.optional("economicCode", q.get("economicCode"), 5);
        if (economic != null && !economic.matches("\\d{5}")) {
            f.error("economicCode", "must be a 5-digit 款 code, not " + economic);
        }
        String project = type == ExpenditureType.PROJECT ? f.required("project", q.get("project"), 200) : null;
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        Classification line = new Classification(department, unit, year, source, FunctionalCode.of(functional), type,
                project, economic == null ? null : EconomicCode.of(economic));
        String lineId = exact ? line.budgetLineId() : lines.lineFor(line).orElse(null);
        Map<String, Object> found = lineId == null ? null : lines.line(lineId);
        if (found == null) {
            throw Rejection.notFound("no-budget-line", "无预算不支出 No budget line",
                    "no budget line for these fields").with("available", "0.00");
        }
        List.of("budget", "spent", "available").forEach(name ->
                found.put(name, Money.toYuan((Long) found.remove(name + "Fen"))));
        return found;
    }
}
