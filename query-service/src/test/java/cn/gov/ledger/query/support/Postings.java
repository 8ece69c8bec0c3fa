package cn.gov.ledger.query.support;

import cn.gov.ledger.api.budget.BudgetAppropriated;
import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.income.IncomeRecorded;
import java.time.LocalDate;

/** Small builders for the events tests post; amounts are in fen. */
public final class Postings {

    private Postings() {
    }

    public static Classification basicLine(String department, String unit, int year, String functionalCode) {
        return new Classification(department, unit, year, FundingSource.GENERAL_PUBLIC_BUDGET,
                FunctionalCode.of(functionalCode), ExpenditureType.BASIC, null, null);
    }

    public static BudgetAppropriated appropriation(String entryId, Classification line, long fen, LocalDate date) {
        return new BudgetAppropriated(entryId, line.budgetLineId(), line, fen, date, "DOC-" + entryId, "预算批复");
    }

    public static ExpenditureRecorded expenditure(String entryId, Classification line, String economicCode, long fen,
                                                  LocalDate date) {
        return new ExpenditureRecorded(entryId, line.budgetLineId(), line.withEconomicCode(EconomicCode.of(economicCode)),
                fen, date, "V-" + entryId, "某供应商", "支付", null);
    }

    public static IncomeRecorded income(String entryId, Classification line, long fen, LocalDate date) {
        Classification account = Classification.income(line.department(), line.unit(), line.fiscalYear(),
                line.source(), line.functionalCode());
        return new IncomeRecorded(entryId, account.incomeAccountId(), account, fen, date, "IN-" + entryId, "拨款到账");
    }
}
