package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.service.LedgerClient.Answer;
import cn.gov.ledger.service.LedgerIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import endpoint with the finance office's own files: GBK CSV, broken files, the template, progress. */
class ImportFormatsTest extends LedgerIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int serverPort;

    private String gbkFile() {
        return "类型,部门,单位,预算年度,资金来源,功能分类科目,支出类型,经济分类科目,金额,业务日期,文号,凭证号\n"
                + "预算指标," + department + "," + unit + ",2024,一般公共预算财政拨款,2010350 事业运行,基本支出,,1000.00,"
                + "2024-01-05,指-1,\n"
                + "支出," + department + "," + unit + ",2024,一般公共预算财政拨款,2010350 事业运行,基本支出,30201 办公费,"
                + "12.50,2024-03-05,,记-1\n";
    }

    @Test
    void postsAGbkCsvWithChineseHeadersAndReportsItsProgressUnderTheImportId() throws Exception {
        HttpResponse<String> answer = post(gbkFile().getBytes(Charset.forName("GBK")), "text/csv", "X-Import-Id",
                "gbk-1");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"posted\":2");
        Answer progress = client.get("/api/v1/imports/gbk-1/progress");
        assertThat(progress.body().path("state").asText()).isEqualTo("DONE");
        assertThat(progress.body().path("total").asLong()).isEqualTo(2);
        assertThat(progress.body().path("checked").asLong()).isEqualTo(2);
        assertThat(progress.body().path("posted").asLong()).isEqualTo(2);
        assertThat(client.as("officer").get("/api/v1/imports/gbk-1/progress").status())
                .as("another user's import is not theirs to watch").isEqualTo(404);
    }

    @Test
    void aBrokenCsvIs400ProblemJsonAndPostsNothing() throws Exception {
        byte[] unterminated = (gbkFile() + "支出,\"unfinished\n").getBytes(StandardCharsets.UTF_8);
        byte[] neither = (gbkFile() + "支出,").getBytes(Charset.forName("GBK"));
        neither[neither.length - 1] = (byte) 0xFF;
        for (byte[] body : new byte[][] {unterminated, neither}) {
            HttpResponse<String> answer = post(body, "text/csv", "X-Import-Id", "broken");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(client.get("/api/v1/budget/lines?department=" + department + "&unit=" + unit
                + "&fiscalYear=2024").body().size()).isZero();
        assertThat(client.get("/api/v1/imports/broken/progress").body().path("state").asText()).isEqualTo("FAILED");
    }

    @Test
    void theTemplateIsAWorkbookWithDropDownsAndAnExplanationSheetUnderAChineseFileName() throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(request("/api/v1/imports/template?format=xlsx").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .contains("filename*=UTF-8''%E8%AE%B0%E8%B4%A6%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("类型");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("填写说明");
            assertThat(workbook.getSheetAt(0).getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).contains("预算指标", "支出"))
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).contains("一般公共预算财政拨款"));
        }
        HttpResponse<String> csv = HTTP.send(request("/api/v1/imports/template?format=csv").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.body()).startsWith("\uFEFF类型,部门,单位,预算年度,资金来源,功能分类科目");
    }

    private HttpResponse<String> post(byte[] body, String contentType, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request("/api/v1/imports").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:admin-dev".getBytes(StandardCharsets.UTF_8)));
    }
}
