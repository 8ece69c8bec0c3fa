package cn.gov.ledger.api.entry;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Negates an entry of a budget line (appropriation, adjustment, expenditure) with a new one; businessDate null
 * means the original's business date. Income is reversed by ReverseIncomeCommand.
 */
public record ReverseEntryCommand(@TargetAggregateIdentifier String aggregateId, String entryId,
                                  String reversedEntryId, LocalDate businessDate, String reason) {
}
