package cn.gov.ledger.query.console;

import cn.gov.ledger.query.audit.CellDrill;
import cn.gov.ledger.query.audit.CellDrillDown;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.ProblemException;
import cn.gov.ledger.time.Today;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One figure of a table and what makes it up: the cell's formula, its entries (voucher, payee, amounts, what
 * each adds to the cell) and each entry's events (who, when, under which idempotency key, why), a page of
 * entries at a time. The same drill-down as {@code GET …/tables/{nn}/cells/{rowKey}/{columnKey}}.
 */
@Controller
class CellPageController {

    private static final int PAGE = 200;

    private final CellDrillDown drillDown;
    private final Today today;

    CellPageController(CellDrillDown drillDown, Today today) {
        this.drillDown = drillDown;
        this.today = today;
    }

    @GetMapping("/console/tables/{table}/cells/{rowKey}/{columnKey}")
    String cell(@PathVariable String table, @PathVariable String rowKey, @PathVariable String columnKey,
                @RequestParam Map<String, String> params, Model model) {
        Slice slice = Slice.of(params, table, today.year());
        model.addAttribute("slice", slice);
        model.addAttribute("kinds", Labels.KINDS);
        model.addAttribute("roles", Labels.ROLES);
        model.addAttribute("events", Labels.EVENTS);
        model.addAttribute("sources", Labels.SOURCES);
        model.addAttribute("types", Labels.TYPES);
        model.addAttribute("sides", Labels.SIDES);
        try {
            String offsetText = params.getOrDefault("offset", "0");
            long offset = offsetText.matches("\\d{1,12}") ? Long.parseLong(offsetText) : 0;
            String side = params.get("side") == null || params.get("side").isBlank() ? null : params.get("side");
            CellDrill drill = drillDown.drill(slice.request(), table, side, rowKey, columnKey, offset, PAGE);
            model.addAttribute("drill", drill);
            model.addAttribute("tableUrl", slice.pinned("/console/tables", drill.position(), drill.asOf())
                    .queryParam("table", table).encode().build().toUriString());
            if (drill.nextOffset() != null) {
                model.addAttribute("nextUrl", UriComponentsBuilder.fromPath("/console/tables/{t}/cells/{r}/{c}")
                        .queryParams(pinnedParams(slice, drill)).queryParam("offset", drill.nextOffset())
                        .encode().buildAndExpand(table, rowKey, columnKey).toUriString());
            }
        } catch (BadRequestException e) {
            model.addAttribute("problems", e.errors().stream().map(p -> p.field() + "：" + p.message()).toList());
        } catch (ProblemException e) {
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "console/cell";
    }

    private static MultiValueMap<String, String> pinnedParams(Slice slice, CellDrill drill) {
        UriComponentsBuilder pinned = slice.pinned("/", drill.position(), drill.asOf());
        if (drill.side() != null) {
            pinned.queryParam("side", drill.side());
        }
        return pinned.build().getQueryParams();
    }
}
