package cn.gov.ledger.service.imports;

import cn.gov.ledger.api.budget.BudgetAdjusted;
import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.income.IncomeRecorded;
import cn.gov.ledger.service.budget.BudgetLine;
import cn.gov.ledger.service.income.IncomeAccount;
import cn.gov.ledger.service.posting.ValidPosting;

/**
 * The event each import row becomes: the very event the budget line or income account aggregate applies
 * for the same posting, once {@link BudgetSimulation} has made the same budget decision the aggregate makes.
 */
final class ImportEvents {

    record Planned(String aggregateType, String aggregateId, Object payload) {
    }

    private ImportEvents() {
    }

    static Planned of(ValidPosting p, String entryId, Classification line) {
        Classification c = p.classification();
        String budgetLine = BudgetLine.class.getSimpleName();
        return switch (p.kind()) {
            case APPROPRIATION -> new Planned(budgetLine, line.budgetLineId(), new BudgetAppropriated(entryId,
                    line.budgetLineId(), c, p.amountFen(), p.businessDate(), p.documentNo(), p.memo()));
            case ADJUSTMENT -> new Planned(budgetLine, line.budgetLineId(), new BudgetAdjusted(entryId,
                    line.budgetLineId(), c, p.amountFen(), p.businessDate(), p.documentNo(), p.reason()));
            case EXPENDITURE -> new Planned(budgetLine, line.budgetLineId(), new ExpenditureRecorded(entryId,
                    line.budgetLineId(), c, p.amountFen(), p.businessDate(), p.voucherNo(), p.payee(), p.memo(),
                    p.contractNo()));
            case INCOME -> new Planned(IncomeAccount.class.getSimpleName(), c.incomeAccountId(), new IncomeRecorded(
                    entryId, c.incomeAccountId(), c, p.amountFen(), p.businessDate(), p.documentNo(), p.memo()));
        };
    }
}
