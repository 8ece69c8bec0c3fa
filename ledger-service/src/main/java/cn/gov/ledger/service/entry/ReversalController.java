package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.problem.Rejection;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Corrections (冲销): the original stays; a new entry negates it. */
@RestController
class ReversalController {

    private static final String REVERSAL_EXAMPLE = """
            {"reason": "凭证金额录入错误"}""";

    private final Reversals reversals;
    private final EntryBook entries;

    ReversalController(Reversals reversals, EntryBook entries) {
        this.reversals = reversals;
        this.entries = entries;
    }

    @Operation(summary = "Reverse an entry by a new, negating entry (CLERK)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = REVERSAL_EXAMPLE))))
    @PostMapping("/api/v1/entries/{entryId}/reversals")
    ResponseEntity<JsonNode> reverse(@PathVariable String entryId, @RequestBody ReversalRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return reversals.reverse(entryId, request, key, Actor.current()).toResponse();
    }

    @GetMapping("/api/v1/entries/{entryId}")
    Map<String, Object> entry(@PathVariable String entryId) {
        EntryRecord e = entries.find(entryId).orElseThrow(() -> Rejection.notFound("unknown-entry",
                "分录不存在 Unknown entry", "no entry " + entryId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", e.entryId());
        body.put("kind", e.kind());
        body.put("department", e.department());
        body.put("unit", e.unit());
        body.put("fiscalYear", e.fiscalYear());
        body.put("amount", Money.toYuan(e.amountFen()));
        body.put("businessDate", e.businessDate());
        body.put("position", e.position());
        body.put("reversalOf", e.reversalOf());
        body.put("reversedBy", e.reversedBy());
        return body;
    }
}
