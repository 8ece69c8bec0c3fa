package cn.gov.ledger.service.expenditure;

import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingRequest;
import com.fasterxml.jackson.databind.JsonNode;
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

    @PostMapping("/api/v1/expenditures")
    ResponseEntity<JsonNode> record(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                    @RequestHeader(value = Actor.HEADER, required = false) String actor) {
        return expenditures.record(request, key, Actor.of(actor)).toResponse();
    }
}
