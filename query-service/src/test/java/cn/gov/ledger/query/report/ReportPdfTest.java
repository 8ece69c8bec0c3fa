package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import cn.gov.ledger.query.support.WuchangRecords;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The customer's 2024 report as one A4 PDF: the seed's figures in its text, every font embedded, the
 * four charts drawn, numbered pages. The file is left in target/ for a person to look at.
 */
class ReportPdfTest extends QueryServiceIntegrationTest {

    private static final String REPORT = "/api/v1/departments/" + WuchangDataset.DEPARTMENT + "/years/2024/report";

    private byte[] pdf;

    @BeforeAll
    void loadAndPrint() throws Exception {
        awaitProjected(WuchangRecords.load(events()));
        MockHttpServletResponse response = mvc.perform(get(REPORT).param("format", "pdf").with(Users.as("clerk")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("inline;").contains("filename*=UTF-8''");
        assertThat(ContentDisposition.parse(response.getHeader("Content-Disposition")).getFilename())
                .isEqualTo(WuchangDataset.DEPARTMENT + "-2024年度部门决算报告.pdf");
        pdf = response.getContentAsByteArray();
        Files.write(Files.createDirectories(Path.of("target")).resolve("report-2024.pdf"), pdf);
    }

    @Test
    void theTextHoldsTheTablesTheExplanationAndTheAttachments() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2024年度收入支出决算总表", "一般公共预算财政拨款支出决算表", "4,368.79",
                    "2024年度收、支总计均为4,368.79万元", "第二部分", "第三部分 附件", "图1：收、支决算总计变动情况",
                    "图4：财政拨款收、支决算总计变动情况", "第 1 页，共 " + document.getNumberOfPages() + " 页");
            assertThat(document.getNumberOfPages()).isGreaterThan(9);
            assertThat(text).doesNotContain(Annotations.MISSING, "账簿事件位置", "数据口径");
        }
    }

    @Test
    void thePublicationKeepsThePublicCopyAndItsWorkbookHasTheAttachments() throws Exception {
        String publications = "/api/v1/departments/" + WuchangDataset.DEPARTMENT + "/years/2024/publications";
        MockHttpServletResponse checklist = mvc.perform(get(publications + "/checklist").with(Users.as("publisher")))
                .andReturn().getResponse();
        assertThat(checklist.getStatus()).isEqualTo(200);
        assertThat(checklist.getContentAsString()).contains("\"complete\":false", "主要原因");
        assertThat(mvc.perform(get(publications + "/checklist")).andReturn().getResponse().getStatus()).isEqualTo(401);
        MockHttpServletResponse published = mvc.perform(post(publications).with(Users.as("publisher")))
                .andReturn().getResponse();
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        String self = published.getHeader("Location");
        String html = mvc.perform(get(self + "/report")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("4,368.79", "第三部分 附件").doesNotContain(Annotations.MISSING, "账簿事件位置");
        String review = Fetched.html(mvc, REPORT);
        assertThat(review).contains(Annotations.MISSING, "账簿事件位置").containsPattern("记录时点\\d{4}-\\d{2}-\\d{2} "
                + "\\d{2}:\\d{2}:\\d{2}（北京时间）");
        try (XSSFWorkbook frozen = new XSSFWorkbook(new ByteArrayInputStream(mvc.perform(get(self + "/report")
                .param("format", "xlsx")).andReturn().getResponse().getContentAsByteArray()));
             XSSFWorkbook live = Fetched.xlsx(mvc, REPORT + "?format=xlsx")) {
            assertThat(live.getNumberOfSheets()).isGreaterThan(9);
            assertThat(frozen.getNumberOfSheets()).isEqualTo(live.getNumberOfSheets());
            assertThat(frozen.getSheetName(frozen.getNumberOfSheets() - 1)).isEqualTo(live.getSheetName(
                    live.getNumberOfSheets() - 1));
        }
    }

    @Test
    void pagesAreA4AndEveryFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(Math.round(Math.max(box.getWidth(), box.getHeight()) / 72 * 25.4)).isEqualTo(297);
                assertThat(Math.round(Math.min(box.getWidth(), box.getHeight()) / 72 * 25.4)).isEqualTo(210);
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }
}
