package cn.gov.ledger.service.entry;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.entry.ReverseEntryCommand;
import cn.gov.ledger.api.income.ReverseIncomeCommand;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.YearGuard;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.problem.Rejection;
import cn.gov.ledger.service.support.Actor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reverses an entry (冲销) with a new entry that negates it, for the API and the console alike. */
@Service
public class Reversals {

    private final PostingService postings;
    private final EntryBook entries;
    private final YearGuard years;

    Reversals(PostingService postings, EntryBook entries, YearGuard years) {
        this.postings = postings;
        this.entries = entries;
        this.years = years;
    }

    public Outcome reverse(String entryId, ReversalRequest request, String idempotencyKey, Actor actor) {
        Map<String, Object> canonical = new TreeMap<>(Map.of("entryId", entryId, "request", request));
        // On the committer of the entry's unit, as the postings on its lines are: run beside them on its own
        // thread, a reversal would hold the line's aggregate lock while waiting for their group's row locks.
        String unit = entries.find(entryId).map(e -> e.department() + "/" + e.unit()).orElse(null);
        return postings.execute("REVERSAL", idempotencyKey, canonical, () -> {
            EntryRecord original = entries.find(entryId).orElseThrow(() -> Rejection.notFound("unknown-entry",
                    "分录不存在 Unknown entry", "no entry " + entryId));
            LocalDate date = validate(request, original.fiscalYear());
            years.assertOpen(original.department(), original.unit(), original.fiscalYear());
            String reversalId = UUID.randomUUID().toString();
            String reason = request.reason().trim();
            Object command = original.kind() == EntryKind.INCOME
                    ? new ReverseIncomeCommand(original.aggregateId(), reversalId, entryId, date, reason)
                    : new ReverseEntryCommand(original.aggregateId(), reversalId, entryId, date, reason);
            postings.dispatch(command, original.aggregateId(), actor, idempotencyKey);
            return postings.created(reversalId);
        }, unit);
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
