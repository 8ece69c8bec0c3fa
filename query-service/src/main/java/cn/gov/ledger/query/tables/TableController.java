package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/departments/{dept}/years/{year}/tables/{nn}: one disclosure table, as JSON or CSV, or in the
 * published layout (HTML, XLSX) through the {@link TableFormat} registered for that format.
 */
@RestController
class TableController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TableService tables;
    private final List<TableFormat> formats;

    TableController(TableService tables, List<TableFormat> formats) {
        this.tables = tables;
        this.formats = formats;
    }

    @GetMapping("/api/v1/departments/{department}/years/{year}/tables/{table}")
    ResponseEntity<?> table(@PathVariable String department, @PathVariable int year, @PathVariable String table,
                            @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String knownAt,
                            @RequestParam(required = false) String position,
                            @RequestParam(required = false) String unit,
                            @RequestParam(required = false) String format,
                            @RequestParam(required = false) String minPosition,
                            @RequestParam Map<String, String> parameters) {
        String wanted = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!List.of("json", "csv", "html", "xlsx").contains(wanted)) {
            problems.add(new FieldProblem("format", "must be one of json, csv, html, xlsx"));
        }
        ReportRequest request = null;
        try {
            request = ReportRequest.parse(department, year, unit, asOf, knownAt, position, minPosition);
        } catch (BadRequestException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        TableFormat rendered = null;
        if (wanted.equals("html") || wanted.equals("xlsx")) {
            rendered = formats.stream().filter(candidate -> candidate.format().equals(wanted)).findFirst()
                    .orElseThrow(() -> ProblemException.notAcceptable("format " + wanted
                            + " is not available in this build; use json or csv"));
        }
        TableView view = tables.table(request, table);
        if (rendered != null) {
            return rendered.render(view, parameters);
        }
        if (wanted.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\""
                            + (department + "-" + year + "-" + table).replaceAll("[^A-Za-z0-9_-]", "_") + ".csv\"")
                    .body(TableCsv.write(view));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }
}
