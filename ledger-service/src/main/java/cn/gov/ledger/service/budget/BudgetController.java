package cn.gov.ledger.service.budget;

import cn.gov.ledger.api.budget.AdjustBudgetCommand;
import cn.gov.ledger.api.budget.AppropriateBudgetCommand;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.posting.PostingExamples;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingService.Routed;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The budget officer's postings: 年初预算 appropriations and signed 追加/追减 adjustments. */
@RestController
class BudgetController {

    private final PostingService postings;
    private final BudgetLineBook lines;

    BudgetController(PostingService postings, BudgetLineBook lines) {
        this.postings = postings;
        this.lines = lines;
    }

    @Operation(summary = "年初预算 Appropriate a budget line (BUDGET_OFFICER)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.APPROPRIATION))))
    @PostMapping("/api/v1/budget/appropriations")
    ResponseEntity<JsonNode> appropriate(@RequestBody PostingRequest request,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.postEntry(EntryKind.APPROPRIATION, request, key, Actor.current(), (p, entryId) -> {
            String lineId = p.classification().budgetLineId();
            return new Routed(new AppropriateBudgetCommand(lineId, entryId, p.classification(), p.amountFen(),
                    p.businessDate(), p.documentNo(), p.memo()), lineId);
        }).toResponse();
    }

    @Operation(summary = "追加/追减 Adjust a budget line by a signed amount (BUDGET_OFFICER)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.ADJUSTMENT))))
    @PostMapping("/api/v1/budget/adjustments")
    ResponseEntity<JsonNode> adjust(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.postEntry(EntryKind.ADJUSTMENT, request, key, Actor.current(), (p, entryId) -> {
            String lineId = p.classification().budgetLineId();
            return new Routed(new AdjustBudgetCommand(lineId, entryId, p.classification(), p.amountFen(),
                    p.businessDate(), p.documentNo(), p.reason()), lineId);
        }).toResponse();
    }

    /** The lines of a unit and year with budget, spent and available, in yuan. */
    @GetMapping("/api/v1/budget/lines")
    List<Map<String, Object>> lines(@RequestParam String department, @RequestParam String unit,
                                    @RequestParam int fiscalYear) {
        List<Map<String, Object>> found = lines.lines(department, unit, fiscalYear);
        found.forEach(line -> List.of("budget", "spent", "available").forEach(name ->
                line.put(name, Money.toYuan((Long) line.remove(name + "Fen")))));
        return found;
    }
}
