package cn.gov.ledger.query.audit;

import cn.gov.ledger.query.export.CsvDownload;
import java.util.List;

/** The history as CSV, one event a line; the payload is its JSON text in one field. */
final class HistoryCsv {

    private static final List<String> HEADER = List.of("position", "eventId", "type", "aggregateId", "sequence",
            "recordedAt", "actor", "commandId", "idempotencyKey", "payload");

    private HistoryCsv() {
    }

    static byte[] write(EventPage page) {
        List<List<String>> rows = page.events().stream().map(event -> List.of(String.valueOf(event.position()),
                event.eventId(), event.type(), event.aggregateId(), String.valueOf(event.sequence()),
                event.recordedAt(), nullable(event.actor()), nullable(event.commandId()),
                nullable(event.idempotencyKey()), event.payload().toString())).toList();
        return CsvDownload.bytes(HEADER, rows);
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }
}
