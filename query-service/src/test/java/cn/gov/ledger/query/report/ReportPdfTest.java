package cn.gov.ledger.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.Users;
import cn.gov.ledger.query.support.WuchangDataset;
import cn.gov.ledger.query.support.WuchangRecords;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
