package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.ReverseEntryCommand;
import cn.gov.ledger.api.income.ReverseIncomeCommand;
import cn.gov.ledger.api.income.ReverseIncomeCommand;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.YearGuard;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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

    private final PostingService postings;
    private final EntryBook entries;
    private final YearGuard years;

    ReversalController(PostingService postings, EntryBook entries, YearGuard years) {
        this.postings = postings;
        this.entries = entries;
        this.years = years;
    }

    @Operation(summary = "Reverse an entry by a new, negating entry (CLERK)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = REVERSAL_EXAMPLE))))
    @PostMapping("/api/v1/entries/{entryId}/reversals")
    ResponseEntity<JsonNode> reverse(@PathVariable String entryId, @RequestBody ReversalRequest request,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Map<String, Object> canonical = new TreeMap<>(Map.of("entryId", entryId, "request", request));
        return postings.execute("REVERSAL", key, canonical, () -> {
            EntryRecord original = entries.find(entryId).orElseThrow(() -> Rejection.notFound("unknown-entry",
                    "分录不存在 Unknown entry", "no entry " + entryId));
            LocalDate date = validate(request, original.fiscalYear());
            years.assertOpen(original.department(), original.unit(), original.fiscalYear());
            String reversalId = UUID.randomUUID().toString();
            String reason = request.reason().trim();
            Object command = original.kind() == EntryKind.INCOME
                    ? new ReverseIncomeCommand(original.aggregateId(), reversalId, entryId, date, reason)
                    : new ReverseEntryCommand(original.aggregateId(), reversalId, entryId, date, reason);
            postings.dispatch(command, original.aggregateId(), Actor.current(), key);
            return postings.created(reversalId);
        }).toResponse();
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

    private static LocalDate validate(ReversalRequest request, int fiscalYear) {
        List<FieldError> errors = new ArrayList<>();
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "is required"));
        } else if (request.reason().length() > 500) {
            errors.add(new FieldError("reason", "must be at most 500 characters"));
        }
        LocalDate date = null;
        if (request.businessDate() != null && !request.businessDate().isBlank()) {
            try {
                date = LocalDate.parse(request.businessDate().trim());
                if (date.getYear() != fiscalYear) {
                    errors.add(new FieldError("businessDate", "must lie inside fiscal year " + fiscalYear));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("businessDate", "must be an ISO date such as 2024-03-31"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return date;
    }
}
