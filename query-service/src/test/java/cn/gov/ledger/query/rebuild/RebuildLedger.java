package cn.gov.ledger.query.rebuild;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.ExpenditureType;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.api.organisation.YearClosed;
import cn.gov.ledger.query.support.LedgerEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Department "rb": every kind of event the projection handles, recorded at distinct instants, with a
 * project name that COPY has to escape (tab, backslash, newline), a reversal, "三公" budget and spending,
 * a renamed department (the newer name must win) and a year closed into 2025.
 *
 * @param firstExpenditure     position of the first expenditure (later reversed)
 * @param betweenExpenditures  a recording instant after the first expenditure and before the second
 * @param last                 position of the last event posted
 */
record RebuildLedger(long firstExpenditure, Instant betweenExpenditures, long last) {

    static final String DEPARTMENT = "rb";
    /** 2 + 25 万元 spent and not reversed, and the 1 万元 a test posts after a rebuild. */
    static final String EXPENDITURE_TOTAL_AFTER_ONE_MORE_WAN = "28.00";
    private static final Instant BASE = Instant.parse("2025-02-01T08:00:00Z");
    private static final long WAN = 1_000_000;

    static RebuildLedger post(LedgerEvents events) {
        Classification basic = basicLine(DEPARTMENT, "rb-1", 2024, "2010301");
        Classification project = new Classification(DEPARTMENT, "rb-1", 2024, FundingSource.GENERAL_PUBLIC_BUDGET,
                FunctionalCode.of("2010302"), ExpenditureType.PROJECT, "路灯\t改造\\二期\n", null);
        Classification reception = basic.withEconomicCode(EconomicCode.of("30217"));
        LocalDate january = LocalDate.of(2024, 1, 2);
        events.append(DEPARTMENT, new DepartmentRegistered(DEPARTMENT, "重建测试中心"), BASE);
        events.append(DEPARTMENT, new UnitRegistered(DEPARTMENT, "rb-1", "本级", UnitType.PUBLIC_INSTITUTION), BASE);
        events.append(basic.budgetLineId(), appropriation("rb-a1", basic, 100 * WAN, january), BASE);
        events.append(project.budgetLineId(), appropriation("rb-a2", project, 50 * WAN, january), BASE);
        events.append(reception.budgetLineId(), appropriation("rb-a3", reception, 5 * WAN, january), BASE);
        events.append(DEPARTMENT + "-income", income("rb-i1", basic, 160 * WAN, LocalDate.of(2024, 1, 5)),
                BASE.plusSeconds(3600));
        ExpenditureRecorded first = expenditure("rb-e1", basic, "30201", 30 * WAN, LocalDate.of(2024, 3, 10));
        long firstAt = events.append(basic.budgetLineId(), first, BASE.plusSeconds(7200));
        events.append(project.budgetLineId(), expenditure("rb-e2", project, "31002", 25 * WAN,
                LocalDate.of(2024, 5, 10)), BASE.plusSeconds(3 * 3600));
        events.append(reception.budgetLineId(), expenditure("rb-e3", reception, "30217", 2 * WAN,
                LocalDate.of(2024, 6, 1)), BASE.plusSeconds(3 * 3600));
        events.append(basic.budgetLineId(), new EntryReversed("rb-r1", "rb-e1", EntryKind.EXPENDITURE,
                basic.budgetLineId(), first.classification(), -30 * WAN, first.businessDate(), "凭证重复"),
                BASE.plusSeconds(4 * 3600));
        events.append(DEPARTMENT, new DepartmentRegistered(DEPARTMENT, "重建测试中心（更名）"), BASE.plusSeconds(5 * 3600));
        long last = events.append(DEPARTMENT, new YearClosed(DEPARTMENT, "rb-1", 2024, List.of(new CarriedBalance(
                FundingSource.GENERAL_PUBLIC_BUDGET, FunctionalCode.of("2010301"), 40 * WAN))),
                BASE.plusSeconds(6 * 3600));
        return new RebuildLedger(firstAt, BASE.plusSeconds(9000), last);
    }
}
