package cn.gov.ledger.service.console;

import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.api.code.EntryKind;
import cn.gov.ledger.service.entry.EntryFilter;
import cn.gov.ledger.service.entry.EntryLine;
import cn.gov.ledger.service.entry.EntrySearch;
import cn.gov.ledger.service.entry.ReversalRequest;
import cn.gov.ledger.service.entry.Reversals;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Recent entries with filters, a page at a time (filters kept), and the reversal (冲销) of one with a reason. */
@Controller
class EntryListController {

    private static final int PAGE = 50;

    private final EntrySearch search;
    private final Reversals reversals;
    private final Choices choices;

    EntryListController(EntrySearch search, Reversals reversals, Choices choices) {
        this.search = search;
        this.reversals = reversals;
        this.choices = choices;
    }

    @GetMapping("/console/entries")
    String entries(@RequestParam Map<String, String> params, Model model) {
        EntryFilter filter = new EntryFilter(text(params, "department"), text(params, "unit"),
                number(params.get("fiscalYear")), kind(params.get("kind")), text(params, "code"),
                date(params.get("from")), date(params.get("to")), text(params, "text"));
        Long before = position(params.get("before"));
        // one row more than a page tells whether an older page exists
        List<EntryLine> found = search.recent(filter, before, PAGE + 1);
        List<EntryLine> page = found.subList(0, Math.min(PAGE, found.size()));
        choices.addTo(model);
        model.addAttribute("filter", params);
        model.addAttribute("entries", page);
        model.addAttribute("page", PAGE);
        model.addAttribute("kindLabels", Labels.kinds());
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        params.forEach(kept::add);
        model.addAttribute("back", query(kept));
        kept.remove("before");
        model.addAttribute("newest", before == null ? null : query(kept));
        if (found.size() > PAGE) {
            kept.set("before", String.valueOf(page.get(page.size() - 1).position()));
            model.addAttribute("older", query(kept));
        }
        model.addAttribute("reversalKey", "console-reversal-" + UUID.randomUUID());
        return "console/entries";
    }

    private static String query(MultiValueMap<String, String> params) {
        String query = UriComponentsBuilder.newInstance().queryParams(params).encode().build().getQuery();
        return query == null ? "" : query;
    }

    @PostMapping("/console/entries/{entryId}/reversal")
    String reverse(@PathVariable String entryId, @RequestParam(required = false) String reason,
                   @RequestParam String idempotencyKey, @RequestParam(defaultValue = "") String back,
                   HttpServletRequest http, RedirectAttributes redirect) {
        try {
            var outcome = reversals.reverse(entryId, new ReversalRequest(reason, null), idempotencyKey + "-" + entryId,
                    Actor.current());
            redirect.addFlashAttribute("reversed", entryId);
            redirect.addFlashAttribute("reversal", outcome.body().path("entryId").asText());
            redirect.addFlashAttribute("replayed", outcome.replayed());
        } catch (RuntimeException e) {
            FormErrors errors = FormErrors.of(e, field -> false).orElseThrow(() -> e);
            redirect.addFlashAttribute("refusals", errors.others());
            redirect.addFlashAttribute("refusedEntry", entryId);
        }
        // only a query string of the list goes back into the redirect, never a location of the client's choosing
        return "redirect:/console/entries" + (back.matches("[\\w%=&.+\\-]*") && !back.isEmpty() ? "?" + back : "");
    }

    private static String text(Map<String, String> params, String name) {
        return EntryFormController.blankToNull(params.get(name));
    }

    private static Integer number(String value) {
        String text = EntryFormController.blankToNull(value);
        return text != null && text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }

    private static Long position(String value) {
        String text = EntryFormController.blankToNull(value);
        return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }

    private static EntryKind kind(String value) {
        String text = EntryFormController.blankToNull(value);
        try {
            return text == null ? null : EntryKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        String text = EntryFormController.blankToNull(value);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
