package cn.gov.ledger.query.report;

import cn.gov.ledger.query.export.Downloads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Server-rendered HTML pages (Thymeleaf templates under templates/report), UTF-8. */
@Component
class ReportPages {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ITemplateEngine engine;

    ReportPages(ITemplateEngine engine) {
        this.engine = engine;
    }

    ResponseEntity<byte[]> table(PrintedTable table) {
        return page("report/table", Map.of("table", PublicCopy.forCurrentUser(List.of(table)).get(0)));
    }

    ResponseEntity<byte[]> selfEvaluations(List<PrintedTable> tables) {
        return page("report/self-evaluations", Map.of("tables", PublicCopy.forCurrentUser(tables)));
    }

    ResponseEntity<byte[]> report(Report report) {
        return ResponseEntity.ok().contentType(HTML).body(html(PublicCopy.forCurrentUser(report)));
    }

    /** A PDF served inline, so that the browser shows it and prints it from there. */
    static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition("inline", fileName + ".pdf"))
                .body(pdf);
    }

    /** The page's bytes of the copy given (public or review). */
    byte[] html(Report report) {
        return render("report/report", Map.of("report", report));
    }

    private ResponseEntity<byte[]> page(String template, Map<String, Object> variables) {
        return ResponseEntity.ok().contentType(HTML).body(render(template, variables));
    }

    private byte[] render(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(CHINESE, variables)).getBytes(StandardCharsets.UTF_8);
    }
}
