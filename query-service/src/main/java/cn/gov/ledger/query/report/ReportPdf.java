package cn.gov.ledger.query.report;

import cn.gov.ledger.query.web.ProblemException;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * The report page printed to one A4 PDF (openhtmltopdf on PDFBox): the page's own HTML, made well-formed
 * by jsoup, plus a print stylesheet with page numbers and table heads repeated on every page (rows are
 * never cut: the page's own CSS keeps each row whole); the charts are drawn from their inline SVG; the
 * Chinese font is embedded (subset), so the file reads the same on a machine without it.
 */
@Component
public class ReportPdf {

    private static final String PRINT_STYLE = """
            @page { size: A4 landscape; margin: 12mm 10mm 16mm;
                    @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页";
                                     font-family: "%1$s"; font-size: 9pt; } }
            body { font-family: "%1$s"; max-width: none; padding: 0; }
            .printed-table .meta { display: block; overflow: hidden; }
            .printed-table .meta span + span { float: right; }
            table.grid { -fs-table-paginate: paginate; }
            figure svg { max-width: none; width: 640px; height: 360px; }
            .no-print { display: none; }
            """;

    private final PdfProperties properties;
    private Font chartFont;

    ReportPdf(PdfProperties properties) {
        this.properties = properties;
    }

    private synchronized Font chartFont() {
        if (chartFont == null) {
            try {
                chartFont = Font.createFonts(properties.font().toFile())[0];
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the PDF font " + properties.font() + " does not load", e);
            }
        }
        return chartFont;
    }

    /** The PDF of a report page's HTML (UTF-8 bytes as the report endpoint serves them). */
    public byte[] render(byte[] html) {
        if (!Files.isReadable(properties.font())) {
            throw ProblemException.notAcceptable("PDF 需要中文 TrueType 字体 " + properties.font() + "，本机没有：请安装"
                    + " fonts-wqy-microhei，或以 ledger.query.pdf.font 指定字体文件 (the PDF font is missing)");
        }
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        page.head().appendElement("style").appendText(PRINT_STYLE.formatted(properties.fontFamily()));
        ChartOutlines.outline(page, chartFont());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             BatikSVGDrawer charts = new BatikSVGDrawer()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
            builder.useSVGDrawer(charts);
            builder.useFont(properties.font().toFile(), properties.fontFamily(), 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE));
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the report as PDF", e);
        }
    }
}
