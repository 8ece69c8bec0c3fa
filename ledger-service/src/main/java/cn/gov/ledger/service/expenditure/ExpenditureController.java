package cn.gov.ledger.service.expenditure;

import cn.gov.ledger.service.posting.PostingExamples;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingRequest;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The clerk's payments (支出), each drawn on the budget line that covers it. */
@RestController
class ExpenditureController {

    private final ExpenditurePostings expenditures;

    ExpenditureController(ExpenditurePostings expenditures) {
        this.expenditures = expenditures;
    }

    @Operation(summary = "Record an expenditure against its budget line, 无预算不支出 (CLERK)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.EXPENDITURE))))
    @PostMapping("/api/v1/expenditures")
    ResponseEntity<JsonNode> record(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return expenditures.record(request, key, Actor.current()).toResponse();
    }
}
