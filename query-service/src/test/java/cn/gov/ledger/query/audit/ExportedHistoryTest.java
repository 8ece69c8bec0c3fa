package cn.gov.ledger.query.audit;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.export.CsvText;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The event history's CSV opens in Excel: BOM or GBK as asked, and a key that looks like a formula is text. */
class ExportedHistoryTest extends QueryServiceIntegrationTest {

    private static final String DEPT = "aud-x";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"报销\")";

    private AuditHttp http;
    private long registered;

    @BeforeAll
    void post() {
        http = new AuditHttp(mvc);
        AuditEvents events = new AuditEvents(eventStore, jdbc);
        Classification line = basicLine(DEPT, "x1", 2024, "2010301");
        registered = events.append(DEPT, new DepartmentRegistered(DEPT, "导出测试中心"), "admin", "-1+1");
        events.append(line.budgetLineId(), expenditure("x-e1", line, "30201", 120, LocalDate.of(2024, 5, 6)),
                "clerk", FORMULA);
    }

    @Test
    void utf8CsvStartsWithABomAndKeysThatLookLikeFormulasAreQuoted() throws Exception {
        MockHttpServletResponse response = http.raw("/api/v1/audit/events?format=csv&department=" + DEPT
                + "&fromPosition=" + registered).getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFposition,");
        List<List<String>> csv = CsvText.parse(text);
        assertThat(csv).hasSize(3);
        assertThat(csv.get(1).get(8)).isEqualTo("'-1+1");
        assertThat(csv.get(2).get(8)).isEqualTo("'" + FORMULA);
    }

    @Test
    void gbkIsWrittenWhenTheCharsetParameterAsksForIt() throws Exception {
        MockHttpServletResponse response = http.raw("/api/v1/audit/events?format=csv&charset=gbk&department=" + DEPT
                + "&fromPosition=" + registered).getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=GB18030");
        String text = new String(response.getContentAsByteArray(), Charset.forName("GBK"));
        assertThat(text).startsWith("position,").contains("导出测试中心");
    }
}
