package cn.gov.ledger.service.batch;

/** One refused field of one entry of a batch; {@code index} counts from 0 in request order. */
public record EntryError(int index, String field, String message) {
}
