package cn.gov.ledger.query.checks;

import cn.gov.ledger.query.slice.SliceParameters;
import cn.gov.ledger.query.web.BadRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET …/checks runs the identities over the tables the ledger would serve; POST /api/v1/checks runs them
 * over published figures: {@code {"tables": {"01": …, "05": …}}}, a single table in the table JSON
 * shape, or one table as CSV (with {@code ?table=nn}).
 */
@RestController
class ChecksController {

    private final ConsistencyChecks checks;

    ChecksController(ConsistencyChecks checks) {
        this.checks = checks;
    }

    @GetMapping("/api/v1/departments/{department}/years/{year}/checks")
    CheckReport ledger(@PathVariable String department, @PathVariable int year,
                       @ParameterObject SliceParameters at) {
        return checks.ledger(at.request(department, year));
    }

    @PostMapping(value = "/api/v1/checks", consumes = "application/json")
    CheckReport publishedJson(@RequestBody JsonNode body, @RequestParam(required = false) String table) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        if (body.has("tables") && body.get("tables").isObject()) {
            body.get("tables").fields().forEachRemaining(entry -> {
                JsonNode value = entry.getValue();
                JsonNode rows = value.isArray() ? value : value.get("rows");
                figures.put(tableNumber(entry.getKey(), "tables"), FigureReader.fromJson(entry.getKey(), rows,
                        "tables." + entry.getKey() + (value.isArray() ? "" : ".rows")));
            });
        } else {
            String number = tableNumber(body.hasNonNull("table") ? body.get("table").asText() : table, "table");
            figures.put(number, FigureReader.fromJson(number, body.isArray() ? body : body.get("rows"), "rows"));
        }
        if (figures.isEmpty()) {
            throw BadRequestException.of("tables", "must hold at least one table");
        }
        return checks.published(body.path("department").asText(null),
                body.hasNonNull("fiscalYear") ? body.get("fiscalYear").asInt() : null, figures);
    }

    @PostMapping(value = "/api/v1/checks", consumes = "text/csv")
    CheckReport publishedCsv(@RequestBody byte[] body, @RequestParam(required = false) String table) {
        String number = tableNumber(table, "table");
        return checks.published(null, null,
                Map.of(number, FigureReader.fromCsv(number, new String(body, StandardCharsets.UTF_8))));
    }

    private static String tableNumber(String number, String field) {
        if (number == null || !number.matches("0[1-9]")) {
            throw BadRequestException.of(field, "must name a table 01 to 09");
        }
        return number;
    }
}
