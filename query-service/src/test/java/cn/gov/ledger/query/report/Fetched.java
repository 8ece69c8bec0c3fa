package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.Users;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** GETs a page or workbook in the report tests, asserting it was served, and reads what tests look at. */
final class Fetched {

    private static final Pattern AMOUNT_CELL = Pattern.compile("<td class=\"amount(?: total)?\">([^<]*)</td>");

    private Fetched() {
    }

    static String html(MockMvc mvc, String uri) throws Exception {
        MockHttpServletResponse response = ok(mvc, uri);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static XSSFWorkbook xlsx(MockMvc mvc, String uri) throws Exception {
        MockHttpServletResponse response = ok(mvc, uri);
        assertThat(response.getContentType()).isEqualTo(Workbooks.XLSX.toString());
        return new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    /** The texts of the amount cells of an HTML page, in document order. */
    static List<String> amountCells(String html) {
        List<String> cells = new ArrayList<>();
        Matcher matcher = AMOUNT_CELL.matcher(html);
        while (matcher.find()) {
            cells.add(matcher.group(1));
        }
        return cells;
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static MockHttpServletResponse ok(MockMvc mvc, String uri) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(uri).with(Users.as("auditor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(uri + ": " + response.getContentAsString()).isEqualTo(200);
        return response;
    }
}
