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
import java.util.Objects;

/**
 * The idempotency key of each import row: a digest of its content plus its occurrence number among identical
 * rows of the file. Two identical rows are two postings; the same file imported twice is one.
 * Memory: one map entry per distinct row digest (a long), not the rows themselves.
 */
final class RowKeys {

    private final Map<Long, Integer> seen = new HashMap<>();
    private final MessageDigest sha256;

    RowKeys() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String next(EntryKind kind, PostingRequest r) {
        String content = String.join("\u001f", kind.name(), n(r.department()), n(r.unit()), n(r.fiscalYear()),
                n(r.functionalCode()), n(r.source()), n(r.expenditureType()), n(r.project()), n(r.economicCode()),
                n(r.amount()), n(r.businessDate()), n(r.documentNo()), n(r.voucherNo()), n(r.payee()), n(r.memo()),
                n(r.reason()));
        byte[] digest = sha256.digest(content.getBytes(StandardCharsets.UTF_8));
        int occurrence = seen.merge(ByteBuffer.wrap(digest).getLong(), 1, Integer::sum);
        return "import:" + HexFormat.of().formatHex(digest) + ":" + occurrence;
    }

    private static String n(String value) {
        return Objects.toString(value, "");
    }
}
