package cn.gov.ledger.service.procurement;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.budget.ExpenditureRecorded;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A payment may name the procurement contract it pays: only an expenditure, and only a recorded, live contract. */
class ContractPaymentTest extends LedgerIntegrationTest {

    private static final String CONTRACT = "WCJGSW-2024-FW-009";

    @BeforeEach
    void budgetAndContract() {
        assertThat(appropriate("100000.00").status()).isEqualTo(201);
        assertThat(client.post("/api/v1/procurement/contracts", body("department", department, "unit", unit,
                "fiscalYear", "2024", "contractNo", CONTRACT, "category", "SERVICES", "supplierSize", "SMALL",
                "amount", "50000.00", "signedOn", "2024-01-08")).status()).isEqualTo(201);
    }

    @Test
    void anExpenditureNamingARecordedContractCarriesItsNumber() {
        Answer paid = spend("12000.00", "30209", "contractNo", CONTRACT);
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
        assertThat(spend("100.00", "30201").status()).isEqualTo(201);
        List<String> contracts = events.of(ExpenditureRecorded.class, department).stream()
                .map(stored -> String.valueOf(stored.payload().contractNo())).toList();
        assertThat(contracts).containsExactly(CONTRACT, "null");
    }

    @Test
    void anUnknownOrWithdrawnContractOrOneOnABudgetEntryIs422AndPostsNothing() {
        Answer unknown = spend("12000.00", "30209", "contractNo", "NO-SUCH-CONTRACT");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("errors").findValuesAsText("field")).containsExactly("contractNo");
        assertThat(unknown.body().toString()).contains("no procurement contract NO-SUCH-CONTRACT");
        assertThat(appropriate("10.00", "contractNo", CONTRACT, "documentNo", "WC-2024-APP-002").status())
                .isEqualTo(422);
        assertThat(client.post("/api/v1/procurement/contracts/withdrawals", body("department", department,
                "contractNo", CONTRACT, "reason", "合同解除")).status()).isEqualTo(201);
        Answer withdrawn = spend("12000.00", "30209", "contractNo", CONTRACT);
        assertThat(withdrawn.status()).isEqualTo(422);
        assertThat(withdrawn.body().toString()).contains("was withdrawn");
        assertThat(events.of(ExpenditureRecorded.class, department)).isEmpty();
    }
}
