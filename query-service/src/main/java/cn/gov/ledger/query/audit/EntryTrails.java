package cn.gov.ledger.query.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Tells each entry's story: the event that posted it, the reversals that undid it and, for a reversal,
 * the entry it undoes, with who, when, under which idempotency key and why. Three queries for a whole
 * page of entries, whatever its size.
 */
@Service
class EntryTrails {

    private final EntryFacts facts;
    private final StoredEvents store;
    private final EventJson json;

    EntryTrails(EntryFacts facts, StoredEvents store, EventJson json) {
        this.facts = facts;
        this.store = store;
        this.json = json;
    }

    /** The entries, in the order given; {@code scope} decides which related events the table counts. */
    List<AuditedEntry> entries(List<FactRow> rows, FactScope scope) {
        Set<String> entryIds = new LinkedHashSet<>();
        Set<String> reversed = new LinkedHashSet<>();
        rows.forEach(row -> {
            if (row.entryId() != null) {
                entryIds.add(row.entryId());
            }
            if (row.reversalOf() != null) {
                reversed.add(row.reversalOf());
            }
        });
        List<FactRow> related = facts.related(entryIds, reversed);
        Set<String> eventIds = new LinkedHashSet<>();
        rows.forEach(row -> eventIds.add(row.eventId()));
        related.forEach(row -> eventIds.add(row.eventId()));
        Map<String, StoredEvent> events = new HashMap<>();
        store.byIds(eventIds).forEach(event -> events.put(event.eventId(), event));

        List<AuditedEntry> entries = new ArrayList<>();
        for (FactRow row : rows) {
            List<EntryEvent> story = new ArrayList<>();
            story.add(event("posted", row, events, scope));
            for (FactRow other : related) {
                if (row.entryId() != null && row.entryId().equals(other.reversalOf())) {
                    story.add(event("reversed-by", other, events, scope));
                }
                if (row.reversalOf() != null && row.reversalOf().equals(other.entryId())) {
                    story.add(event("reverses", other, events, scope));
                }
            }
            entries.add(AuditedEntry.of(row, story));
        }
        return entries;
    }

    private EntryEvent event(String role, FactRow fact, Map<String, StoredEvent> events, FactScope scope) {
        StoredEvent event = events.get(fact.eventId());
        if (event == null) {
            return EntryEvent.missing(role, fact, scope.counts(fact));
        }
        return EntryEvent.of(role, fact, event, json.read(event.payload()), json.read(event.metadata()),
                scope.counts(fact));
    }
}
