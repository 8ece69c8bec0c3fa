package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.web.Csv;
import java.util.List;

/** The history as CSV, one event a line; the payload is its JSON text in one field. */
final class HistoryCsv {

    private static final List<String> HEADER = List.of("position", "eventId", "type", "aggregateId", "sequence",
            "recordedAt", "actor", "commandId", "idempotencyKey", "payload");

    private HistoryCsv() {
    }

    static String write(EventPage page) {
        StringBuilder csv = new StringBuilder(Csv.line(HEADER)).append("\r\n");
        for (EventRecord event : page.events()) {
            csv.append(Csv.line(List.of(String.valueOf(event.position()), event.eventId(), event.type(),
                    event.aggregateId(), String.valueOf(event.sequence()), event.recordedAt(), nullable(event.actor()),
                    nullable(event.commandId()), nullable(event.idempotencyKey()), event.payload().toString())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
