package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ImportTest extends LedgerIntegrationTest {

    private static final String HEADER = "type,department,unit,fiscalYear,source,functionalCode,expenditureType,"
            + "project,economicCode,amount,businessDate,documentNo,voucherNo,payee,memo,reason\n";

    /** The seed dataset, moved to this test's own department so tests never share figures. */
    private String seedFile() throws IOException {
        String csv = Files.readString(Path.of("../datasets/wuchang/entries.csv"), StandardCharsets.UTF_8);
        return csv.replace(",wcjgsw,wcjgsw-bj,", "," + department + "," + unit + ",");
    }

    private String row(String type, String functional, String expenditureType, String economic, String amount,
                       String date) {
        return String.join(",", type, department, unit, "2024", "GENERAL_PUBLIC_BUDGET", functional,
                expenditureType, "", economic, amount, date, "D-1", "V-1", "payee", "memo",
                type.equals("ADJUSTMENT") ? "年中追加" : "") + "\n";
    }

    @Test
    void importsTheSeedYearAndPostsNothingNewWhenTheSameFileComesAgain() throws IOException {
        String csv = seedFile();
        long rows = csv.lines().count() - 1;
        Answer first = client.postCsv("/api/v1/imports", csv);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().path("posted").asLong()).isEqualTo(rows);
        assertThat(first.body().path("position").asLong()).isPositive();

        Answer again = client.postCsv("/api/v1/imports", csv);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("posted").asLong()).isZero();
        assertThat(again.body().path("duplicates").asLong()).isEqualTo(rows);

        Answer lines = client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024");
        long budget = StreamSupport.stream(lines.body().spliterator(), false)
                .mapToLong(line -> new java.math.BigDecimal(line.path("budget").asText()).movePointRight(2)
                        .longValueExact()).sum();
        long spent = StreamSupport.stream(lines.body().spliterator(), false)
                .mapToLong(line -> new java.math.BigDecimal(line.path("spent").asText()).movePointRight(2)
                        .longValueExact()).sum();
        assertThat(budget).as("full-year budget 4,610.61 万元 in fen").isEqualTo(4_610_610_000L);
        assertThat(spent).as("2024 expenditure 4,368.79 万元 in fen").isEqualTo(4_368_790_000L);
    }

    @Test
    void refusesTheWholeFileListingEveryBadRowAndPostsNothing() {
        String csv = HEADER
                + row("APPROPRIATION", "2010350", "BASIC", "", "1000.00", "2024-01-05")
                + row("EXPENDITURE", "2010350", "BASIC", "30201", "10.001", "2024-02-01")
                + row("EXPENDITURE", "2010350", "BASIC", "30201", "10.00", "2024-02-01")
                + row("EXPENDITURE", "2019998", "BASIC", "30201", "10.00", "2024-02-01")
                + row("EXPENDITURE", "2010350", "BASIC", "30201", "5000.00", "2023-02-01");
        Answer refused = client.postCsv("/api/v1/imports", csv);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("line")).contains("3", "5", "6");
        assertThat(refused.body().path("errors").toString()).contains("amount", "functionalCode", "businessDate");
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().size()).isZero();
    }

    @Test
    void findsBudgetRefusalsBeforePostingAnything() {
        String csv = HEADER
                + row("APPROPRIATION", "2010350", "BASIC", "", "1000.00", "2024-01-05")
                + row("EXPENDITURE", "2010350", "BASIC", "30201", "600.00", "2024-02-01")
                + row("EXPENDITURE", "2010350", "BASIC", "30201", "400.01", "2024-02-02")
                + row("EXPENDITURE", "2010301", "BASIC", "30201", "1.00", "2024-02-02");
        Answer refused = client.postCsv("/api/v1/imports", csv);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("errors").findValuesAsText("line")).containsExactly("4", "5");
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().size()).isZero();
    }

    @Test
    void acceptsTheByteOrderMarkExcelWrites() {
        String csv = "\uFEFF" + HEADER + row("APPROPRIATION", "2010350", "BASIC", "", "1000.00", "2024-01-05")
                + row("ADJUSTMENT", "2010350", "BASIC", "", "-200.00", "2024-06-05");
        Answer answer = client.postCsv("/api/v1/imports", csv);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body().path("posted").asInt()).isEqualTo(2);
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().get(0).path("budget").asText()).isEqualTo("800.00");
    }

    @Test
    void postingsAfterAnImportSeeItsEventsAndCanReverseItsEntries() {
        appropriate("10.00");
        String csv = HEADER + row("APPROPRIATION", "2010350", "BASIC", "", "990.00", "2024-01-05")
                + row("EXPENDITURE", "2010350", "BASIC", "30201", "600.00", "2024-02-01");
        assertThat(client.postCsv("/api/v1/imports", csv).status()).isEqualTo(200);
        Answer over = spend("400.01", "30201");
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.body().path("available").asText()).isEqualTo("400.00");
        assertThat(spend("400.00", "30201").status()).isEqualTo(201);
        String imported = client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().get(0).path("spent").asText();
        assertThat(imported).isEqualTo("1000.00");
    }
}
