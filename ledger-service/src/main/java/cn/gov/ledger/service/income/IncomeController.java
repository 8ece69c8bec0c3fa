package cn.gov.ledger.service.income;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.income.RecordIncomeCommand;
import cn.gov.ledger.service.posting.PostingExamples;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingService.Routed;
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

    private final PostingService postings;

    IncomeController(PostingService postings) {
        this.postings = postings;
    }

    @Operation(summary = "Record income (CLERK)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.INCOME))))
    @PostMapping("/api/v1/income")
    ResponseEntity<JsonNode> record(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.postEntry(EntryKind.INCOME, request, key, Actor.current(), (p, entryId) -> {
            var c = p.classification();
            return new Routed(new RecordIncomeCommand(c.incomeAccountId(), entryId, c, p.amountFen(),
                    p.businessDate(), p.documentNo(), p.memo()), c.incomeAccountId());
        }).toResponse();
    }
}
