package cn.gov.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.assets.StatisticRecorded;
import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.performance.PerformanceAnalysisRecorded;
import cn.gov.ledger.api.performance.PerformanceIndicatorRecorded;
import cn.gov.ledger.api.procurement.ContractTerms;
import cn.gov.ledger.api.procurement.ProcurementCategory;
import cn.gov.ledger.api.procurement.ProcurementContractRecorded;
import cn.gov.ledger.api.project.ProjectRegistered;
import cn.gov.ledger.service.LedgerClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * datasets/wuchang/records.json, posted through the endpoints as load-records.sh does, reproduces the seed's
 * procurement paragraph (section 十一) from what the ledger accepted: sums in fen, shares half-up to 0.1%.
 */
class SeedRecordsTest extends LedgerIntegrationTest {

    @Test
    void theSeedRecordsLoadAndReproduceThePublishedProcurementFigures() throws IOException {
        JsonNode requests = records();
        load(requests);

        List<ContractTerms> contracts = events.payloads(ProcurementContractRecorded.class, department).stream()
                .map(ProcurementContractRecorded::terms).toList();
        long total = sum(contracts, terms -> true);
        long sme = sum(contracts, terms -> terms.supplierSize().isSme());
        long smallAndMicro = sum(contracts, terms -> terms.supplierSize().isSmallOrMicro());
        assertThat(total).isEqualTo(Money.parseWanYuan("1,925.61"));
        assertThat(sme).isEqualTo(Money.parseWanYuan("1,537.52"));
        assertThat(smallAndMicro).isEqualTo(Money.parseWanYuan("120"));
        assertThat(percent(sme, total)).isEqualTo("79.8");
        assertThat(percent(smallAndMicro, sme)).isEqualTo("7.8");
        assertCategory(contracts, ProcurementCategory.GOODS, "81.58", "0.0");
        assertCategory(contracts, ProcurementCategory.WORKS, "527.70", "89.5");
        assertCategory(contracts, ProcurementCategory.SERVICES, "1,316.33", "80.9");

        assertThat(events.payloads(ProjectRegistered.class, department)).hasSize(5);
        assertThat(events.payloads(PerformanceIndicatorRecorded.class, department)).hasSize(105)
                .allSatisfy(row -> assertThat(row.supersedes()).isNull());
        assertThat(events.payloads(PerformanceAnalysisRecorded.class, department)).hasSize(5);
        List<StatisticRecorded> counts = events.payloads(StatisticRecorded.class, department);
        assertThat(counts.stream().filter(c -> c.kind().code().startsWith("VEHICLES_BY_USE."))
                .mapToLong(StatisticRecorded::value).sum()).isEqualTo(48);

        load(requests);
        assertThat(events.of(ProcurementContractRecorded.class, department)).hasSize(contracts.size());
        assertThat(events.of(StatisticRecorded.class, department)).hasSize(counts.size());
    }

    /** The file, with the seed department's code replaced by this test's own (its unit is then {@code unit}). */
    private JsonNode records() throws IOException {
        String text = Files.readString(Path.of("../datasets/wuchang/records.json"), StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(text.replace("wcjgsw", department));
    }

    private void load(JsonNode requests) {
        for (JsonNode request : requests) {
            Answer answer = client.post(request.path("path").asText(), request.path("body"),
                    "Idempotency-Key", request.path("key").asText());
            assertThat(answer.status()).as(request.path("key").asText() + " " + answer.body()).isEqualTo(201);
        }
    }

    private static void assertCategory(List<ContractTerms> contracts, ProcurementCategory category, String wan,
                                       String smeShare) {
        long all = sum(contracts, terms -> terms.category() == category);
        long sme = sum(contracts, terms -> terms.category() == category && terms.supplierSize().isSme());
        assertThat(all).as(category.label()).isEqualTo(Money.parseWanYuan(wan));
        assertThat(percent(sme, all)).as(category.label()).isEqualTo(smeShare);
    }

    private static long sum(List<ContractTerms> contracts, Predicate<ContractTerms> which) {
        return contracts.stream().filter(which).mapToLong(ContractTerms::amountFen).sum();
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
