package cn.gov.ledger.query.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * Publications cannot be changed through SQL as the service's tables stand; and content altered anyway
 * (with the triggers bypassed, as a database owner could) no longer matches its hash and is not served.
 */
class PublicationTamperTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "pub-tm";

    @Test
    void anAlteredTableOrReportIsRefusedWhileTheRestIsStillServed() throws Exception {
        PublicationHttp http = new PublicationHttp(mvc);
        PublicationHttp.awaitSettled(progress, SmallYear.post(events(), DEPT));
        long id = http.publish(DEPT, null, "publisher", 201).get("id").asLong();
        String self = PublicationHttp.publications(DEPT) + "/" + id;
        http.raw(self + "/tables/03", 200);

        assertThatThrownBy(() -> jdbc.update("UPDATE query.publication_table SET content = content"
                + " WHERE publication_id = ?", id)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM query.publication WHERE publication_id = ?", id))
                .isInstanceOf(DataAccessException.class);

        bypassingTriggers("UPDATE query.publication_table SET content = convert_to(replace(convert_from(content,"
                + " 'UTF8'), '\"45.00\"', '\"44.00\"'), 'UTF8') WHERE publication_id = " + id + " AND table_no = '03'");
        JsonNode refused = http.json(self + "/tables/03", 500);
        assertThat(refused.get("type").asText()).endsWith("/integrity");
        assertThat(refused.get("detail").asText()).contains("table 03 of publication " + id);
        http.raw(self + "/tables/03?format=csv", 500);
        http.raw(self + "/report?format=xlsx", 500);
        http.raw(self + "/report?format=pdf", 200);
        http.raw(self + "/tables/05", 200);
        http.raw(self + "/report", 200);

        bypassingTriggers("UPDATE query.publication SET report_html = convert_to(replace(convert_from(report_html,"
                + " 'UTF8'), '45.00', '44.00'), 'UTF8') WHERE publication_id = " + id);
        assertThat(http.json(self + "/report", 500).get("detail").asText()).contains("the report of publication " + id);

        bypassingTriggers("UPDATE query.publication SET report_pdf = report_pdf || '\\x0a'::bytea WHERE publication_id = "
                + id);
        assertThat(http.json(self + "/report?format=pdf", 500).get("detail").asText())
                .contains("the PDF of publication " + id);
    }

    /** Runs one statement with triggers off for its own transaction only (the test database's owner may). */
    private void bypassingTriggers(String statement) {
        jdbc.execute("DO $$ BEGIN PERFORM set_config('session_replication_role', 'replica', true); "
                + statement + "; END $$");
    }
}
