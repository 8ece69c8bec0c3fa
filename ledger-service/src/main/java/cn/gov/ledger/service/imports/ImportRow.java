package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One data row of an import file. Its key is derived from its content and from how many identical rows came
 * before it in the file, so importing the same file again finds every row already posted.
 */
record ImportRow(long line, int index, EntryKind type, PostingRequest request, String key) {

    /** The digest of the row's content, the middle part of its key. */
    String contentHash() {
        return key.substring(key.indexOf(':') + 1, key.lastIndexOf(':'));
    }

    String entryId() {
        return "imp-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
