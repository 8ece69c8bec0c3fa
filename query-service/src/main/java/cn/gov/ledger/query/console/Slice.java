package cn.gov.ledger.query.console;

import cn.gov.ledger.query.slice.SliceParameters;
import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The table a page shows, as the picker's text fields give it (blank = default): department, year, unit,
 * asOf, knownAt, position and minPosition, the same parameters as the JSON table endpoint.
 */
record Slice(String department, String year, String table, String unit, String asOf, String knownAt,
             String position, String minPosition) {

    /** @param thisYear the year a page shows when none is asked for (this year in the office's zone) */
    static Slice of(Map<String, String> params, String table, int thisYear) {
        String year = text(params, "year");
        return new Slice(text(params, "department"), year == null ? String.valueOf(thisYear) : year, table,
                text(params, "unit"),
                text(params, "asOf"), text(params, "knownAt"), text(params, "position"), text(params, "minPosition"));
    }

    /** The year asked for; a malformed one is a field problem like any other. */
    int fiscalYear() {
        if (!year.matches("\\d{4}")) {
            throw BadRequestException.of("year", "must be a four-digit fiscal year");
        }
        return Integer.parseInt(year);
    }

    SliceRequest request() {
        return new SliceParameters(asOf, knownAt, position, unit, minPosition).request(department, fiscalYear());
    }

    /** The query string of this slice pinned to what a served table showed, so a drill-down sums the same facts. */
    UriComponentsBuilder pinned(String path, long position, LocalDate asOf) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("department", department)
                .queryParam("year", fiscalYear()).queryParam("asOf", asOf).queryParam("position", position);
        if (unit != null) {
            uri.queryParam("unit", unit);
        }
        if (knownAt != null) {
            uri.queryParam("knownAt", knownAt);
        }
        return uri;
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
