package cn.gov.ledger.query.publication;

import cn.gov.ledger.query.export.CsvDownload;
import cn.gov.ledger.query.export.Downloads;
import cn.gov.ledger.query.report.ReportDocuments;
import cn.gov.ledger.query.tables.TableCsv;
import cn.gov.ledger.query.tables.TableFormat;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.web.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Serves a publication's frozen content: a table's JSON and the report's HTML and PDF are the kept bytes
 * themselves; CSV, a table's HTML and the XLSX workbooks are drawn from the kept JSON in the profile it
 * was published with. Every byte read is checked against its hash first.
 */
@Service
class PublishedDocuments {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final PublicationStore store;
    private final ReportDocuments documents;
    private final List<TableFormat> formats;
    private final ObjectMapper json;

    PublishedDocuments(PublicationStore store, ReportDocuments documents, List<TableFormat> formats,
                       ObjectMapper json) {
        this.store = store;
        this.documents = documents;
        this.formats = formats;
        this.json = json;
    }

    ResponseEntity<byte[]> table(Publication publication, String table, String format) {
        byte[] kept = store.table(publication.id(), table).orElseThrow(() -> ProblemException.notFound(
                "publication " + publication.id() + " has no table " + table + "; tables are 01 to 09")).verified();
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(kept);
            case "csv" -> CsvDownload.response(fileName(publication) + "-表" + table + ".csv")
                    .body(TableCsv.write(view(kept)));
            default -> formats.stream().filter(candidate -> candidate.format().equals(format)).findFirst()
                    .orElseThrow(() -> ProblemException.notAcceptable("format " + format + " is not available"))
                    .render(view(kept), Map.of("profile", publication.profile()));
        };
    }

    ResponseEntity<byte[]> report(Publication publication, String format) {
        if (format.equals("html")) {
            return ResponseEntity.ok().contentType(HTML).body(store.report(publication.id()).verified());
        }
        if (format.equals("pdf")) {
            byte[] pdf = store.reportPdf(publication.id()).map(StoredContent::verified)
                    .orElseGet(() -> documents.pdf(store.report(publication.id()).verified()));
            return documents.pdfDownload(pdf, fileName(publication) + "-部门决算报告");
        }
        List<TableView> tables = publication.tables().stream().map(table -> view(store.table(publication.id(),
                table.table()).orElseThrow().verified())).toList();
        return documents.workbook(tables, publication.profile(), fileName(publication) + "-部门决算报告");
    }

    private TableView view(byte[] kept) {
        try {
            return json.readValue(kept, TableView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a kept table no longer reads as a table", e);
        }
    }

    private static String fileName(Publication publication) {
        return Downloads.year(publication.department(), publication.fiscalYear()) + "决算公开第" + publication.id()
                + "号";
    }
}
