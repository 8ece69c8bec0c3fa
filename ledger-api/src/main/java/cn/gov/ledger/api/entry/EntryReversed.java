package cn.gov.ledger.api.entry;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EntryKind;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A correction: entry {@code entryId} negates {@code reversedEntryId}, which stays in the ledger.
 * It keeps the original's kind and classification; {@code amountFen} is the original's amount negated.
 */
@Revision("1")
public record EntryReversed(String entryId, String reversedEntryId, EntryKind kind, String aggregateId,
                            Classification classification, long amountFen, LocalDate businessDate,
                            String reason) {
}
