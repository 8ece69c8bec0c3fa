package cn.gov.ledger.query.tables;

import cn.gov.ledger.query.export.CsvDownload;
import cn.gov.ledger.query.export.Downloads;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final String EXAMPLE = """
            {"table": "05", "title": "一般公共预算财政拨款支出决算表", "department": "wcjgsw",
             "departmentName": "武昌区机关事务服务中心", "fiscalYear": 2024, "asOf": "2024-12-31",
             "knownAt": "2025-04-23T00:00:00Z", "position": 12345, "currencyUnit": "万元",
             "columns": [{"key": "total", "label": "小计"}, {"key": "basic", "label": "基本支出"},
                         {"key": "project", "label": "项目支出"}],
             "rows": [
               {"key": "total", "name": "合计", "level": 0,
                "cells": {"total": "4368.79", "basic": "1673.74", "project": "2695.05"}},
               {"key": "201", "code": "201", "name": "一般公共服务支出", "level": 1,
                "cells": {"total": "4004.94", "basic": "1309.89", "project": "2695.05"}}]}""";

    private final TableService tables;
    private final List<TableFormat> formats;

    TableController(TableService tables, List<TableFormat> formats) {
        this.tables = tables;
        this.formats = formats;
    }

    @Operation(summary = "One disclosure table 01-09 (any signed-in user; knownAt or position: AUDITOR)",
            responses = @ApiResponse(responseCode = "200", description = "the table; amounts in 万元", content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = TableView.class),
                    examples = @ExampleObject(value = EXAMPLE))))
    @GetMapping("/api/v1/departments/{department}/years/{year}/tables/{table}")
    ResponseEntity<?> table(@PathVariable String department, @PathVariable int year,
                            @Parameter(example = "05") @PathVariable String table,
                            @Parameter(description = "business date: postings dated on or before it"
                                    + " (default: the last day of the year)", example = "2024-12-31")
                            @RequestParam(required = false) String asOf,
                            @Parameter(description = "only what the ledger had recorded by this instant (AUDITOR)",
                                    example = "2025-04-23T00:00:00Z")
                            @RequestParam(required = false) String knownAt,
                            @Parameter(description = "only events up to this global position (AUDITOR)")
                            @RequestParam(required = false) String position,
                            @Parameter(description = "one unit instead of the whole department")
                            @RequestParam(required = false) String unit,
                            @Parameter(schema = @Schema(allowableValues = {"json", "csv", "xlsx", "html"}))
                            @RequestParam(required = false) String format,
                            @Parameter(description = "wait until the read side has passed this position (read your"
                                    + " writes: the ledger's answer to a posting)")
                            @RequestParam(required = false) String minPosition,
                            @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        String wanted = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!List.of("json", "csv", "html", "xlsx").contains(wanted)) {
            problems.add(new FieldProblem("format", "must be one of json, csv, html, xlsx"));
        }
        SliceRequest request = SliceRequest.parse(department, year, unit, asOf, knownAt, position, minPosition,
                problems);
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
            return CsvDownload.response(Downloads.year(department, year) + "决算-表" + table + ".csv")
                    .body(TableCsv.write(view));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }
}
