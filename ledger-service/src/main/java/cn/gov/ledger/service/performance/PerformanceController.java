package cn.gov.ledger.service.performance;

import cn.gov.ledger.api.performance.RecordPerformanceAnalysisCommand;
import cn.gov.ledger.api.performance.RecordPerformanceIndicatorCommand;
import cn.gov.ledger.service.posting.KnownUnits;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.Receipts;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Recording self-evaluation indicator rows and analyses of a department's year: 201, 404, 422. */
@RestController
class PerformanceController {

    private static final String BASE = "/api/v1/departments/{department}/years/{year}/performance";

    private final PostingService postings;
    private final Receipts receipts;
    private final KnownUnits units;
    private final EvaluationRequests requests;

    PerformanceController(PostingService postings, Receipts receipts, KnownUnits units,
                          EvaluationRequests requests) {
        this.postings = postings;
        this.receipts = receipts;
        this.units = units;
        this.requests = requests;
    }

    @PostMapping(BASE + "/indicators")
    ResponseEntity<JsonNode> indicator(@PathVariable String department, @PathVariable String year,
                                       @RequestBody IndicatorRequest request,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("PERFORMANCE_INDICATOR", key, List.of(department, year, request), () -> {
            units.requireDepartment(department);
            RecordPerformanceIndicatorCommand command = requests.indicator(department, year, request);
            postings.dispatch(command, command.evaluationId(), Actor.current(), key);
            return receipts.created(command.evaluationId(), "indicatorId", command.indicatorId(),
                    "evaluationId", command.evaluationId());
        }).toResponse();
    }

    @PostMapping(BASE + "/analyses")
    ResponseEntity<JsonNode> analysis(@PathVariable String department, @PathVariable String year,
                                      @RequestBody AnalysisRequest request,
                                      @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("PERFORMANCE_ANALYSIS", key, List.of(department, year, request), () -> {
            units.requireDepartment(department);
            RecordPerformanceAnalysisCommand command = requests.analysis(department, year, request);
            postings.dispatch(command, command.evaluationId(), Actor.current(), key);
            return receipts.created(command.evaluationId(), "analysisId", command.analysisId(),
                    "evaluationId", command.evaluationId());
        }).toResponse();
    }
}
