package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's view of one table: …/tables/{nn}/cells/{rowKey}/{columnKey} drills a cell down to its
 * entries and events (same asOf, knownAt, position and unit parameters as the table); …/tables/{nn}/diff
 * lists the cells that changed between two recording instants or event positions.
 */
@RestController
class CellController {

    private static final String TABLE = "/api/v1/departments/{department}/years/{year}/tables/{table}";
    private static final int DEFAULT_ENTRIES = 1000;
    private static final int DEFAULT_DIFF_ENTRIES = 100;

    private final CellDrillDown drillDown;
    private final TableDiff diff;
    private final AuditProperties properties;

    CellController(CellDrillDown drillDown, TableDiff diff, AuditProperties properties) {
        this.drillDown = drillDown;
        this.diff = diff;
        this.properties = properties;
    }

    @GetMapping(TABLE + "/cells/{rowKey}/{columnKey}")
    CellDrill cell(@PathVariable String department, @PathVariable int year, @PathVariable String table,
                   @PathVariable String rowKey, @PathVariable String columnKey,
                   @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                   @RequestParam(required = false) String position, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) String minPosition, @RequestParam(required = false) String side,
                   @RequestParam(required = false) String offset, @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        long skip = Paging.number("offset", offset, 0, 0, Long.MAX_VALUE, problems);
        int size = (int) Paging.number("limit", limit, DEFAULT_ENTRIES, 1, properties.maxPageSize(), problems);
        SliceRequest request = parse(department, year, unit, asOf, knownAt, position, minPosition, "", problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return drillDown.drill(request, table, side == null || side.isBlank() ? null : side.trim(), rowKey, columnKey,
                skip, size);
    }

    @GetMapping(TABLE + "/diff")
    TableChanges diff(@PathVariable String department, @PathVariable int year, @PathVariable String table,
                      @RequestParam(required = false) String fromKnownAt,
                      @RequestParam(required = false) String toKnownAt,
                      @RequestParam(required = false) String fromPosition,
                      @RequestParam(required = false) String toPosition,
                      @RequestParam(required = false) String asOf, @RequestParam(required = false) String unit,
                      @RequestParam(required = false) String minPosition,
                      @RequestParam(required = false) String limit) {
        List<FieldProblem> problems = new ArrayList<>();
        int size = (int) Paging.number("limit", limit, DEFAULT_DIFF_ENTRIES, 1, properties.maxPageSize(), problems);
        SliceRequest from = parse(department, year, unit, asOf, fromKnownAt, fromPosition, minPosition, "from",
                problems);
        SliceRequest to = parse(department, year, unit, asOf, toKnownAt, toPosition, minPosition, "to", problems);
        if (fromKnownAt == null && fromPosition == null) {
            problems.add(new FieldProblem("fromKnownAt", "give fromKnownAt or fromPosition to compare from"));
        }
        if (from != null && to != null) {
            if (to.knownAt() != null && (from.knownAt() == null || from.knownAt().isAfter(to.knownAt()))) {
                problems.add(new FieldProblem("fromKnownAt", "must be given, and not after toKnownAt, with toKnownAt"));
            }
            if (from.position() != null && to.position() != null && from.position() > to.position()) {
                problems.add(new FieldProblem("fromPosition", "must not be after toPosition"));
            }
        }
        if (!problems.isEmpty()) {
            // both ends share year, unit and asOf: a problem with those is listed once
            throw new BadRequestException(new ArrayList<>(new LinkedHashSet<>(problems)));
        }
        return diff.diff(from, to, table, size);
    }

    /**
     * The table parameters; for a diff end, knownAt and position are reported under their prefixed names
     * (fromKnownAt, toPosition). Returns null if they are malformed, having added the problems.
     */
    private static SliceRequest parse(String department, int year, String unit, String asOf, String knownAt,
                                      String position, String minPosition, String prefix,
                                      List<FieldProblem> problems) {
        List<FieldProblem> own = new ArrayList<>();
        SliceRequest request = SliceRequest.parse(department, year, unit, asOf, knownAt, position, minPosition, own);
        own.forEach(problem -> problems.add(new FieldProblem(prefixed(prefix, problem.field()), problem.message())));
        return request;
    }

    private static String prefixed(String prefix, String field) {
        boolean perEnd = field.equals("knownAt") || field.equals("position");
        return prefix.isEmpty() || !perEnd ? field
                : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
