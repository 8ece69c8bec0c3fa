package cn.gov.ledger.service.imports;

import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/imports/template?format=xlsx|csv}, also linked from the console's import page (under
 * {@code /console}, so the page's session reaches it). The file name is Chinese, sent as RFC 6266
 * {@code filename*}.
 */
@RestController
class ImportTemplateController {

    @Operation(summary = "An empty import file with the Chinese headers (xlsx: drop-down lists and 填写说明)")
    @GetMapping({"/api/v1/imports/template", "/console/imports/template"})
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
        if (!List.of("xlsx", "csv").contains(format)) {
            throw new InvalidRequestException(List.of(
                    new FieldError("format", "须为 xlsx 或 csv (must be xlsx or csv)")));
        }
        boolean xlsx = format.equals("xlsx");
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(ImportController.XLSX)
                        : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("记账导入模板." + format, StandardCharsets.UTF_8).build().toString())
                .body(xlsx ? ImportTemplate.xlsx() : ImportTemplate.csv());
    }
}
