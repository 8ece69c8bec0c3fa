package cn.gov.ledger.query.execution;

import cn.gov.ledger.query.export.Downloads;
import cn.gov.ledger.query.web.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * GET …/years/{year}/execution (rows by 项 or by budget line) and …/execution/monthly (the cumulative curve):
 * JSON, CSV, XLSX (both on two sheets) and a printable HTML page. Query parameters: {@link ExecutionParameters}.
 */
@RestController
class ExecutionController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String PATH = "/api/v1/departments/{department}/years/{year}/execution";

    private final ExecutionService execution;
    private final ITemplateEngine templates;

    ExecutionController(ExecutionService execution, ITemplateEngine templates) {
        this.execution = execution;
        this.templates = templates;
    }

    @Operation(summary = "预算执行进度 by 项 or budget line (BUDGET_OFFICER, AUDITOR; knownAt or position: AUDITOR)",
            description = "asOf defaults to today in Beijing inside the fiscal year, else the year's last day;"
                    + " by = functional (default) or line; threshold in percentage points (default 10);"
                    + " format = json, csv, xlsx or html",
            responses = @ApiResponse(responseCode = "200", description = "amounts in yuan, rates in percent",
                    content = @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ExecutionView.class))))
    @GetMapping(PATH)
    ResponseEntity<?> execution(@PathVariable String department, @PathVariable int year,
                                @Parameter(hidden = true) ExecutionParameters parameters) {
        ExecutionQuery query = ExecutionQuery.parse(department, year, parameters, today());
        ExecutionView view = execution.execution(query);
        String file = Downloads.year(department, year) + "预算执行进度-截至" + view.asOf();
        return switch (query.format()) {
            case "csv" -> download(CSV, "inline", file + ".csv", ExecutionCsv.rows(view));
            case "xlsx" -> download(XLSX, "attachment", file + ".xlsx",
                    ExecutionWorkbook.write(view, execution.monthly(query)));
            case "html" -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(page(view));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
        };
    }

    @Operation(summary = "The cumulative execution curve month by month up to asOf (same parameters; json or csv)",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = MonthlyView.class))))
    @GetMapping(PATH + "/monthly")
    ResponseEntity<?> monthly(@PathVariable String department, @PathVariable int year,
                              @Parameter(hidden = true) ExecutionParameters parameters) {
        ExecutionQuery query = ExecutionQuery.parse(department, year, parameters, today());
        if (!query.format().equals("json") && !query.format().equals("csv")) {
            throw BadRequestException.of("format", "must be json or csv for the monthly curve"
                    + " (the workbook of …/execution holds it on its second sheet)");
        }
        MonthlyView view = execution.monthly(query);
        if (query.format().equals("csv")) {
            return download(CSV, "inline", Downloads.year(department, year) + "预算执行月度进度.csv",
                    ExecutionCsv.months(view));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private String page(ExecutionView view) {
        Context context = new Context();
        context.setVariable("view", view);
        context.setVariable("fmt", new Grouping());
        return templates.process("execution/print", context);
    }

    private static ResponseEntity<?> download(MediaType type, String disposition, String file, Object body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.disposition(disposition, file)).body(body);
    }

    private static LocalDate today() {
        return LocalDate.now(ExecutionQuery.BEIJING);
    }
}
