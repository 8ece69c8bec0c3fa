package cn.gov.ledger.service.income;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.income.IncomeRecorded;
import cn.gov.ledger.api.income.RecordIncomeCommand;
import cn.gov.ledger.api.income.ReverseIncomeCommand;
import cn.gov.ledger.api.income.ReverseIncomeCommand;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.service.entry.EntryBook;
import cn.gov.ledger.service.entry.EntryRecord;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** Income of one unit and year by source and functional 项. No control applies; it keeps the stream short. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "budgetLineSnapshotTrigger",
        lockFactory = "postingLockFactory")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class IncomeAccount {

    @AggregateIdentifier
    private String accountId;
    private Classification account;

    protected IncomeAccount() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIncomeCommand command) {
        apply(new IncomeRecorded(command.entryId(), command.accountId(), command.classification(),
                command.amountFen(), command.businessDate(), command.documentNo(), command.memo()));
    }

    @CommandHandler
    void handle(ReverseIncomeCommand command, EntryBook entries) {
        EntryRecord original = entries.lockForReversal(command.reversedEntryId(), accountId);
        apply(new EntryReversed(command.entryId(), original.entryId(), original.kind(), accountId, account,
                -original.amountFen(),
                command.businessDate() != null ? command.businessDate() : original.businessDate(), command.reason()));
    }

    @EventSourcingHandler
    void on(IncomeRecorded event) {
        accountId = event.accountId();
        account = event.classification();
    }
}
