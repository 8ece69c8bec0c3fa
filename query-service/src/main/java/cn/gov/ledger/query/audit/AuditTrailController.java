package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.export.CsvDownload;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/audit/events: the raw event history, as JSON or CSV ({@code format=csv}, next page in the
 * {@value #NEXT_HEADER} header). GET /api/v1/audit/verify: recomputes the tamper-evidence chain.
 */
@RestController
class AuditTrailController {

    static final String NEXT_HEADER = "X-Next-Position";
    private static final int DEFAULT_LIMIT = 100;

    private final EventHistory history;
    private final ChainVerifier verifier;
    private final AuditProperties properties;

    AuditTrailController(EventHistory history, ChainVerifier verifier, AuditProperties properties) {
        this.history = history;
        this.verifier = verifier;
        this.properties = properties;
    }

    @GetMapping("/api/v1/audit/events")
    ResponseEntity<?> events(@RequestParam(required = false) String fromPosition,
                             @RequestParam(required = false) String limit,
                             @RequestParam(required = false) String format,
                             @RequestParam(required = false) String department,
                             @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String code,
                             @RequestParam(required = false) String entryId,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String type,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to) {
        List<FieldProblem> problems = new ArrayList<>();
        String wanted = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals("json") && !wanted.equals("csv")) {
            problems.add(new FieldProblem("format", "must be json or csv"));
        }
        long start = Paging.number("fromPosition", fromPosition, 0, 0, Long.MAX_VALUE, problems);
        int size = (int) Paging.number("limit", limit, DEFAULT_LIMIT, 1, properties.maxPageSize(), problems);
        EventFilter filter = null;
        try {
            filter = EventFilter.parse(department, unit, code, entryId, actor, type, from, to);
        } catch (BadRequestException e) {
            problems.addAll(e.errors());
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        EventPage page = history.page(filter, start, size);
        if (wanted.equals("csv")) {
            ResponseEntity.BodyBuilder csv = CsvDownload.response("账簿事件-自位置" + start + ".csv");
            if (page.next() != null) {
                csv.header(NEXT_HEADER, String.valueOf(page.next()));
            }
            return csv.body(HistoryCsv.write(page));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page);
    }

    @GetMapping("/api/v1/audit/verify")
    ChainReport verify(@RequestParam(required = false) String anchorPosition,
                       @RequestParam(required = false) String anchorHash) {
        return verifier.verify(ChainAnchor.parse(anchorPosition, anchorHash));
    }
}
