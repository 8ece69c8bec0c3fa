package cn.gov.ledger.service.posting;

import cn.gov.ledger.service.problem.Rejection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Idempotency keys, claimed inside the posting's own transaction: the key row commits with the events or not
 * at all. A second request with the same key waits on the first's row lock, then sees its stored answer. A
 * request's key belongs to its user ({@code scope}); the import's row keys are shared (scope '').
 */
@Component
public class IdempotencyStore {

    record Stored(int status, String body) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty if this request now owns the key; the stored answer if the same request was already served. */
    Optional<Stored> claim(String scope, String key, String requestHash) {
        int inserted = jdbc.update("INSERT INTO idempotency_record (scope, idempotency_key, request_hash,"
                + " response_status, response_body) VALUES (?, ?, ?, 0, '') ON CONFLICT (scope, idempotency_key)"
                + " DO NOTHING", scope, key, requestHash);
        if (inserted == 1) {
            return Optional.empty();
        }
        List<Stored> stored = jdbc.query("SELECT request_hash, response_status, response_body FROM idempotency_record"
                + " WHERE scope = ? AND idempotency_key = ?", (rs, i) -> {
            if (!rs.getString(1).equals(requestHash)) {
                throw Rejection.conflict("idempotency-key-reused", "幂等键冲突 Idempotency key reused",
                        "Idempotency-Key " + key + " was already used with a different request body");
            }
            return new Stored(rs.getInt(2), rs.getString(3));
        }, scope, key);
        return stored.stream().findFirst();
    }

    void complete(String scope, String key, int status, String body) {
        jdbc.update("UPDATE idempotency_record SET response_status = ?, response_body = ? WHERE scope = ?"
                + " AND idempotency_key = ?", status, body, scope, key);
    }

    /** Which of these keys are already taken; used by the import to skip rows it posted before. */
    public List<String> taken(List<String> keys) {
        return jdbc.queryForList("SELECT idempotency_key FROM idempotency_record WHERE scope = '' AND idempotency_key = ANY (?)",
                String.class, (Object) keys.toArray(String[]::new));
    }
}
