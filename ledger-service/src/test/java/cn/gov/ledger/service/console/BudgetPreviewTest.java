package cn.gov.ledger.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

/** What the forms ask while the clerk types: catalogue suggestions and what is left on a line. */
class BudgetPreviewTest extends LedgerIntegrationTest {

    private String line(String economicCode, boolean exact) {
        return "/api/v1/budget/lines/available?department=" + department + "&unit=" + unit + "&fiscalYear=2024"
                + "&functionalCode=2010350&source=GENERAL_PUBLIC_BUDGET&expenditureType=BASIC&economicCode="
                + economicCode + "&exact=" + exact;
    }

    @Test
    void aLineShowsItsBudgetSpentAndAvailableAsAnExpenditureWouldDrawOnIt() {
        assertThat(client.get(line("30201", false)).status()).isEqualTo(404);
        appropriate("1000.00");
        spend("250.25", "30201");
        Answer drawn = client.get(line("30201", false));
        assertThat(drawn.status()).isEqualTo(200);
        assertThat(drawn.body().path("budget").asText()).isEqualTo("1000.00");
        assertThat(drawn.body().path("spent").asText()).isEqualTo("250.25");
        assertThat(drawn.body().path("available").asText()).isEqualTo("749.75");
        assertThat(drawn.body().path("economicCode").isNull()).isTrue();
        assertThat(client.get(line("30201", true)).status()).as("no line kept for 30201 itself").isEqualTo(404);
    }

    @Test
    void malformedLineFieldsAreRefusedFieldByField() {
        Answer refused = client.get("/api/v1/budget/lines/available?department=" + department + "&unit=" + unit
                + "&fiscalYear=24&functionalCode=201&source=GENERAL_PUBLIC_BUDGET&expenditureType=BASIC");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("fiscalYear", "functionalCode");
    }

    @Test
    void theCatalogueSuggestsOnlyCodesOfTheLevelAFieldTakes() {
        Answer items = client.get("/api/v1/catalogues/2024/functional?q=20103&level=ITEM&limit=100");
        assertThat(items.body().findValuesAsText("code")).isNotEmpty().allMatch(code -> code.length() == 7)
                .contains("2010301");
        Answer sections = client.get("/api/v1/catalogues/2024/economic?q=302&level=section");
        assertThat(sections.body().findValuesAsText("code")).isNotEmpty().allMatch(code -> code.length() == 5);
        assertThat(client.get("/api/v1/catalogues/2024/economic?q=302&level=leaf").status()).isEqualTo(422);
    }
}
