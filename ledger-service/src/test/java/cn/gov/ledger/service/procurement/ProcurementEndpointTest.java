package cn.gov.ledger.service.procurement;

import static cn.gov.ledger.service.LedgerClient.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.ProcurementContractCorrected;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.procurement.ProcurementContractWithdrawn;
import cn.gov.ledger.api.procurement.SupplierSize;
import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import cn.gov.ledger.service.StoredEvents.Stored;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Procurement contracts over HTTP: recorded with their author, refused field by field, corrected by new events. */
class ProcurementEndpointTest extends LedgerIntegrationTest {

    private static final String PATH = "/api/v1/procurement/contracts";

    private Map<String, Object> contract(Object... more) {
        Map<String, Object> fields = body("department", department, "unit", unit, "fiscalYear", "2024",
                "contractNo", "WCJGSW-2024-FW-001", "category", "SERVICES", "supplierSize", "MEDIUM",
                "amount", "6284000.00", "signedOn", "2024-01-08", "functionalCode", "2010302", "memo", "机关物业管理服务");
        fields.putAll(body(more));
        return fields;
    }

    @Test
    void recordsAContractWith201AndItsAuthorOnTheEvent() {
        Answer answer = client.as("clerk").post(PATH, contract());
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        List<Stored<ProcurementContractRecorded>> recorded = events.of(ProcurementContractRecorded.class, department);
        assertThat(recorded).hasSize(1);
        ProcurementContractRecorded event = recorded.get(0).payload();
        assertThat(event.contractId()).isEqualTo(answer.body().path("contractId").asText());
        assertThat(event.terms().amountFen()).isEqualTo(628_400_000L);
        assertThat(event.terms().category()).isEqualTo(ProcurementCategory.SERVICES);
        assertThat(event.terms().supplierSize()).isEqualTo(SupplierSize.MEDIUM);
        assertThat(event.terms().signedOn()).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(recorded.get(0).metaData().path("actor").asText()).isEqualTo("clerk");
        assertThat(answer.body().path("position").asLong()).isPositive();
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
            "category|FURNITURE", "supplierSize|HUGE", "amount|12.345", "amount|-100.00", "amount|0",
            "unit|no-such-unit", "department|no-such-dept", "signedOn|2023-12-31", "fiscalYear|24",
            "functionalCode|2999999", "functionalCode|20103", "project|未登记的项目", "contractNo|''",
            "reason|不应出现"})
    void refusesABadFieldWith422NamingItAndRecordsNothing(String field, String value) {
        Answer refused = client.post(PATH, contract(field, value));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(events.of(ProcurementContractRecorded.class, department)).isEmpty();
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        Answer refused = client.post(PATH, contract("category", "FURNITURE", "supplierSize", "HUGE", "amount", "abc",
                "unit", "no-such-unit"));
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("category", "supplierSize", "amount", "unit");
    }

    @Test
    void aContractNumberUsedBeforeInTheDepartmentIs409AndRecordsNothingMore() {
        assertThat(client.post(PATH, contract()).status()).isEqualTo(201);
        Answer again = client.post(PATH, contract("amount", "100.00", "category", "GOODS"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().path("type").asText()).isEqualTo("/problems/contract-number-used");
        assertThat(again.body().path("errors").findValuesAsText("field")).containsExactly("contractNo");
        assertThat(events.payloads(ProcurementContractRecorded.class, department)).singleElement()
                .satisfies(kept -> assertThat(kept.terms().amountFen()).isEqualTo(628_400_000L));
    }

    @Test
    void theSameNumberInAnotherDepartmentIsAnotherContract() {
        String other = department + "x";
        assertThat(client.post("/api/v1/departments", body("code", other, "name", "另一部门")).status()).isEqualTo(201);
        assertThat(client.post("/api/v1/departments/" + other + "/units", body("code", other + "-bj", "name", "本级"))
                .status()).isEqualTo(201);
        assertThat(client.post(PATH, contract()).status()).isEqualTo(201);
        assertThat(client.post(PATH, contract("department", other, "unit", other + "-bj")).status()).isEqualTo(201);
    }

    @Test
    void correctionsAndWithdrawalsAreNewEventsAndTheFirstRecordStays() {
        client.post(PATH, contract());
        Answer corrected = client.as("clerk").post(PATH + "/corrections",
                contract("supplierSize", "SMALL", "reason", "供应商为小型企业"));
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(201);
        Stored<ProcurementContractCorrected> correction = events.of(ProcurementContractCorrected.class, department)
                .get(0);
        assertThat(correction.payload().terms().supplierSize()).isEqualTo(SupplierSize.SMALL);
        assertThat(correction.payload().reason()).isEqualTo("供应商为小型企业");
        assertThat(correction.metaData().path("actor").asText()).isEqualTo("clerk");
        assertThat(events.payloads(ProcurementContractRecorded.class, department).get(0).terms().supplierSize())
                .isEqualTo(SupplierSize.MEDIUM);

        Map<String, Object> withdrawal = body("department", department, "contractNo", "WCJGSW-2024-FW-001",
                "reason", "合同解除");
        assertThat(client.post(PATH + "/withdrawals", withdrawal).status()).isEqualTo(201);
        assertThat(events.payloads(ProcurementContractWithdrawn.class, department)).hasSize(1);
        Answer late = client.post(PATH + "/corrections", contract("reason", "撤销后再更正"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("type").asText()).isEqualTo("/problems/contract-withdrawn");
    }

    @Test
    void correctingAnUnknownContractIs404AndACorrectionNeedsAReason() {
        Answer unknown = client.post(PATH + "/corrections", contract("contractNo", "NO-SUCH", "reason", "r"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("type").asText()).isEqualTo("/problems/unknown-contract");
        client.post(PATH, contract());
        Answer noReason = client.post(PATH + "/corrections", contract());
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().path("errors").findValuesAsText("field")).containsExactly("reason");
        assertThat(events.of(ProcurementContractCorrected.class, department)).isEmpty();
    }
}
