package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.posting.PostingExamples;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/imports}: a CSV of postings (UTF-8, with or without Excel's BOM), all or nothing. */
@RestController
class ImportController {

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a CSV of postings, all or nothing (CLERK and/or BUDGET_OFFICER by row type)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "text/csv", examples = @ExampleObject(value = PostingExamples.IMPORT))))
    @PostMapping(path = "/api/v1/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<JsonNode> importCsv(HttpServletRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key)
            throws IOException {
        return imports.importCsv(request.getInputStream(), key, Actor.current()).toResponse();
    }
}
