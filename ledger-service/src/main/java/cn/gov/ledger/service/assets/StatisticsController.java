package cn.gov.ledger.service.assets;

import cn.gov.ledger.api.assets.RecordStatisticCommand;
import cn.gov.ledger.api.assets.StatisticKind;
import cn.gov.ledger.service.posting.Fields;
import cn.gov.ledger.service.posting.KnownUnits;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.Receipts;
import cn.gov.ledger.service.problem.FieldError;
import cn.gov.ledger.service.problem.InvalidRequestException;
import cn.gov.ledger.service.support.Actor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Recording a department's counts (vehicles, equipment, delegations, receptions): 201, 404, 422. */
@RestController
class StatisticsController {

    private static final List<String> KINDS = Arrays.stream(StatisticKind.values()).map(StatisticKind::code).toList();

    private final PostingService postings;
    private final Receipts receipts;
    private final KnownUnits units;

    StatisticsController(PostingService postings, Receipts receipts, KnownUnits units) {
        this.postings = postings;
        this.receipts = receipts;
        this.units = units;
    }

    @PostMapping("/api/v1/departments/{department}/statistics")
    ResponseEntity<JsonNode> record(@PathVariable String department, @RequestBody StatisticRequest request,
                                    @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return postings.execute("STATISTIC", key, List.of(department, request), () -> {
            units.requireDepartment(department);
            RecordStatisticCommand command = validate(department, request);
            postings.dispatch(command, command.registerId(), Actor.current(), key);
            return receipts.created(command.registerId(), "statisticId", command.statisticId(),
                    "department", department, "kind", command.kind().code(), "asOf", command.asOf().toString());
        }).toResponse();
    }

    private static RecordStatisticCommand validate(String department, StatisticRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Fields f = new Fields(errors);
        LocalDate asOf = f.date("asOf", r.asOf());
        String code = f.required("kind", r.kind(), 64);
        StatisticKind kind = code == null ? null
                : StatisticKind.ofCode(code).orElseGet(() -> f.error("kind", "must be one of " + KINDS));
        Long value = f.count("value", r.value());
        String note = f.optional("note", r.note(), 500);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new RecordStatisticCommand(DepartmentStatistics.idOf(department), UUID.randomUUID().toString(),
                department, kind, asOf, value, note);
    }
}
