package cn.gov.ledger.query.audit;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static cn.gov.ledger.query.support.Postings.income;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a drill-down is asked for: pages of entries, the side of a two-sided table, and its problems. */
class AuditCellRequestsTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "aud-cr";
    private static final String CELLS = "/api/v1/departments/" + DEPT + "/years/2024/tables/";
    private static final long WAN = 1_000_000;

    private AuditHttp http;

    @BeforeAll
    void postFourPayments() {
        http = new AuditHttp(mvc);
        AuditEvents events = new AuditEvents(eventStore, jdbc);
        Classification line = basicLine(DEPT, "r1", 2024, "2010301");
        events.append(DEPT, new DepartmentRegistered(DEPT, "请求测试中心"), "admin", null);
        events.append(DEPT + "-income", income("cr-i1", line, 80 * WAN, LocalDate.of(2024, 1, 5)), "clerk", null);
        long last = 0;
        for (int i = 1; i <= 4; i++) {
            last = events.append(line.budgetLineId(), expenditure("cr-e" + i, line, "30201", i * WAN,
                    LocalDate.of(2024, 3, i)), "clerk", "cr-key-" + i);
        }
        awaitProjected(last);
    }

    @Test
    void entriesComeInPagesAndTheTotalStillCoversThemAll() throws Exception {
        JsonNode first = http.get(CELLS + "03/cells/total/total?limit=3");
        assertThat(first.get("entries")).hasSize(3);
        assertThat(first.get("entryCount").asLong()).isEqualTo(4);
        assertThat(first.get("entriesSumFen").asLong()).isEqualTo(10 * WAN);
        assertThat(first.get("nextOffset").asLong()).isEqualTo(3);
        JsonNode second = http.get(CELLS + "03/cells/total/total?limit=3&offset=3");
        assertThat(second.get("entries")).hasSize(1);
        assertThat(second.get("nextOffset").isNull()).isTrue();
        assertThat(AuditHttp.sumOfContributions(first) + AuditHttp.sumOfContributions(second))
                .isEqualTo(first.get("valueFen").asLong()).isEqualTo(10 * WAN);
    }

    @Test
    void aRowOnBothSidesMustBeNamedBySide() throws Exception {
        JsonNode problem = http.get(CELLS + "01/cells/grand_total/amount", 422);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("side");
        JsonNode income = http.get(CELLS + "01/cells/grand_total/amount?side=income");
        assertThat(income.get("side").asText()).isEqualTo("income");
        assertThat(income.get("value").asText()).isEqualTo("80.00");
        assertThat(AuditHttp.entries(income).keySet()).containsExactly("cr-i1");
    }

    @Test
    void aRowKeyWithADotIsOneKey() throws Exception {
        JsonNode closing = http.get(CELLS + "04/cells/closing_balance.GENERAL_PUBLIC_BUDGET/general_public_budget");
        assertThat(closing.get("rowKey").asText()).isEqualTo("closing_balance.GENERAL_PUBLIC_BUDGET");
        assertThat(closing.get("value").asText()).isEqualTo("70.00");
        assertThat(AuditHttp.sumOfContributions(closing)).isEqualTo(70 * WAN);
    }

    @Test
    void anUnknownRowColumnOrTableIsNotFoundAndBadParametersAreReportedTogether() throws Exception {
        assertThat(http.get(CELLS + "03/cells/9999999/basic", 404).get("status").asInt()).isEqualTo(404);
        assertThat(http.get(CELLS + "03/cells/2010301/nonsense", 404).get("detail").asText()).contains("basic");
        assertThat(http.get(CELLS + "10/cells/total/total", 404).get("detail").asText()).contains("01 to 09");
        assertThat(http.get(CELLS + "03/cells/total/total?limit=0&asOf=June&offset=x", 422).get("errors")).hasSize(3);
    }
}
