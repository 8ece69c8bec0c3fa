package cn.gov.ledger.service.console;

import cn.gov.ledger.service.budget.BudgetPostings;
import cn.gov.ledger.service.expenditure.ExpenditurePostings;
import cn.gov.ledger.service.income.IncomePostings;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingRequest;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.time.Today;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The entry forms. Each rendered form carries its own idempotency key, so a double submit posts once; a
 * refused form comes back with the values typed and the messages next to their fields (the key stays: a
 * refusal rolled its claim back). A posted form redirects to a fresh one that keeps unit, year and source.
 */
@Controller
class EntryFormController {

    private static final String FORMS = "/console/{form:expenditures|income|appropriations|adjustments}";
    private static final List<String> KEPT = List.of("department", "unit", "fiscalYear", "source");

    private final ExpenditurePostings expenditures;
    private final IncomePostings income;
    private final BudgetPostings budget;
    private final Choices choices;
    private final Today today;

    EntryFormController(ExpenditurePostings expenditures, IncomePostings income, BudgetPostings budget,
                        Choices choices, Today today) {
        this.expenditures = expenditures;
        this.income = income;
        this.budget = budget;
        this.choices = choices;
        this.today = today;
    }

    @GetMapping("/console")
    String home() {
        return "redirect:/console/expenditures";
    }

    @GetMapping(FORMS)
    String form(@PathVariable String form, @RequestParam Map<String, String> params, Model model) {
        Map<String, String> values = new HashMap<>();
        KEPT.forEach(name -> values.put(name, blankToNull(params.get(name))));
        LocalDate today = this.today.date();
        values.putIfAbsent("fiscalYear", String.valueOf(today.getYear()));
        if (values.get("fiscalYear").equals(String.valueOf(today.getYear()))) {
            values.put("businessDate", today.toString());
        }
        return render(EntryForm.ofPath(form).orElseThrow(), values, "console-" + UUID.randomUUID(),
                FormErrors.none(), model);
    }

    @PostMapping(FORMS)
    String post(@PathVariable String form, @RequestParam Map<String, String> values, HttpServletRequest http,
                Model model, RedirectAttributes redirect) {
        EntryForm entryForm = EntryForm.ofPath(form).orElseThrow();
        String key = values.get("idempotencyKey");
        Outcome outcome;
        try {
            outcome = post(entryForm, request(values), blankToNull(key), Actor.current());
        } catch (RuntimeException e) {
            FormErrors errors = FormErrors.of(e, entryForm::has).orElseThrow(() -> e);
            return render(entryForm, values, key, errors, model);
        }
        redirect.addFlashAttribute("posted", outcome.body().path("entryId").asText());
        redirect.addFlashAttribute("position", outcome.body().path("position").asLong());
        redirect.addFlashAttribute("replayed", outcome.replayed());
        redirect.addFlashAttribute("postedKind", Labels.kind(entryForm.kind()));
        redirect.addFlashAttribute("postedAmount", values.get("amount"));
        redirect.addFlashAttribute("postedReference", values.getOrDefault("voucherNo", values.get("documentNo")));
        redirect.addFlashAttribute("postedDepartment", values.get("department"));
        redirect.addFlashAttribute("postedYear", values.get("fiscalYear"));
        UriComponentsBuilder next = UriComponentsBuilder.fromPath("/console/" + form);
        KEPT.forEach(name -> next.queryParam(name, values.getOrDefault(name, "")));
        return "redirect:" + next.encode().build().toUriString();
    }

    private Outcome post(EntryForm form, PostingRequest request, String key, Actor actor) {
        return switch (form.kind()) {
            case EXPENDITURE -> expenditures.record(request, key, actor);
            case INCOME -> income.record(request, key, actor);
            case APPROPRIATION -> budget.appropriate(request, key, actor);
            case ADJUSTMENT -> budget.adjust(request, key, actor);
        };
    }

    private String render(EntryForm form, Map<String, String> values, String key, FormErrors errors, Model model) {
        choices.addTo(model);
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("errors", errors);
        return "console/entry-form";
    }

    private static PostingRequest request(Map<String, String> v) {
        return new PostingRequest(blankToNull(v.get("department")), blankToNull(v.get("unit")),
                blankToNull(v.get("fiscalYear")), blankToNull(v.get("functionalCode")), blankToNull(v.get("source")),
                blankToNull(v.get("expenditureType")), blankToNull(v.get("project")),
                blankToNull(v.get("economicCode")), blankToNull(v.get("amount")), blankToNull(v.get("businessDate")),
                blankToNull(v.get("documentNo")), blankToNull(v.get("voucherNo")), blankToNull(v.get("payee")),
                blankToNull(v.get("memo")), blankToNull(v.get("reason")), blankToNull(v.get("contractNo")));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
