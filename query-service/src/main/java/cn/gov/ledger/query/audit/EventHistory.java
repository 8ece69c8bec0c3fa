package cn.gov.ledger.query.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Pages through the event store in global-index order, filtering as it reads. A page ends when it has
 * {@code limit} matches, when the store ends, or after {@code historyScanLimit} events, whichever is
 * first, so a filter that matches rarely still answers promptly and {@code next} carries on from there.
 */
@Service
class EventHistory {

    private static final int BATCH = 500;

    private final StoredEvents store;
    private final EventJson json;
    private final AuditProperties properties;

    EventHistory(StoredEvents store, EventJson json, AuditProperties properties) {
        this.store = store;
        this.json = json;
        this.properties = properties;
    }

    EventPage page(EventFilter filter, long fromPosition, int limit) {
        List<EventRecord> found = new ArrayList<>();
        long cursor = fromPosition - 1;
        int scanned = 0;
        boolean endOfStore = false;
        while (found.size() < limit && scanned < properties.historyScanLimit() && !endOfStore) {
            int wanted = Math.min(BATCH, properties.historyScanLimit() - scanned);
            List<StoredEvent> batch = store.after(cursor, wanted);
            endOfStore = batch.size() < wanted;
            for (StoredEvent event : batch) {
                cursor = event.position();
                scanned++;
                EventRecord record = EventRecord.of(event, json.read(event.payload()), json.read(event.metadata()));
                if (filter.matches(record)) {
                    found.add(record);
                    if (found.size() == limit) {
                        endOfStore = false;
                        break;
                    }
                }
            }
        }
        return new EventPage(fromPosition, limit, cursor, endOfStore ? null : cursor + 1, found);
    }
}
