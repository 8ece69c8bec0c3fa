package cn.gov.ledger.service.budget;

import cn.gov.ledger.api.budget.AdjustBudgetCommand;
import cn.gov.ledger.api.budget.AppropriateBudgetCommand;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingService.Routed;
import cn.gov.ledger.service.posting.ValidPosting;
import cn.gov.ledger.service.support.Actor;
import org.springframework.stereotype.Service;

/** The budget officer's postings on a line, whether they arrive as JSON or from the console's forms. */
@Service
public class BudgetPostings {

    private final PostingService postings;

    BudgetPostings(PostingService postings) {
        this.postings = postings;
    }

    public Outcome appropriate(PostingRequest request, String idempotencyKey, Actor actor) {
        return postings.postEntry(EntryKind.APPROPRIATION, request, idempotencyKey, actor,
                BudgetPostings::appropriation);
    }

    public Outcome adjust(PostingRequest request, String idempotencyKey, Actor actor) {
        return postings.postEntry(EntryKind.ADJUSTMENT, request, idempotencyKey, actor, BudgetPostings::adjustment);
    }

    /** The command of an appropriation, on the line its classification names. */
    public static Routed appropriation(ValidPosting p, String entryId) {
        String lineId = p.classification().budgetLineId();
        return new Routed(new AppropriateBudgetCommand(lineId, entryId, p.classification(), p.amountFen(),
                p.businessDate(), p.documentNo(), p.memo()), lineId);
    }

    /** The command of a signed adjustment, on the line its classification names. */
    public static Routed adjustment(ValidPosting p, String entryId) {
        String lineId = p.classification().budgetLineId();
        return new Routed(new AdjustBudgetCommand(lineId, entryId, p.classification(), p.amountFen(),
                p.businessDate(), p.documentNo(), p.reason()), lineId);
    }
}
