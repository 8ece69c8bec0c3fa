package cn.gov.ledger.service.period;

import cn.gov.ledger.api.code.Money;
import cn.gov.ledger.api.organisation.CloseYearCommand;
import cn.gov.ledger.service.organisation.UnitDirectory;
import cn.gov.ledger.service.support.Actor;
import cn.gov.ledger.service.posting.Outcome;
import cn.gov.ledger.service.posting.PostingService;
import cn.gov.ledger.service.posting.YearGuard;
import cn.gov.ledger.service.problem.Rejection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** 年终结账: closes a unit's year; its balances become the next year's 年初结转和结余. */
@RestController
class CloseYearController {

    private final PostingService postings;
    private final YearGuard years;
    private final UnitDirectory units;
    private final BalanceCalculator balances;

    CloseYearController(PostingService postings, YearGuard years, UnitDirectory units, BalanceCalculator balances) {
        this.postings = postings;
        this.years = years;
        this.units = units;
        this.balances = balances;
    }

    @PostMapping("/api/v1/departments/{department}/units/{unit}/years/{year}/close")
    ResponseEntity<JsonNode> close(@PathVariable String department, @PathVariable String unit,
                                   @PathVariable int year,
                                   @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Map<String, Object> request = new TreeMap<>(Map.of("department", department, "unit", unit, "year", year));
        return postings.execute("CLOSE", key, request, () -> {
            if (!units.unitExists(department, unit)) {
                throw Rejection.notFound("unknown-unit", "单位不存在 Unknown unit",
                        "unit " + unit + " is not registered in department " + department);
            }
            years.lockForClose(department, unit);
            if (years.isClosed(department, unit, year)) {
                throw Rejection.conflict("year-closed", "年度已结账 Year closed",
                        "fiscal year " + year + " of unit " + unit + " is already closed");
            }
            postings.dispatch(new CloseYearCommand(department, unit, year), department, Actor.current(), key);
            return answer(department, unit, year);
        }).toResponse();
    }

    private Outcome answer(String department, String unit, int year) {
        ObjectNode body = postings.json().createObjectNode().put("department", department).put("unit", unit)
                .put("fiscalYear", year).put("carriedTo", year + 1);
        ArrayNode carried = body.putArray("balances");
        balances.of(department, unit, year).forEach(b -> carried.addObject().put("source", b.source().name())
                .put("functionalCode", b.functionalCode().value()).put("amount", Money.toYuan(b.amountFen())));
        return new Outcome(200, body, false);
    }
}
