package cn.gov.ledger.service.budget;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.service.problem.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Budget lines as clerks see them (budget, spent, available), kept in the posting's own transaction.
 * Budget control itself is the aggregate's; this table answers "which line" and "how much is left".
 */
@Component
@ProcessingGroup("write-side")
public class BudgetLineBook {

    private static final String LINE_COLUMNS = "SELECT line_id AS \"lineId\", functional_code AS \"functionalCode\","
            + " source, expenditure_type AS \"expenditureType\", project, economic_code AS \"economicCode\","
            + " budget_fen AS \"budgetFen\", spent_fen AS \"spentFen\", budget_fen - spent_fen AS \"availableFen\""
            + " FROM budget_line";

    private final JdbcTemplate jdbc;
    /** Lines are never removed: once seen committed, a line's existence needs no more queries. */
    private final Set<String> committed = ConcurrentHashMap.newKeySet();

    BudgetLineBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BudgetAppropriated e) {
        addBudget(e.lineId(), e.line(), e.amountFen());
    }

    @EventHandler
    void on(BudgetAdjusted e) {
        addBudget(e.lineId(), e.line(), e.amountFen());
    }

    @EventHandler
    void on(ExpenditureRecorded e) {
        jdbc.update("UPDATE budget_line SET spent_fen = spent_fen + ? WHERE line_id = ?", e.amountFen(), e.lineId());
    }

    @EventHandler
    void on(EntryReversed e) {
        if (e.kind() == EntryKind.EXPENDITURE) {
            jdbc.update("UPDATE budget_line SET spent_fen = spent_fen + ? WHERE line_id = ?", e.amountFen(),
                    e.aggregateId());
        } else if (e.kind() != EntryKind.INCOME) {
            jdbc.update("UPDATE budget_line SET budget_fen = budget_fen + ? WHERE line_id = ?", e.amountFen(),
                    e.aggregateId());
        }
    }

    /**
     * The line an expenditure draws on: the one kept for its own economic code if there is one, else the
     * line without a code; empty if neither exists (无预算不支出).
     */
    public Optional<String> lineFor(Classification expenditure) {
        String ownCode = expenditure.budgetLineId();
        if (exists(ownCode)) {
            return Optional.of(ownCode);
        }
        String general = expenditure.withEconomicCode(null).budgetLineId();
        return exists(general) ? Optional.of(general) : Optional.empty();
    }

    public String requireLineFor(Classification expenditure, long amountFen) {
        return lineFor(expenditure).orElseThrow(() -> noBudgetLine(expenditure, amountFen));
    }

    /** 409 naming the line the expenditure looked for, what it holds (nothing) and what was asked. */
    public static Rejection noBudgetLine(Classification expenditure, long amountFen) {
        return Rejection.conflict("no-budget-line", "无预算不支出 No budget line",
                        "no budget line for " + expenditure.functionalCode() + " / " + expenditure.source() + " / "
                                + expenditure.expenditureType()
                                + (expenditure.project() == null ? "" : " / " + expenditure.project())
                                + " (with or without economic code " + expenditure.economicCode() + ")")
                .with("line", expenditure.withEconomicCode(null)).with("available", "0.00")
                .with("requested", Money.toYuan(amountFen));
    }

    public boolean exists(String lineId) {
        return committed.contains(lineId) || Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM budget_line WHERE line_id = ?)", Boolean.class, lineId));
    }

    /** Budget minus spent, in fen; empty if there is no such line. */
    public Optional<Long> available(String lineId) {
        return jdbc.queryForList("SELECT budget_fen - spent_fen FROM budget_line WHERE line_id = ?", Long.class,
                lineId).stream().findFirst();
    }

    /** The line's budget in fen; empty if there is no such line. */
    public Optional<Long> budget(String lineId) {
        return jdbc.queryForList("SELECT budget_fen FROM budget_line WHERE line_id = ?", Long.class, lineId).stream()
                .findFirst();
    }

    public List<Map<String, Object>> lines(String department, String unit, int fiscalYear) {
        return jdbc.queryForList(LINE_COLUMNS + " WHERE department = ? AND unit = ? AND fiscal_year = ?"
                + " ORDER BY functional_code, source, expenditure_type, project, economic_code", department, unit,
                fiscalYear);
    }

    /** One line's fields and figures (in fen), or null if there is no such line. */
    public Map<String, Object> line(String lineId) {
        return jdbc.queryForList(LINE_COLUMNS + " WHERE line_id = ?", lineId).stream().findFirst().orElse(null);
    }

    private void addBudget(String lineId, Classification line, long amountFen) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(lineId);
            }
        });
        jdbc.update("INSERT INTO budget_line (line_id, department, unit, fiscal_year, functional_code, source,"
                        + " expenditure_type, project, economic_code, budget_fen, spent_fen)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                        + " ON CONFLICT (line_id) DO UPDATE SET budget_fen = budget_line.budget_fen + EXCLUDED.budget_fen",
                lineId, line.department(), line.unit(), line.fiscalYear(), line.functionalCode().value(),
                line.source().name(), line.expenditureType().name(), line.project(),
                line.economicCode() == null ? null : line.economicCode().value(), amountFen);
    }
}
