package cn.gov.ledger.service.batch;

import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/entries/batch}: 1–1,000 postings, all or nothing, under one idempotency key. */
@RestController
class BatchController {

    private static final String EXAMPLE = """
            {"entries": [
              {"type": "APPROPRIATION", "department": "wcjgsw", "unit": "wcjgsw-bj", "fiscalYear": "2024",
               "functionalCode": "2010301", "source": "GENERAL_PUBLIC_BUDGET", "expenditureType": "BASIC",
               "amount": "175200.00", "businessDate": "2024-01-05", "documentNo": "WC-2024-APP-001"},
              {"type": "EXPENDITURE", "department": "wcjgsw", "unit": "wcjgsw-bj", "fiscalYear": "2024",
               "functionalCode": "2010301", "source": "GENERAL_PUBLIC_BUDGET", "expenditureType": "BASIC",
               "economicCode": "30201", "amount": "12000.50", "businessDate": "2024-03-15",
               "voucherNo": "记-2024-03-0012", "payee": "武汉某文具公司"}]}""";

    private final BatchPostings batches;

    BatchController(BatchPostings batches) {
        this.batches = batches;
    }

    @Operation(summary = "Post 1–1,000 entries in one transaction, all or nothing (each entry needs the role of its"
            + " single endpoint: CLERK for INCOME/EXPENDITURE, BUDGET_OFFICER for APPROPRIATION/ADJUSTMENT)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = EXAMPLE))))
    @PostMapping("/api/v1/entries/batch")
    ResponseEntity<JsonNode> post(@RequestBody JsonNode body,
                                  @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return batches.post(body, key, Actor.current()).toResponse();
    }
}
