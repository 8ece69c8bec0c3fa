package cn.gov.ledger.service.budget;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.service.posting.PostingExamples;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingRequest;
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

    private final BudgetPostings budget;
    private final BudgetLineBook lines;
    private final LineLookup lookup;

    BudgetController(BudgetPostings budget, BudgetLineBook lines, LineLookup lookup) {
        this.budget = budget;
        this.lines = lines;
        this.lookup = lookup;
    }

    @Operation(summary = "年初预算 Appropriate a budget line (BUDGET_OFFICER)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.APPROPRIATION))))
    @PostMapping("/api/v1/budget/appropriations")
    ResponseEntity<JsonNode> appropriate(@RequestBody PostingRequest request,
                                         @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return budget.appropriate(request, key, Actor.current()).toResponse();
    }

    @Operation(summary = "追加/追减 Adjust a budget line by a signed amount (BUDGET_OFFICER)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = PostingExamples.ADJUSTMENT))))
    @PostMapping("/api/v1/budget/adjustments")
    ResponseEntity<JsonNode> adjust(@RequestBody PostingRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return budget.adjust(request, key, Actor.current()).toResponse();
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

    /**
     * One line's budget, spent and available (yuan) for the budget-line fields given: the line an expenditure
     * with them would draw on, or with {@code exact=true} the line they name. 404 if there is none.
     */
    @GetMapping("/api/v1/budget/lines/available")
    Map<String, Object> available(@RequestParam Map<String, String> fields,
                                  @RequestParam(defaultValue = "false") boolean exact) {
        return lookup.available(fields, exact);
    }
}
