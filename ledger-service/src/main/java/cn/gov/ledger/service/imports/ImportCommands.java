package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.budget.AdjustBudgetCommand;
import cn.gov.ledger.api.budget.AppropriateBudgetCommand;
import cn.gov.ledger.api.budget.RecordExpenditureCommand;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.income.RecordIncomeCommand;
import cn.gov.ledger.service.budget.BudgetLineBook;
import cn.gov.ledger.service.posting.PostingService.Routed;
import cn.gov.ledger.service.posting.ValidPosting;
import org.springframework.stereotype.Component;

/** The command each kind of import row becomes, routed exactly as the single-posting endpoints route it. */
@Component
class ImportCommands {

    private final BudgetLineBook lines;

    ImportCommands(BudgetLineBook lines) {
        this.lines = lines;
    }

    Routed route(ValidPosting p, String entryId) {
        Classification c = p.classification();
        return switch (p.kind()) {
            case APPROPRIATION -> new Routed(new AppropriateBudgetCommand(c.budgetLineId(), entryId, c,
                    p.amountFen(), p.businessDate(), p.documentNo(), p.memo()), c.budgetLineId());
            case ADJUSTMENT -> new Routed(new AdjustBudgetCommand(c.budgetLineId(), entryId, c, p.amountFen(),
                    p.businessDate(), p.documentNo(), p.reason()), c.budgetLineId());
            case INCOME -> new Routed(new RecordIncomeCommand(c.incomeAccountId(), entryId, c, p.amountFen(),
                    p.businessDate(), p.documentNo(), p.memo()), c.incomeAccountId());
            case EXPENDITURE -> {
                String lineId = lines.requireLineFor(c, p.amountFen());
                yield new Routed(new RecordExpenditureCommand(lineId, entryId, c, p.amountFen(), p.businessDate(),
                        p.voucherNo(), p.payee(), p.memo()), lineId);
            }
        };
    }
}
