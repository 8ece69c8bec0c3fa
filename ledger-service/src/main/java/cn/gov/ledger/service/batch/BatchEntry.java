package cn.gov.ledger.service.batch;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;

/** One entry of a batch as the client sent it: its place in the request, its type and its fields. */
record BatchEntry(int index, EntryKind kind, PostingRequest request) {
}
