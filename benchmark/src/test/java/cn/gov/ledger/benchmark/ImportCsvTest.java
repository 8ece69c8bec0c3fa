package cn.gov.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("fast")
class ImportCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesTheHeaderAndOneValidDistinctRowPerEntry() throws IOException {
        Path file = dir.resolve("import.csv");
        List<BudgetLine> lines = BudgetLine.of("bench");
        ImportCsv.write(file, 1_003, lines, "bench", 2024, "run1", new SplittableRandom(7));

        List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("type,department,unit,fiscalYear,source,functionalCode,expenditureType,"
                + "project,economicCode,amount,businessDate,documentNo,voucherNo,payee,memo,reason");
        assertThat(rows).hasSize(1 + 1_003);
        Set<String> numbers = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            assertThat(f).hasSize(16);
            assertThat(f[0]).isIn("INCOME", "EXPENDITURE");
            assertThat(f[5]).matches("\\d{7}");
            assertThat(f[9]).matches("[1-9]\\d{0,2}\\.\\d{2}");
            assertThat(LocalDate.parse(f[10])).isBetween(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31));
            if (f[0].equals("INCOME")) {
                assertThat(f[6] + f[7] + f[8] + f[12]).isEmpty();
                numbers.add(f[11]);
            } else {
                assertThat(f[8]).isIn(BudgetLine.ECONOMIC_CODES);
                assertThat(f[7].isEmpty()).isEqualTo(f[6].equals("BASIC"));
                numbers.add(f[12]);
            }
        }
        assertThat(numbers).hasSize(1_003);
    }

    @Test
    void spreadsRowsOverEveryLineSetUp() throws IOException {
        Path file = dir.resolve("spread.csv");
        List<BudgetLine> lines = BudgetLine.of("bench");
        ImportCsv.write(file, lines.size() * 10, lines, "bench", 2024, "run2", new SplittableRandom(1));

        try (var rows = Files.lines(file)) {
            Set<String> used = new HashSet<>();
            rows.skip(1).map(r -> r.split(",", -1)).filter(f -> f[0].equals("EXPENDITURE"))
                    .forEach(f -> used.add(f[2] + "/" + f[5] + "/" + f[6]));
            assertThat(used).containsExactlyInAnyOrderElementsOf(lines.stream().map(BudgetLine::key).toList());
        }
    }

    @Test
    void aFileThatBringsItsBudgetAppropriatesEveryLineBeforeSpending() throws IOException {
        Path file = dir.resolve("budget.csv");
        List<BudgetLine> lines = BudgetLine.of("scale-0001");
        ImportCsv.write(file, 100, lines, "scale-0001", 2024, "run3", new SplittableRandom(3), true);

        List<String[]> rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1)
                .map(r -> r.split(",", -1)).toList();
        assertThat(rows).hasSize(100);
        List<String[]> budget = rows.subList(0, lines.size());
        assertThat(budget).allSatisfy(f -> {
            assertThat(f[0]).isEqualTo("APPROPRIATION");
            assertThat(f[9]).isEqualTo(Setup.BUDGET);
            assertThat(f[11]).startsWith("BA-run3-");
        });
        assertThat(budget.stream().map(f -> f[2] + "/" + f[5] + "/" + f[6]).toList())
                .containsExactlyElementsOf(lines.stream().map(BudgetLine::key).toList());
        assertThat(rows.subList(lines.size(), rows.size())).allSatisfy(f -> assertThat(f[0]).isIn("INCOME", "EXPENDITURE"));
    }
}
