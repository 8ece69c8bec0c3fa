package cn.gov.ledger.service.income;

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

@RestController
class IncomeController {

    private final IncomePostings income;

    IncomeController(IncomePostings income) {
        this.income = income;
    }

    @Operation(summary = "Record income (CLERK)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.INCOME))))
    @PostMapping("/api/v1/income")
    ResponseEntity<JsonNode> record(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return income.record(request, key, Actor.current()).toResponse();
    }
}
