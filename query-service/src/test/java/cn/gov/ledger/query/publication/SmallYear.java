package cn.gov.ledger.query.publication;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import java.time.LocalDate;

/** A department's 2024 in a few postings, in whole 万元 so that every change in fen shows in print. */
final class SmallYear {

    static final long WAN = 1_000_000;

    private SmallYear() {
    }

    /** Posts the year and returns the last position. */
    static long post(LedgerEvents events, String department) {
        Classification administration = basicLine(department, department + "-bj", 2024, "2010301");
        Classification general = basicLine(department, department + "-bj", 2024, "2010302");
        events.append(department, new DepartmentRegistered(department, "公开测试中心" + department));
        events.append(administration.budgetLineId(), appropriation(department + "-a1", administration, 100 * WAN,
                LocalDate.of(2024, 1, 3)));
        events.append(general.budgetLineId(), appropriation(department + "-a2", general, 40 * WAN,
                LocalDate.of(2024, 1, 3)));
        events.append(department + "-income", income(department + "-i1", administration, 120 * WAN,
                LocalDate.of(2024, 1, 8)));
        events.append(administration.budgetLineId(), expenditure(department + "-e1", administration, "30201", 30 * WAN,
                LocalDate.of(2024, 4, 2)));
        return events.append(general.budgetLineId(), expenditure(department + "-e2", general, "30211", 15 * WAN,
                LocalDate.of(2024, 6, 18)));
    }

    /** The basic-expenditure line of 2010301 that a correcting posting can draw on. */
    static Classification administration(String department) {
        return basicLine(department, department + "-bj", 2024, "2010301");
    }
}
