package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.slice.SliceRequest;
import cn.gov.ledger.query.web.BadRequestException;
import cn.gov.ledger.query.web.BadRequestException.FieldProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which events of the history to show; every criterion given must hold. Classification criteria look
 * where the events keep them: on the payload itself (departments, units, year closes), on a budget
 * line ({@code line}) or on an entry's {@code classification}.
 *
 * @param code  a functional or economic code or a prefix of one ("201" matches 2010301 and 20101)
 * @param from  recorded at or after, inclusive
 * @param to    recorded at or before, inclusive, as a table's {@code knownAt}
 */
record EventFilter(String department, String unit, String code, String entryId, String actor, String type,
                   Instant from, Instant to) {

    static EventFilter parse(String department, String unit, String code, String entryId, String actor, String type,
                             String from, String to) {
        List<FieldProblem> errors = new ArrayList<>();
        if (code != null && !code.trim().matches("\\d{1,7}")) {
            errors.add(new FieldProblem("code", "must be a functional or economic code, or its first digits"));
        }
        Instant since = SliceRequest.instant("from", from, errors);
        Instant until = SliceRequest.instant("to", to, errors);
        if (since != null && until != null && since.isAfter(until)) {
            errors.add(new FieldProblem("from", "must not be after to"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return new EventFilter(trim(department), trim(unit), trim(code), trim(entryId), trim(actor), trim(type),
                since, until);
    }

    boolean matches(EventRecord event) {
        JsonNode payload = event.payload();
        List<JsonNode> coded = Stream.of(payload, payload.path("line"), payload.path("classification"))
                .filter(JsonNode::isObject).toList();
        Instant recorded = from == null && to == null ? null : StoredEvent.instant(event.recordedAt());
        return (department == null
                        || coded.stream().anyMatch(node -> department.equals(EventJson.text(node, "department"))))
                && (unit == null || coded.stream().anyMatch(node -> unit.equals(EventJson.text(node, "unit"))))
                && (code == null || codes(coded, payload).anyMatch(value -> value != null && value.startsWith(code)))
                && (entryId == null || entryId.equals(EventJson.text(payload, "entryId"))
                        || entryId.equals(EventJson.text(payload, "reversedEntryId")))
                && (actor == null || actor.equals(event.actor()))
                && (type == null || type.equals(event.type()) || type.equals(event.payloadType()))
                && (from == null || recorded != null && !recorded.isBefore(from))
                && (to == null || recorded != null && !recorded.isAfter(to));
    }

    /** Functional and economic codes of the classification, and of every balance a year close carries. */
    private static Stream<String> codes(List<JsonNode> coded, JsonNode payload) {
        List<JsonNode> nodes = new ArrayList<>(coded);
        payload.path("balances").forEach(nodes::add);
        return nodes.stream().flatMap(node -> Stream.of(EventJson.text(node, "functionalCode"),
                EventJson.text(node, "economicCode")));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
