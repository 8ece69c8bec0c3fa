package cn.gov.ledger.query.audit;

import java.util.List;

/**
 * One page of the history.
 *
 * @param scannedTo the last global index read for this page (matching or not), fromPosition − 1 if none
 * @param next      where the next page starts: pass it as {@code fromPosition}; null once the end of the
 *                  store was reached (poll again later with {@code scannedTo + 1} for new events)
 */
record EventPage(long fromPosition, int limit, long scannedTo, Long next, List<EventRecord> events) {
}
