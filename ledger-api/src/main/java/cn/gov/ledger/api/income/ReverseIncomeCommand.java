package cn.gov.ledger.api.income;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Negates an income entry with a new one; businessDate null means the original's business date.
 * A command of its own (not the budget line's ReverseEntryCommand): Axon routes each command type to
 * exactly one aggregate type.
 */
public record ReverseIncomeCommand(@TargetAggregateIdentifier String accountId, String entryId,
                                   String reversedEntryId, LocalDate businessDate, String reason) {
}
