package cn.gov.ledger.query.console;

import cn.gov.ledger.query.execution.ExecutionQuery;
import cn.gov.ledger.query.execution.ExecutionParameters;
import cn.gov.ledger.query.web.BadRequestException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the 执行进度 picker asks for, as its text fields give it (blank = default). {@code auditor}: whether the
 * signed-in user may pin a recording instant or position (links then pin the position the page was served at).
 */
record ExecutionPick(String department, String year, String unit, String asOf, String knownAt, String position,
                     String threshold, String by, String sort, String minPosition, boolean auditor) {

    static ExecutionPick of(Map<String, String> params, List<Map<String, Object>> departments, boolean auditor) {
        String department = text(params, "department");
        if (department == null && departments.size() == 1) {
            department = (String) departments.get(0).get("code");
        }
        return new ExecutionPick(department, text(params, "year"), text(params, "unit"), text(params, "asOf"),
                text(params, "knownAt"), text(params, "position"), text(params, "threshold"), text(params, "by"),
                text(params, "sort"), text(params, "minPosition"), auditor);
    }

    int fiscalYear(LocalDate today) {
        if (year == null) {
            return today.getYear();
        }
        if (!year.matches("\\d{4}")) {
            throw BadRequestException.of("year", "must be a four-digit fiscal year");
        }
        return Integer.parseInt(year);
    }

    ExecutionQuery query(LocalDate today) {
        return ExecutionQuery.parse(department, fiscalYear(today), new ExecutionParameters(asOf, knownAt, position,
                unit, minPosition, by, threshold, "json"), today);
    }

    public boolean sortByGap() {
        return "gap".equals(sort);
    }

    public boolean byLine() {
        return "line".equals(by);
    }

    /** This pick's query string on {@code path}, as the picker would submit it. */
    UriComponentsBuilder url(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        add(uri, "department", department);
        add(uri, "year", year);
        add(uri, "unit", unit);
        add(uri, "asOf", asOf);
        add(uri, "knownAt", knownAt);
        add(uri, "position", position);
        add(uri, "threshold", threshold);
        add(uri, "by", by);
        add(uri, "sort", sort);
        add(uri, "minPosition", minPosition);
        return uri;
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
