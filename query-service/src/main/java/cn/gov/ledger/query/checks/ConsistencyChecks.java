package cn.gov.ledger.query.checks;

import cn.gov.ledger.query.checks.Checker.Cell;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableService;
import cn.gov.ledger.query.tables.TableSet;
import cn.gov.ledger.query.tables.TableView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Runs every identity over the ledger's own tables or over uploaded figures. */
@Service
class ConsistencyChecks {

    private final TableService tables;

    ConsistencyChecks(TableService tables) {
        this.tables = tables;
    }

    CheckReport ledger(SliceRequest request) {
        TableSet set = tables.all(request);
        Map<String, Figures> figures = new LinkedHashMap<>();
        set.tables().forEach((number, view) -> figures.put(number, FigureReader.fromView(view)));
        Checker checker = evaluate(figures);
        if (checker.has("09-ledger", "09")) {
            checker.sameAsLedger("09-ledger", "09 决算 公务用车运行维护费 = 财政拨款支付的 30231",
                    new Cell("09", "total", "actual_vehicle_operation"), "ledger/30231/fiscal_appropriation",
                    set.fiscalVehicleOperationFen());
        }
        TableView any = set.tables().values().iterator().next();
        return report("ledger", any.department(), any.fiscalYear(), any, checker);
    }

    CheckReport published(String department, Integer fiscalYear, Map<String, Figures> figures) {
        Checker checker = evaluate(figures);
        checker.skip("09-ledger", "compares with the ledger's own 30231 payments; run GET …/checks for that");
        return report("published", department, fiscalYear, null, checker);
    }

    private static Checker evaluate(Map<String, Figures> figures) {
        Checker checker = new Checker(figures);
        SummaryIdentities.evaluate(checker);
        DetailIdentities.evaluate(checker);
        RollupIdentities.evaluate(checker);
        return checker;
    }

    private static CheckReport report(String kind, String department, Integer fiscalYear, TableView context,
                                      Checker checker) {
        List<CheckResult> results = checker.results();
        List<CheckResult> failures = results.stream().filter(result -> !result.passed()).toList();
        return new CheckReport(kind, department, fiscalYear,
                context == null ? null : context.asOf(), context == null ? null : context.knownAt(),
                context == null ? null : context.position(), failures.isEmpty(), results.size(), failures.size(),
                CheckReport.TOLERANCE_RULE, checker.skipped(), failures, results);
    }
}
