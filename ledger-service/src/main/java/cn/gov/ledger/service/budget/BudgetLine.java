package cn.gov.ledger.service.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.budget.AdjustBudgetCommand;
import cn.gov.ledger.api.budget.AppropriateBudgetCommand;
import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.budget.RecordExpenditureCommand;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.entry.ReverseEntryCommand;
import cn.gov.ledger.service.entry.EntryBook;
import cn.gov.ledger.service.entry.EntryRecord;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A budget line (unit, year, functional 项, source, expenditure type, project, optional economic code) and
 * its control: 无预算不支出 — nothing is spent beyond what the line holds, and no adjustment or reversal
 * takes the line's budget below what it has already paid out.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "budgetLineSnapshotTrigger",
        lockFactory = "postingLockFactory")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class BudgetLine {

    @AggregateIdentifier
    private String lineId;
    private Classification line;
    private long budgetFen;
    private long spentFen;

    protected BudgetLine() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AppropriateBudgetCommand command) {
        assertWithinLimit(command.lineId(), command.amountFen());
        apply(new BudgetAppropriated(command.entryId(), command.lineId(), command.line(), command.amountFen(),
                command.businessDate(), command.documentNo(), command.memo()));
    }

    /** A 追加 may open a line that had no initial budget; a 追减 may not take it below what is spent. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AdjustBudgetCommand command) {
        assertWithinLimit(command.lineId(), command.amountFen());
        if (balance().belowSpent(command.amountFen())) {
            throw belowSpent(command.lineId(), command.line(), balance().budgetAfter(command.amountFen()));
        }
        apply(new BudgetAdjusted(command.entryId(), command.lineId(), command.line(), command.amountFen(),
                command.businessDate(), command.documentNo(), command.reason()));
    }

    @CommandHandler
    void handle(RecordExpenditureCommand command) {
        long available = balance().availableFen();
        if (balance().overBudget(command.amountFen())) {
            throw Rejection.conflict("over-budget", "超出预算 Over budget (无预算不支出)",
                            "budget line " + lineId + " has " + Money.toYuan(available) + " available, "
                                    + Money.toYuan(command.amountFen()) + " was asked")
                    .with("lineId", lineId).with("line", line)
                    .with("available", Money.toYuan(available)).with("requested", Money.toYuan(command.amountFen()));
        }
        apply(new ExpenditureRecorded(command.entryId(), lineId, command.classification(), command.amountFen(),
                command.businessDate(), command.voucherNo(), command.payee(), command.memo(), command.contractNo()));
    }

    @CommandHandler
    void handle(ReverseEntryCommand command, EntryBook entries) {
        EntryRecord original = entries.lockForReversal(command.reversedEntryId(), lineId);
        long negated = -original.amountFen();
        if (original.kind() != EntryKind.EXPENDITURE && balance().belowSpent(negated)) {
            throw belowSpent(lineId, line, balance().budgetAfter(negated));
        }
        if (original.kind() != EntryKind.EXPENDITURE) {
            assertWithinLimit(lineId, negated);
        }
        Classification classification = original.kind() == EntryKind.EXPENDITURE
                ? line.withEconomicCode(original.economicCode()) : line;
        apply(new EntryReversed(command.entryId(), original.entryId(), original.kind(), lineId, classification,
                negated, command.businessDate() != null ? command.businessDate() : original.businessDate(),
                command.reason()));
    }

    @EventSourcingHandler
    void on(BudgetAppropriated event) {
        lineId = event.lineId();
        line = event.line();
        budgetFen += event.amountFen();
    }

    @EventSourcingHandler
    void on(BudgetAdjusted event) {
        lineId = event.lineId();
        line = event.line();
        budgetFen += event.amountFen();
    }

    @EventSourcingHandler
    void on(ExpenditureRecorded event) {
        spentFen += event.amountFen();
    }

    @EventSourcingHandler
    void on(EntryReversed event) {
        if (event.kind() == EntryKind.EXPENDITURE) {
            spentFen += event.amountFen();
        } else {
            budgetFen += event.amountFen();
        }
    }

    /** The figures are kept as two fields (not a {@link LineBalance}) so that stored snapshots still load. */
    private LineBalance balance() {
        return new LineBalance(budgetFen, spentFen);
    }

    private void assertWithinLimit(String id, long budgetChangeFen) {
        if (balance().aboveLimit(budgetChangeFen)) {
            throw new InvalidRequestException(List.of(new FieldError("amount",
                    balance().aboveLimitReason(id, budgetChangeFen))));
        }
    }

    private Rejection belowSpent(String id, Classification classification, long budgetAfter) {
        return Rejection.conflict("below-spent", "预算不得低于已支出 Budget below spending",
                        "budget line " + id + " would hold " + Money.toYuan(budgetAfter) + " but has already spent "
                                + Money.toYuan(spentFen))
                .with("lineId", id).with("line", classification)
                .with("budgetAfter", Money.toYuan(budgetAfter)).with("spent", Money.toYuan(spentFen));
    }
}
