package cn.gov.ledger.service.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Aggregate identifiers derived from business keys (department and contract number, department and project
 * name, ...): the same key always reaches the same aggregate, which is how a key is kept unique.
 */
public final class StableId {

    private StableId() {
    }

    /** The procurement contract's aggregate: a contract number is unique within its department. */
    public static String contract(String department, String contractNo) {
        return of("contract", department, contractNo);
    }

    public static String of(String prefix, String... keyParts) {
        String name = prefix + "|" + String.join("|", keyParts);
        return prefix + "-" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
