package cn.gov.ledger.service.console;

import cn.gov.ledger.service.imports.ImportColumns;
import cn.gov.ledger.service.imports.ImportProgressView;
import cn.gov.ledger.service.imports.ImportRuns;
import cn.gov.ledger.service.imports.Imports;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.support.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of an import file (CSV in UTF-8 or GBK, or an Excel workbook): all or nothing, as through the API.
 * The page posts the file with fetch under an import id and polls its progress meanwhile; a refused file
 * lists every bad row by its row and column as the clerk sees them; an accepted one shows its counts.
 */
@Controller
class ImportPageController {

    /** A bad row as the page lists it: the row, the column by its Chinese header and the message in Chinese. */
    record BadRow(Long line, String field, String label, String message) {

        static BadRow of(FieldError error) {
            return new BadRow(error.line(), error.field(), ImportColumns.label(error.field()),
                    Messages.chinese(error.message()));
        }
    }

    private final Imports imports;
    private final ImportRuns runs;

    ImportPageController(Imports imports, ImportRuns runs) {
        this.imports = imports;
        this.runs = runs;
    }

    @GetMapping("/console/imports")
    String page(Model model) {
        model.addAttribute("idempotencyKey", "console-import-" + UUID.randomUUID());
        return "console/imports";
    }

    @PostMapping("/console/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam String idempotencyKey,
                  @RequestHeader(value = "X-Import-Id", required = false) String importId, Model model)
            throws IOException {
        model.addAttribute("idempotencyKey", idempotencyKey);
        if (file == null || file.isEmpty()) {
            model.addAttribute("badRows", List.of(new BadRow(null, "file", Labels.field("file"), "请选择要导入的文件")));
            return "console/imports";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            var outcome = imports.importFile(in, null, idempotencyKey, importId, Actor.current());
            model.addAttribute("result", outcome.body());
            model.addAttribute("replayed", outcome.replayed());
            model.addAttribute("idempotencyKey", "console-import-" + UUID.randomUUID());
        } catch (InvalidRequestException e) {
            model.addAttribute("badRows", e.errors().stream().map(BadRow::of).toList());
        } catch (RuntimeException e) {
            FormErrors errors = FormErrors.of(e, field -> false).orElseThrow(() -> e);
            model.addAttribute("refusals", errors.others());
        }
        return "console/imports";
    }

    @GetMapping("/console/imports/{id}/progress")
    @ResponseBody
    ResponseEntity<ImportProgressView> progress(@PathVariable String id) {
        return ResponseEntity.of(runs.progress(Actor.current().name(), id));
    }
}
