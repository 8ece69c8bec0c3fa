package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.PostingRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The idempotency key of each import row: a digest of its content plus its occurrence number among identical
 * rows of the file. Two identical rows are two postings; the same file imported twice is one.
 * Memory: one map entry per distinct row digest (a long), not the rows themselves.
 */
final class RowKeys {

    private static final byte SEPARATOR = 0x1f;

    private final Map<Long, Integer> seen = new HashMap<>();
    private final MessageDigest sha256;

    RowKeys() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of the fields joined by U+001F, fed field by field rather than through one joined String. */
    String next(EntryKind kind, PostingRequest r) {
        sha256.update(kind.name().getBytes(StandardCharsets.UTF_8));
        for (String field : new String[] {r.department(), r.unit(), r.fiscalYear(), r.functionalCode(), r.source(),
                r.expenditureType(), r.project(), r.economicCode(), r.amount(), r.businessDate(), r.documentNo(),
                r.voucherNo(), r.payee(), r.memo(), r.reason()}) {
            sha256.update(SEPARATOR);
            if (field != null) {
                sha256.update(field.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] digest = sha256.digest();
        int occurrence = seen.merge(ByteBuffer.wrap(digest).getLong(), 1, Integer::sum);
        return "import:" + HexFormat.of().formatHex(digest) + ":" + occurrence;
    }

}
