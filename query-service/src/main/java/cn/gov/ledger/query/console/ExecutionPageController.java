package cn.gov.ledger.query.console;

import cn.gov.ledger.query.execution.ExecutionEntries;
import cn.gov.ledger.query.execution.ExecutionQuery;
import cn.gov.ledger.query.execution.ExecutionRow;
import cn.gov.ledger.query.execution.ExecutionService;
import cn.gov.ledger.query.execution.ExecutionView;
import cn.gov.ledger.query.execution.Grouping;
import cn.gov.ledger.query.execution.MonthlyView;
import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import cn.gov.ledger.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 执行进度: each row's rate as a bar against a marker at time progress, lagging rows highlighted, sortable by
 * gap; the monthly curve as a chart; each amount a link to its entries and events; the workbook for download.
 */
@Controller
class ExecutionPageController {

    private static final int PAGE = 200;

    private final ExecutionService execution;
    private final ReferenceData reference;

    ExecutionPageController(ExecutionService execution, ReferenceData reference) {
        this.execution = execution;
        this.reference = reference;
    }

    @GetMapping("/console/execution")
    String page(@RequestParam Map<String, String> params, HttpServletRequest http, Model model) {
        List<Map<String, Object>> departments = reference.departments();
        ExecutionPick pick = ExecutionPick.of(params, departments, auditor(http));
        model.addAttribute("departments", departments);
        model.addAttribute("units", reference.units());
        model.addAttribute("pick", pick);
        model.addAttribute("types", Labels.TYPES);
        model.addAttribute("fmt", new Grouping());
        if (pick.department() == null) {
            return "console/execution";
        }
        try {
            ExecutionQuery query = pick.query(today());
            ExecutionView view = execution.execution(query);
            MonthlyView monthly = execution.monthly(query);
            List<ExecutionRow> rows = view.rows();
            if (pick.sortByGap()) {
                rows = rows.stream().sorted(Comparator.comparing((ExecutionRow row) -> !row.total())
                        .thenComparing(ExecutionRow::gap,
                                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            }
            model.addAttribute("view", view);
            model.addAttribute("rows", rows);
            model.addAttribute("chart", ExecutionChart.of(monthly));
            model.addAttribute("monthly", monthly);
            model.addAttribute("links", new ExecutionLinks(pick, view));
        } catch (BadRequestException e) {
            model.addAttribute("problems", e.errors().stream().map(p -> p.field() + "：" + p.message()).toList());
        } catch (ProblemException e) {
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "console/execution";
    }

    @GetMapping("/console/execution/entries")
    String entries(@RequestParam Map<String, String> params, HttpServletRequest http, Model model) {
        ExecutionPick pick = ExecutionPick.of(params, List.of(), auditor(http));
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("roles", Labels.ROLES);
        model.addAttribute("events", Labels.EVENTS);
        model.addAttribute("types", Labels.TYPES);
        model.addAttribute("fmt", new Grouping());
        try {
            String offsetText = params.getOrDefault("offset", "0");
            long offset = offsetText.matches("\\d{1,12}") ? Long.parseLong(offsetText) : 0;
            ExecutionEntries found = execution.entries(pick.query(today()), params.get("row"), params.get("figure"),
                    offset, PAGE);
            model.addAttribute("found", found);
            model.addAttribute("name", params.getOrDefault("name", found.rowKey()));
            model.addAttribute("backUrl", pick.url("/console/execution").encode().build().toUriString());
            if (found.list().nextOffset() != null) {
                model.addAttribute("nextUrl", pick.url("/console/execution/entries").queryParam("row", found.rowKey())
                        .queryParam("figure", found.figure()).queryParam("name", params.get("name"))
                        .queryParam("offset", found.list().nextOffset()).encode().build().toUriString());
            }
        } catch (BadRequestException e) {
            model.addAttribute("problems", e.errors().stream().map(p -> p.field() + "：" + p.message()).toList());
        } catch (ProblemException e) {
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "console/execution-entries";
    }

    private static boolean auditor(HttpServletRequest http) {
        return http.isUserInRole(Roles.AUDITOR);
    }

    private static LocalDate today() {
        return LocalDate.now(ExecutionQuery.BEIJING);
    }
}
