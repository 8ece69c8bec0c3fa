package cn.gov.ledger.service.posting;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;

/** What a write request answered; stored with its idempotency key and replayed verbatim. */
public record Outcome(int status, JsonNode body, boolean replayed) {

    public ResponseEntity<JsonNode> toResponse() {
        return ResponseEntity.status(status).header("Idempotent-Replayed", String.valueOf(replayed)).body(body);
    }
}
