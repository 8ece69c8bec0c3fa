package cn.gov.ledger.service.income;

import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.income.RecordIncomeCommand;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.PostingService.Routed;
import cn.gov.ledger.service.posting.ValidPosting;
import cn.gov.ledger.service.support.Actor;
import org.springframework.stereotype.Service;

/** Records income on its account (unit, year, source, functional code); used by the API and the console. */
@Service
public class IncomePostings {

    private final PostingService postings;

    IncomePostings(PostingService postings) {
        this.postings = postings;
    }

    public Outcome record(PostingRequest request, String idempotencyKey, Actor actor) {
        return postings.postEntry(EntryKind.INCOME, request, idempotencyKey, actor, IncomePostings::income);
    }

    /** The command of an income, on the account of its unit, year, source and functional code. */
    public static Routed income(ValidPosting p, String entryId) {
        var c = p.classification();
        return new Routed(new RecordIncomeCommand(c.incomeAccountId(), entryId, c, p.amountFen(),
                p.businessDate(), p.documentNo(), p.memo()), c.incomeAccountId());
    }
}
