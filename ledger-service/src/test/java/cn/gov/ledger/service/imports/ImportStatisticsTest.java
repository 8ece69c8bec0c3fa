package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerIntegrationTest;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import refreshes the planner's statistics of the tables it grew by a tenth or more (at least 1,000 rows), and
 * leaves a few rows to autovacuum: at millions of postings an ANALYZE per file cost more than the file.
 */
class ImportStatisticsTest extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLargeImportAnalysesTheTablesItGrewAndASmallOneLeavesThemAlone() throws Exception {
        appropriate("1000000.00");
        Timestamp before = jdbc.queryForObject("SELECT now()", Timestamp.class);
        assertThat(client.postCsv("/api/v1/imports", expenditures("big", 1_200)).status()).isEqualTo(200);
        Timestamp analysed = awaitAnalysedAfter(before);
        assertThat(analysed).as("1,200 new rows in the ledger_entry table").isNotNull();

        assertThat(client.postCsv("/api/v1/imports", expenditures("small", 10)).status()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(lastAnalyse()).as("10 rows are not worth an ANALYZE").isEqualTo(analysed);
    }

    private String expenditures(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("type,department,unit,fiscalYear,source,functionalCode,expenditureType,"
                + "economicCode,amount,businessDate,voucherNo\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.join(",", "EXPENDITURE", department, unit, "2024", "GENERAL_PUBLIC_BUDGET", "2010350",
                    "BASIC", "30201", "1.00", "2024-03-16", prefix + "-" + i)).append('\n');
        }
        return csv.toString();
    }

    private Timestamp awaitAnalysedAfter(Timestamp before) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        Timestamp last = lastAnalyse();
        while ((last == null || !last.after(before)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = lastAnalyse();
        }
        return last != null && last.after(before) ? last : null;
    }

    private Timestamp lastAnalyse() {
        return jdbc.queryForObject("SELECT last_analyze FROM pg_stat_user_tables WHERE relid = 'ledger_entry'::regclass",
                Timestamp.class);
    }
}
