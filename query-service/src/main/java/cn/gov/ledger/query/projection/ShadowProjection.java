package cn.gov.ledger.query.projection;

import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projection writing into another schema: a rebuild's next generation. It runs the live processor's
 * own handler classes, so the mapping from events to rows exists once; only the sinks differ. Facts are
 * collected and copied in bulk on {@link #flush()}, reference rows and records are written as they come.
 */
public final class ShadowProjection {

    private final FactCopy facts;
    private final List<AnnotationEventHandlerAdapter> handlers;

    public ShadowProjection(JdbcTemplate jdbc, String schema) {
        this.facts = new FactCopy(jdbc, schema);
        this.handlers = handlers(facts, new ReferenceWriter(jdbc, schema), new RecordWriter(jdbc, schema)).stream()
                .map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** Every handler of the processing group, each bound to the given sinks; a test holds this to the live beans. */
    static List<Object> handlers(FactSink facts, ReferenceWriter reference, RecordWriter records) {
        return List.of(new EntryFactsProjection(facts), new OpeningBalanceProjection(facts, reference),
                new ReferenceProjection(reference), new RecordsProjection(records));
    }

    /** Handles one event as the live processor would; it carries its tracking token, as the live one does. */
    public void project(TrackedEventMessage<?> event) throws Exception {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            handler.handle(event);
        }
    }

    /** Facts collected and not yet written. */
    public int pending() {
        return facts.pending();
    }

    /** Writes the collected facts; returns how many. */
    public int flush() {
        return facts.flush();
    }
}
