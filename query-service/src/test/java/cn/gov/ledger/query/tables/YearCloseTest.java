package cn.gov.ledger.query.tables;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static cn.gov.ledger.query.support.Tables.cell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.code.CarriedBalance;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.FunctionalCode;
import cn.gov.ledger.api.code.FundingSource;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.YearClosed;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A closed year's balances are the next year's 年初结转和结余, by source and functional code. */
class YearCloseTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "yc";
    private static final long WAN = 1_000_000;

    @BeforeAll
    void closeAYearWithMoneyLeft() {
        LedgerEvents events = events();
        Classification line = basicLine(DEPT, "yc-1", 2024, "2010301");
        Classification fund = new Classification(DEPT, "yc-1", 2024, FundingSource.GOVERNMENT_FUND,
                FunctionalCode.of("2120801"), null, null, null);
        events.append(line.budgetLineId(), appropriation("yc-a", line, 100 * WAN, LocalDate.of(2024, 1, 2)));
        events.append(DEPT + "-in", income("yc-i", line, 100 * WAN, LocalDate.of(2024, 1, 3)));
        events.append(DEPT + "-fund", income("yc-f", fund, 30 * WAN, LocalDate.of(2024, 5, 3)));
        events.append(line.budgetLineId(), expenditure("yc-e", line, "30201", 60 * WAN, LocalDate.of(2024, 6, 1)));
        events.append(DEPT, new YearClosed(DEPT, "yc-1", 2024, List.of(
                new CarriedBalance(FundingSource.GENERAL_PUBLIC_BUDGET, FunctionalCode.of("2010301"), 40 * WAN),
                new CarriedBalance(FundingSource.GOVERNMENT_FUND, FunctionalCode.of("2120801"), 30 * WAN))));
        events.append("yc0", new DepartmentRegistered("yc0", "无结转测试中心"));
        awaitProjected(events.append("yc0", new YearClosed("yc0", "yc0-1", 2024, List.of())));
    }

    @Test
    void theClosingBalanceOfOneYearOpensTheNext() throws Exception {
        assertThat(cell(tables().get(DEPT, 2024, "01", ""), "expenditure", "closing_balance", "amount")).isEqualTo("70.00");
        JsonNode summary = tables().get(DEPT, 2025, "01", "");
        assertThat(cell(summary, "income", "opening_balance", "amount")).isEqualTo("70.00");
        assertThat(cell(summary, "income", "grand_total", "amount")).isEqualTo("70.00");
        assertThat(cell(summary, "expenditure", "closing_balance", "amount")).isEqualTo("70.00");
        JsonNode fiscal = tables().get(DEPT, 2025, "04", "");
        assertThat(cell(fiscal, "income", "opening_balance.GENERAL_PUBLIC_BUDGET", "amount")).isEqualTo("40.00");
        assertThat(cell(fiscal, "income", "opening_balance.GOVERNMENT_FUND", "amount")).isEqualTo("30.00");
        assertThat(cell(fiscal, "expenditure", "closing_balance.GOVERNMENT_FUND", "government_fund")).isEqualTo("30.00");
        JsonNode funds = tables().get(DEPT, 2025, "07", "");
        assertThat(cell(funds, "212", "opening_balance")).isEqualTo("30.00");
        assertThat(cell(funds, "2120801", "closing_balance")).isEqualTo("30.00");
        assertThat(cell(tables().get(DEPT, 2025, "01", "asOf=2024-12-31"), "income", "opening_balance", "amount"))
                .isEqualTo("0.00");
    }

    @Test
    void aYearClosedWithNothingCarriedStillOpensTheNextAndEveryIdentityHolds() throws Exception {
        assertThat(cell(tables().get("yc0", 2025, "01", ""), "income", "grand_total", "amount")).isEqualTo("0.00");
        for (String year : List.of("2024", "2025")) {
            JsonNode report = new ObjectMapper().readTree(mvc.perform(get("/api/v1/departments/" + DEPT + "/years/"
                    + year + "/checks").with(Users.as("clerk"))).andReturn().getResponse().getContentAsByteArray());
            assertThat(report.get("failures")).as(year).isEmpty();
        }
    }
}
