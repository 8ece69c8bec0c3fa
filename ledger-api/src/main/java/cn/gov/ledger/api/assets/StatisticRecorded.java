package cn.gov.ledger.api.assets;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A count as of a date (a stock on that day, or a flow for the year up to it). {@code supersedes} is the
 * earlier record of the same kind and date that this one replaces, if any.
 */
@Revision("1")
public record StatisticRecorded(String statisticId, String department, StatisticKind kind, LocalDate asOf,
                                long value, String note, String supersedes) {
}
