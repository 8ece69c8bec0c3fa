package cn.gov.ledger.service.console;

import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.imports.Imports;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of an import file (the API's CSV): all or nothing, as through the API. A refused file lists every
 * bad row with its line, field and message; an accepted one shows its counts.
 */
@Controller
class ImportPageController {

    /** A bad row as the page lists it: the line, the field in the office's words and the API's message. */
    record BadRow(Long line, String field, String label, String message) {

        static BadRow of(FieldError error) {
            return new BadRow(error.line(), error.field(), Labels.field(error.field()), error.message());
        }
    }

    private final Imports imports;

    ImportPageController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/console/imports")
    String page(Model model) {
        model.addAttribute("idempotencyKey", "console-import-" + UUID.randomUUID());
        return "console/imports";
    }

    @PostMapping("/console/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam String idempotencyKey,
                  HttpServletRequest http, Model model) throws IOException {
        model.addAttribute("idempotencyKey", idempotencyKey);
        if (file == null || file.isEmpty()) {
            model.addAttribute("badRows", List.of(new BadRow(null, "file", Labels.field("file"), "请选择要导入的文件")));
            return "console/imports";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        try (InputStream in = file.getInputStream()) {
            var outcome = imports.importCsv(in, idempotencyKey, Actor.current());
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
}
