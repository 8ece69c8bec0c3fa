package cn.gov.ledger.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Registers the department and its units and appropriates a large budget on every line. Safe to repeat:
 * 409 on registration means it is already there, and each appropriation has a fixed idempotency key, so
 * a second setup replays the first answers instead of doubling the budget.
 */
final class Setup {

    static final String BUDGET = "1000000000.00";

    private Setup() {
    }

    static Section run(Run run) {
        Failures failures = new Failures();
        long started = System.nanoTime();
        int registered = register(run, "/api/v1/departments", run.department(), "基准测试部门", failures);
        for (String unit : BudgetLine.units(run.department())) {
            registered += register(run, "/api/v1/departments/" + run.department() + "/units", unit, "基准测试单位 " + unit,
                    failures);
        }
        List<BudgetLine> lines = BudgetLine.of(run.department());
        int fresh = 0;
        for (int i = 0; i < lines.size(); i++) {
            Instant sent = Instant.now();
            Http.Answer answer = run.http().postJson(run.ledger("/api/v1/budget/appropriations"),
                    appropriation(run, lines.get(i), i), "bench-setup-" + run.department() + "-" + run.year() + "-"
                            + lines.get(i).key(), run.requestTimeout());
            if (answer.status() != 201) {
                failures.add(answer);
            } else if (!answer.replayed()) {
                fresh++;
                if (i == 0) {
                    // A fresh first appropriation means a fresh ledger (or department): postings start now.
                    FirstPosting.remember(run.results(), run.department(), sent);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> notes = new ArrayList<>(List.of("each line: " + BudgetLine.SOURCE + ", budget " + BUDGET
                + " yuan, units " + BudgetLine.units(run.department())));
        notes.addAll(failures.notes());
        return new Section("setup", List.of(
                Figure.of("departments and units newly registered", registered + " of 3"),
                Figure.of("budget lines newly appropriated", fresh + " of " + lines.size()),
                Figure.of("refused requests", String.valueOf(failures.count())),
                Figure.of("time", String.format(Locale.ROOT, "%.1f s", seconds))),
                notes, failures.count() > 0);
    }

    /** 1 when registered now, 0 when it was already there (409). */
    static int register(Run run, String path, String code, String name, Failures failures) {
        Http.Answer answer = run.http().postJson(run.ledger(path), Map.of("code", code, "name", name), null,
                run.requestTimeout());
        if (answer.status() != 201 && answer.status() != 409) {
            failures.add(answer);
        }
        return answer.status() == 201 ? 1 : 0;
    }

    private static Map<String, Object> appropriation(Run run, BudgetLine line, int index) {
        Map<String, Object> body = new LinkedHashMap<>(line.fields(run.department(), run.year()));
        body.put("amount", BUDGET);
        body.put("businessDate", run.year() + "-01-02");
        body.put("documentNo", "BENCH-" + run.year() + "-APP-" + (index + 1));
        body.put("memo", "基准测试年初预算");
        return body;
    }
}
