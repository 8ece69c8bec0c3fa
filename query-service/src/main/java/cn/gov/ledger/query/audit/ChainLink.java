package cn.gov.ledger.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One link of the tamper-evidence chain: hash_n = SHA-256(hash_{n-1} || position || event id ||
 * payload type || payload || metadata || payload revision || aggregate type || aggregate id || sequence ||
 * recorded time), over every column of the stored row.
 *
 * <p>Payload and metadata are hashed as the stored bytes, not re-serialized as JSON with sorted keys:
 * the stored bytes are what every reader deserializes, so any change to them is a change to the
 * ledger, and the verifier needs no JSON canonicalization (number forms, escapes, key order) that
 * could differ between versions or let two different byte strings pass as one. The recorded time is
 * covered too because tables "as known at" an instant depend on it. Variable-length fields are
 * prefixed with their length (−1 for NULL) so that no two different rows hash the same bytes.
 */
final class ChainLink {

    /** The hash before the first event. */
    static final byte[] GENESIS = new byte[32];

    private ChainLink() {
    }

    static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest sha = sha256();
        sha.update(previous);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(event.position()).array());
        field(sha, text(event.eventId()));
        field(sha, text(event.payloadType()));
        field(sha, event.payload());
        field(sha, event.metadata());
        field(sha, text(event.payloadRevision()));
        field(sha, text(event.aggregateType()));
        field(sha, text(event.aggregateId()));
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequence()).array());
        field(sha, text(event.timestamp()));
        return sha.digest();
    }

    static String hex(byte[] hash) {
        return hash == null ? null : HexFormat.of().formatHex(hash);
    }

    private static void field(MessageDigest sha, byte[] value) {
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha.update(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
