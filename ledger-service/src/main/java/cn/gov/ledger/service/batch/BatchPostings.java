package cn.gov.ledger.service.batch;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.budget.BudgetPostings;
import cn.gov.ledger.service.expenditure.ExpenditurePostings;
import cn.gov.ledger.service.income.IncomePostings;
import cn.gov.ledger.service.imports.RowRoles;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingService.EntryCommand;
import cn.gov.ledger.service.posting.PostingValidator;
import cn.gov.ledger.service.posting.ValidPosting;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A batch of postings in one transaction: every entry's role, then every entry's fields, then each entry through
 * its aggregate's budget control in request order. Any refusal refuses the batch, naming every refused entry by
 * its index; the transaction rolls back, so nothing is posted and the idempotency key stays free. The lines it
 * touches are locked first, in one order ({@link BatchLineLocks}).
 */
@Service
class BatchPostings {

    private final PostingService postings;
    private final PostingValidator validator;
    private final BatchLineLocks locks;
    private final Map<EntryKind, EntryCommand> commands = new EnumMap<>(EntryKind.class);

    BatchPostings(PostingService postings, PostingValidator validator, BatchLineLocks locks,
                  ExpenditurePostings expenditures) {
        this.postings = postings;
        this.validator = validator;
        this.locks = locks;
        commands.put(EntryKind.APPROPRIATION, BudgetPostings::appropriation);
        commands.put(EntryKind.ADJUSTMENT, BudgetPostings::adjustment);
        commands.put(EntryKind.INCOME, IncomePostings::income);
        commands.put(EntryKind.EXPENDITURE, expenditures::expenditure);
    }

    Outcome post(JsonNode body, String idempotencyKey, Actor actor) {
        return postings.execute("BATCH", idempotencyKey, body, () -> {
            BatchRefusals refusals = new BatchRefusals();
            List<EntryError> errors = new ArrayList<>();
            List<BatchEntry> entries = BatchEntries.read(postings.json(), body, errors);
            BatchRefusals.requireRoles(entries, RowRoles.permitted());
            List<ValidPosting> valid = validate(entries, errors);
            BatchRefusals.requireValid(errors);
            locks.lock(valid);
            List<String> entryIds = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                ValidPosting posting = valid.get(i);
                int index = i;
                entryIds.add(refusals.attempt(index, () -> postings.post(posting, actor, idempotencyKey,
                        commands.get(posting.kind()))));
            }
            refusals.requireNoneRefused(valid.size());
            return created(entryIds);
        });
    }

    private List<ValidPosting> validate(List<BatchEntry> entries, List<EntryError> errors) {
        List<ValidPosting> valid = new ArrayList<>(entries.size());
        for (BatchEntry entry : entries) {
            try {
                valid.add(validator.validate(entry.kind(), entry.request()));
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(new EntryError(entry.index(), error.field(), error.message())));
            }
        }
        return valid;
    }

    private Outcome created(List<String> entryIds) {
        ObjectNode body = postings.json().createObjectNode();
        ArrayNode entries = body.putArray("entries");
        entryIds.forEach(id -> entries.addObject().put("entryId", id).put("position", postings.positionOf(id)));
        return new Outcome(201, body, false);
    }
}
