package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.posting.PostingExamples;
import cn.gov.ledger.service.problem.Rejection;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/imports}: a CSV (UTF-8 or GBK) or an Excel workbook of postings, all or nothing; and
 * the progress of a running import under the id the client gave it ({@code X-Import-Id}, else its
 * {@code Idempotency-Key}).
 */
@RestController
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Imports imports;
    private final ImportRuns runs;

    ImportController(Imports imports, ImportRuns runs) {
        this.imports = imports;
        this.runs = runs;
    }

    @Operation(summary = "Import a CSV (UTF-8 or GBK) or .xlsx of postings, all or nothing (CLERK and/or"
            + " BUDGET_OFFICER by row type)", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "text/csv", examples = @ExampleObject(value = PostingExamples.IMPORT))))
    @PostMapping(path = "/api/v1/imports", consumes = {"text/csv", "text/plain", "application/octet-stream", XLSX})
    ResponseEntity<JsonNode> importFile(HttpServletRequest request,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                        @RequestHeader(value = "X-Import-Id", required = false) String importId)
            throws IOException {
        String charset = MediaType.parseMediaType(request.getContentType()).getParameter("charset");
        if (importId != null && !importId.matches("[\\x21-\\x7e]{1,200}")) {
            throw Rejection.malformed("malformed-import-id", "导入编号格式错误 Malformed import id",
                    "X-Import-Id must be 1-200 printable ASCII characters");
        }
        return imports.importFile(request.getInputStream(), charset, key, importId != null ? importId : key,
                Actor.current()).toResponse();
    }

    @Operation(summary = "How far the caller's import has come: rows counted, checked, to post and posted")
    @GetMapping("/api/v1/imports/{id}/progress")
    ImportProgressView progress(@PathVariable String id) {
        return runs.progress(Actor.current().name(), id).orElseThrow(() -> Rejection.notFound("unknown-import",
                "没有这次导入 Unknown import", "no import " + id + " of yours is running or finished lately"));
    }
}
