package cn.gov.ledger.query.console;

import cn.gov.ledger.query.projection.ReferenceData;
import cn.gov.ledger.query.tables.TableService;
import cn.gov.ledger.query.tables.TableView;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import cn.gov.ledger.time.Today;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The table picker and the table: department, year, table 01–09, and the point in time (asOf, knownAt,
 * position) and unit, as the JSON endpoint takes them. Each figure links to its drill-down at the position
 * the table was served at.
 */
@Controller
class TablePageController {

    private final TableService tables;
    private final ReferenceData reference;
    private final Today today;

    TablePageController(TableService tables, ReferenceData reference, Today today) {
        this.tables = tables;
        this.reference = reference;
        this.today = today;
    }

    @GetMapping("/console")
    String home() {
        return "redirect:/console/tables";
    }

    @GetMapping("/console/tables")
    String table(@RequestParam Map<String, String> params, Model model) {
        List<Map<String, Object>> departments = reference.departments();
        String table = Labels.TABLES.containsKey(params.get("table")) ? params.get("table") : "05";
        Slice slice = Slice.of(params, table, today.year());
        if (slice.department() == null && departments.size() == 1) {
            slice = Slice.of(Map.of("department", (String) departments.get(0).get("code")), table, today.year());
        }
        model.addAttribute("departments", departments);
        model.addAttribute("units", reference.units());
        model.addAttribute("tableTitles", Labels.TABLES);
        model.addAttribute("sides", Labels.SIDES);
        model.addAttribute("slice", slice);
        if (slice.department() != null) {
            try {
                TableView view = tables.table(slice.request(), table);
                Slice shown = slice;
                model.addAttribute("view", view);
                model.addAttribute("grid", TableGrid.of(view, (row, column) -> shown.pinned("/console/tables/" + table
                        + "/cells/" + row.key() + "/" + column, view.position(), view.asOf())
                        .queryParamIfPresent("side", Optional.ofNullable(row.side()))
                        .encode().build().toUriString()));
                model.addAttribute("printUrl", shown.pinned("/api/v1/departments/" + slice.department() + "/years/"
                        + view.fiscalYear() + "/tables/" + table, view.position(), view.asOf())
                        .queryParam("format", "html").encode().build().toUriString());
            } catch (BadRequestException e) {
                model.addAttribute("problems", e.errors().stream().map(p -> p.field() + "：" + p.message()).toList());
            } catch (ProblemException e) {
                model.addAttribute("problems", List.of(e.getMessage()));
            }
        }
        return "console/table";
    }
}
