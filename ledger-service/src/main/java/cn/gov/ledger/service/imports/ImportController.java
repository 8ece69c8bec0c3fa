package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
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

    @PostMapping(path = "/api/v1/imports", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<JsonNode> importCsv(HttpServletRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       @RequestHeader(value = Actor.HEADER, required = false) String actor)
            throws IOException {
        return imports.importCsv(request.getInputStream(), key, Actor.of(actor)).toResponse();
    }
}
