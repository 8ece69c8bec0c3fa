package cn.gov.ledger.service.entry;

/** Why an entry is reversed, and optionally the business date of the reversal (default: the original's). */
public record ReversalRequest(String reason, String businessDate) {
}
