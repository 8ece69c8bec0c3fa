package cn.gov.ledger.query.report;

import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.tables.TableView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The report's documents for a reader outside this package (publications): the whole report rendered
 * once as HTML bytes to keep, and a workbook of tables already computed, in a named layout profile.
 */
@Component
public class ReportDocuments {

    private final ReportService reports;
    private final LayoutProfiles profiles;
    private final ReportPages pages;
    private final ReportPdf pdf;

    ReportDocuments(ReportService reports, LayoutProfiles profiles, ReportPages pages, ReportPdf pdf) {
        this.reports = reports;
        this.profiles = profiles;
        this.pages = pages;
        this.pdf = pdf;
    }

    /** The profile a request names, else the department's own; a bad name is a 400 on field {@code profile}. */
    public String profile(String department, String requested) {
        return profiles.resolve(department, requested).name();
    }

    /** The whole report's public copy (tables, 情况说明, charts, 附件) as the report endpoint serves it, UTF-8. */
    public byte[] html(SliceRequest request, String profile) {
        return pages.html(PublicCopy.of(reports.report(request, LayoutProfile.valueOf(profile))));
    }

    /** The explanations the report at that point still lacks. */
    public Checklist checklist(SliceRequest request) {
        String profile = profile(request.department(), null);
        return Checklist.of(request.department(), request.fiscalYear(),
                reports.report(request, LayoutProfile.valueOf(profile)));
    }

    /** The report page's HTML printed to PDF. */
    public byte[] pdf(byte[] html) {
        return pdf.render(html);
    }

    /** A PDF as a download, shown inline. */
    public ResponseEntity<byte[]> pdfDownload(byte[] pdf, String fileName) {
        return ReportPages.pdf(pdf, fileName);
    }

    /**
     * A workbook of the given tables in the profile's order and layout, then the 附件 (绩效自评表) in force
     * at the tables' point, as a download.
     */
    public ResponseEntity<byte[]> workbook(List<TableView> tables, String profile, String fileName) {
        LayoutProfile layout = LayoutProfile.valueOf(profile);
        List<PrintedTable> printed = tables.stream()
                .sorted(Comparator.comparingInt(table -> layout.order().indexOf(table.table())))
                .map(table -> TableLayouts.print(table, layout)).collect(Collectors.toCollection(ArrayList::new));
        printed.addAll(reports.attachments(tables.get(0)));
        return Workbooks.download(printed, fileName);
    }
}
