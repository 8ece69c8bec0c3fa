package cn.gov.ledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What recomputing the chain from the event store found.
 *
 * @param intact          every chained event still hashes to its link, and the noted anchor (if any) matches
 * @param verifiedUpTo    the last position whose link was recomputed and found equal
 * @param eventsVerified  how many links were found equal
 * @param chainHead       the last position the chain covers; events above it are not chained yet
 * @param chainHeadHash   the hash at {@code chainHead}, hex: note it, and pass it later as the anchor to
 *                        detect a chain recomputed wholesale after an alteration
 * @param storeHead       the highest global index in the event store now
 * @param firstBrokenLink the first link that no longer holds, absent when intact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChainReport(boolean intact, long verifiedUpTo, long eventsVerified, long chainHead, String chainHeadHash,
                   long storeHead, BrokenLink firstBrokenLink) {

    /**
     * @param expectedHash the hash the chain (or the auditor's anchor) recorded for this position
     * @param foundHash    the hash the event store gives now; absent when the event is gone
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BrokenLink(long position, String eventId, String problem, String expectedHash, String foundHash) {
    }
}
