package cn.gov.ledger.query.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A publication keeps the tables and report as they stood at a settled point, byte for byte, under their hashes. */
class PublicationTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "pub-fz";
    private static final String PUBLICATIONS = PublicationHttp.publications(DEPT);

    private PublicationHttp http;
    private long posted;

    @BeforeAll
    void postTheYear() throws Exception {
        http = new PublicationHttp(mvc);
        posted = SmallYear.post(events(), DEPT);
        PublicationHttp.awaitSettled(progress, posted);
    }

    @Test
    void everyFrozenTableIsTheLiveTableAtThePointServedUnderItsHash() throws Exception {
        JsonNode publication = http.publish(DEPT, null, "publisher", 201);
        assertThat(publication.get("publisher").asText()).isEqualTo("publisher");
        assertThat(publication.get("asOf").asText()).isEqualTo("2024-12-31");
        assertThat(publication.get("position").asLong()).isGreaterThanOrEqualTo(posted);
        assertThat(publication.get("profile").asText()).isEqualTo("CENTRAL");
        String point = "?asOf=2024-12-31&knownAt=" + publication.get("knownAt").asText() + "&position="
                + publication.get("position").asLong();
        String self = PUBLICATIONS + "/" + publication.get("id").asLong();
        List<String> numbers = new ArrayList<>();
        for (JsonNode table : publication.get("tables")) {
            String number = table.get("table").asText();
            numbers.add(number);
            byte[] served = http.raw(self + "/tables/" + number, 200).getContentAsByteArray();
            assertThat(Sha256.of(served)).isEqualTo(table.get("sha256").asText()).hasSize(64);
            JsonNode live = tables().get(DEPT, 2024, number, point.substring(1));
            assertThat(PublicationHttp.JSON.readTree(served)).as("table " + number).isEqualTo(live);
        }
        assertThat(numbers).containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09");
        byte[] report = http.raw(self + "/report", 200).getContentAsByteArray();
        assertThat(Sha256.of(report)).isEqualTo(publication.get("reportSha256").asText());
        assertThat(new String(report, StandardCharsets.UTF_8)).contains("收入支出决算总表", "财政拨款“三公”经费支出决算表");
        assertThat(http.json(self, 200)).isEqualTo(publication);
    }

    @Test
    void theFrozenContentIsServedInEveryFormatFromTheKeptJson() throws Exception {
        long id = http.publish(DEPT, "{\"profile\":\"SHANGHAI\"}", "publisher", 201).get("id").asLong();
        String self = PUBLICATIONS + "/" + id;
        MockHttpServletResponse csv = http.raw(self + "/tables/03?format=csv", 200);
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains("total,,合计,45.00,45.00,0.00");
        String html = http.raw(self + "/tables/09?format=html", 200).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("表七");
        MockHttpServletResponse workbook = http.raw(self + "/report?format=xlsx", 200);
        try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook.getContentAsByteArray()))) {
            assertThat(sheets.getNumberOfSheets()).isEqualTo(9);
            assertThat(sheets.getSheetName(6)).isEqualTo("表七");
        }
    }

    @Test
    void aSecondPublicationOfTheSamePointHasTheSameTableHashesAndSupersedesTheFirst() throws Exception {
        JsonNode first = http.publish(DEPT, null, "publisher", 201);
        JsonNode second = http.publish(DEPT, "{\"knownAt\":\"" + first.get("knownAt").asText()
                + "\",\"note\":\"更正说明后重新公开\"}", "admin", 201);
        assertThat(second.get("position").asLong()).as("nothing was posted in between")
                .isEqualTo(first.get("position").asLong());
        assertThat(second.get("tables")).isEqualTo(first.get("tables"));
        assertThat(second.get("note").asText()).isEqualTo("更正说明后重新公开");
        JsonNode listed = http.json(PUBLICATIONS, 200).get("publications");
        JsonNode earlier = http.json(PUBLICATIONS + "/" + first.get("id").asLong(), 200);
        assertThat(earlier.get("supersededBy").asLong()).isEqualTo(second.get("id").asLong());
        assertThat(listed.findValues("id")).extracting(JsonNode::asLong)
                .contains(first.get("id").asLong(), second.get("id").asLong());
        assertThat(listed.get(listed.size() - 1).get("supersededBy").isNull()).isTrue();
    }

    @Test
    void unknownPublicationsTablesAndFormatsAndBadRequestsAreRefused() throws Exception {
        long id = http.publish(DEPT, null, "publisher", 201).get("id").asLong();
        http.raw(PUBLICATIONS + "/999999999", 404);
        http.raw(PUBLICATIONS + "/first", 404);
        http.raw(PublicationHttp.publications("pub-elsewhere") + "/" + id, 404);
        http.raw(PUBLICATIONS.replace("2024", "2023") + "/" + id + "/tables/03", 404);
        http.raw(PUBLICATIONS + "/" + id + "/tables/10", 404);
        assertThat(fields(http.json(PUBLICATIONS + "/" + id + "/report?format=pdf", 422))).containsExactly("format");
        assertThat(fields(http.publish(DEPT, "{\"asOf\":\"2023-12-31\",\"knownAt\":\"2999-01-01T00:00:00Z\","
                + "\"profile\":\"MARS\"}", "publisher", 422))).containsExactlyInAnyOrder("asOf", "knownAt", "profile");
        assertThat(http.publish(DEPT, null, null, 401).get("status").asInt()).isEqualTo(401);
        assertThat(http.publish(DEPT, null, "clerk", 403).get("status").asInt()).isEqualTo(403);
        http.publish("pub-nobody", null, "publisher", 404);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
