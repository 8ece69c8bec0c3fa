package cn.gov.ledger.query.records;

import static cn.gov.ledger.query.support.Postings.appropriation;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.code.EconomicCode;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.api.code.UnitType;
import cn.gov.ledger.api.entry.EntryReversed;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.api.organisation.UnitRegistered;
import cn.gov.ledger.api.procurement.ContractTerms;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A contract shows what the ledger paid on it, reversals netted, as of any position; 行政 units count in 十. */
class ContractPaymentsTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "paydept";
    private static final String YEAR = "/api/v1/departments/" + DEPT + "/years/2024";
    private static final long WAN = 1_000_000;

    private long beforeReversal;

    @BeforeAll
    void payAContract() {
        Classification line = basicLine(DEPT, "pay-1", 2024, "2010301");
        events().append(DEPT, new DepartmentRegistered(DEPT, "付款测试局"));
        events().append(DEPT, new UnitRegistered(DEPT, "pay-1", "付款测试局(本级)", UnitType.ADMINISTRATIVE));
        events().append(line.budgetLineId(), appropriation("pay-a", line, 50 * WAN, LocalDate.of(2024, 1, 2)));
        events().append("pay-contract", new ProcurementContractRecorded("pay-contract", DEPT, "PAY-001",
                new ContractTerms("pay-1", 2024, ProcurementCategory.SERVICES, SupplierSize.MICRO, 30 * WAN,
                        LocalDate.of(2024, 2, 1), null, null, "保洁服务")));
        Classification paid = line.withEconomicCode(EconomicCode.of("30209"));
        events().append(line.budgetLineId(), new ExpenditureRecorded("pay-e1", line.budgetLineId(), paid, 12 * WAN,
                LocalDate.of(2024, 3, 1), "记-1", "某保洁公司", "保洁费", "PAY-001"));
        beforeReversal = events().append(line.budgetLineId(), new ExpenditureRecorded("pay-e2", line.budgetLineId(),
                paid, 5 * WAN, LocalDate.of(2024, 4, 1), "记-2", "某保洁公司", "保洁费", "PAY-001"));
        awaitProjected(events().append(line.budgetLineId(), new EntryReversed("pay-r2", "pay-e2",
                EntryKind.EXPENDITURE, line.budgetLineId(), paid, -5 * WAN, LocalDate.of(2024, 4, 2), "重复支付")));
    }

    @Test
    void paymentsNamingTheContractAreSummedWithTheirReversal() throws Exception {
        JsonNode now = json(YEAR + "/procurement").at("/contracts/0");
        assertThat(now.get("paid").asText()).isEqualTo("120000.00");
        assertThat(now.get("paidBy").toString()).isEqualTo("[\"pay-e1\",\"pay-e2\",\"pay-r2\"]");
        assertThat(json(YEAR + "/procurement?position=" + beforeReversal).at("/contracts/0/paid").asText())
                .isEqualTo("170000.00");
    }

    @Test
    void theBasicPublicSpendingOfAnAdministrativeUnitIsItsOperatingCost() throws Exception {
        JsonNode costs = json(YEAR + "/operating-costs");
        assertThat(costs.at("/amount/amount").asText()).isEqualTo("12.00");
        assertThat(costs.at("/units/0/counted").asBoolean()).isTrue();
        assertThat(json(costs.at("/amount/entries").asText()).get("count").asInt()).isEqualTo(3);
    }

    private JsonNode json(String uri) throws Exception {
        var response = mvc.perform(get(URI.create(uri)).with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return new ObjectMapper().readTree(response.getContentAsByteArray());
    }
}
