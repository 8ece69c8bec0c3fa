package cn.gov.ledger.service.expenditure;

import cn.gov.ledger.api.budget.RecordExpenditureCommand;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingService.Routed;
import cn.gov.ledger.service.posting.ValidPosting;
import cn.gov.ledger.service.support.Actor;
import org.springframework.stereotype.Service;

/** Records an expenditure on the line that covers it; the API and the console's form both post through here. */
@Service
public class ExpenditurePostings {

    private final PostingService postings;
    private final BudgetLineBook lines;

    ExpenditurePostings(PostingService postings, BudgetLineBook lines) {
        this.postings = postings;
        this.lines = lines;
    }

    public Outcome record(PostingRequest request, String idempotencyKey, Actor actor) {
        return postings.postEntry(EntryKind.EXPENDITURE, request, idempotencyKey, actor, this::expenditure);
    }

    /** The command of an expenditure, on the line that covers it; 409 if there is none (无预算不支出). */
    public Routed expenditure(ValidPosting p, String entryId) {
        String lineId = lines.requireLineFor(p.classification(), p.amountFen());
        return new Routed(new RecordExpenditureCommand(lineId, entryId, p.classification(), p.amountFen(),
                p.businessDate(), p.voucherNo(), p.payee(), p.memo(), p.contractNo()), lineId);
    }
}
