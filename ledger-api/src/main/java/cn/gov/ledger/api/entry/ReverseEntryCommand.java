package cn.gov.ledger.api.entry;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Negates an entry with a new one; businessDate null means the original's business date. */
public record ReverseEntryCommand(@TargetAggregateIdentifier String aggregateId, String entryId,
                                  String reversedEntryId, LocalDate businessDate, String reason) {
}
