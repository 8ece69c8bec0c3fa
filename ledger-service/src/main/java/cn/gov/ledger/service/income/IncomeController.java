package cn.gov.ledger.service.income;

import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingRequest;
import com.fasterxml.jackson.databind.JsonNode;
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

    @PostMapping("/api/v1/income")
    ResponseEntity<JsonNode> record(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                    @RequestHeader(value = Actor.HEADER, required = false) String actor) {
        return income.record(request, key, Actor.of(actor)).toResponse();
    }
}
