package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import's COPY path stores events row for row as Axon's own JDBC engine does for the same posting. */
class ImportCopyTest extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importedEventsLookLikePostedOnesAndTheirEntriesCarryTheirPositions() {
        appropriate("1000.00");
        spend("1.00", "30201");
        String csv = "type,department,unit,fiscalYear,source,functionalCode,expenditureType,economicCode,amount,"
                + "businessDate,voucherNo,payee,memo\n" + String.join(",", "EXPENDITURE", department, unit, "2024",
                "GENERAL_PUBLIC_BUDGET", "2010350", "BASIC", "30201", "2.00", "2024-03-16", "记-2", "某\t公司",
                "带\\反斜杠") + "\n";
        assertThat(client.postCsv("/api/v1/imports", csv).status()).isEqualTo(200);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT e.global_index, e.type, e.payload_type,"
                + " e.payload_revision, e.time_stamp, e.sequence_number, convert_from(e.payload, 'UTF8') AS payload,"
                + " convert_from(e.meta_data, 'UTF8') AS meta, l.position, l.entry_id"
                + " FROM domain_event_entry e JOIN ledger_entry l ON l.entry_id = convert_from(e.payload, 'UTF8')::json"
                + "->>'entryId' WHERE e.payload_type LIKE '%ExpenditureRecorded' AND convert_from(e.payload, 'UTF8')"
                + " LIKE ? ORDER BY e.global_index", "%" + department + "%");
        assertThat(rows).hasSize(2);
        Map<String, Object> posted = rows.get(0);
        Map<String, Object> imported = rows.get(1);
        for (String column : List.of("type", "payload_type", "payload_revision")) {
            assertThat(imported.get(column)).as(column).isEqualTo(posted.get(column));
        }
        assertThat((String) imported.get("time_stamp")).hasSameSizeAs((String) posted.get("time_stamp"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(imported.get("position")).isEqualTo(imported.get("global_index"));
        assertThat((Long) imported.get("sequence_number")).isEqualTo((Long) posted.get("sequence_number") + 1);
        assertThat((String) imported.get("payload")).contains("某\\t公司").contains("带\\\\反斜杠");
        assertThat((String) imported.get("meta")).contains("\"actor\":\"admin\"").contains("import:");
        assertThat(spend("997.00", "30201").status()).isEqualTo(201);
    }
}
