package cn.gov.ledger.query.rebuild;

import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.api.code.Classification;
import cn.gov.ledger.api.organisation.DepartmentRegistered;
import cn.gov.ledger.query.support.LedgerEvents;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rebuild's bulk reading gives the handlers exactly what the storage engine gives the live processor: the
 * same messages, payloads, metadata, time stamps and tokens, a hole in the global index included.
 */
class EventPagesTest extends QueryServiceIntegrationTest {

    @Autowired
    private EventPages pages;
    @Autowired
    private EventStorageEngine engine;

    @Test
    void pagesReadTheStoreAsTheEngineDoes() throws Exception {
        LedgerEvents events = events();
        Classification line = basicLine("pages", "u1", 2024, "2010301");
        events.append("pages", new DepartmentRegistered("pages", "分页读取测试中心"));
        long hole = jdbc.queryForObject("SELECT nextval('domain_event_entry_seq')", Long.class); // never filled
        long afterHole = events.append(line.budgetLineId(),
                expenditure("pages-1", line, "30201", 1, LocalDate.of(2024, 3, 2)));
        // Recorded long ago, beyond the gap timeout: the engine forgets the gaps below it.
        events.append(line.budgetLineId(), expenditure("pages-2", line, "30201", 1_234_567, LocalDate.of(2024, 3, 1)),
                Instant.parse("2024-03-01T08:00:00.123456789Z"));

        List<TrackedEventMessage<?>> fromEngine;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            fromEngine = new ArrayList<>(stream.toList());
        }
        List<TrackedEventMessage<?>> fromPages = new ArrayList<>();
        GapAwareTrackingToken token = null;
        for (List<TrackedEventMessage<?>> page = pages.after(null, 2); !page.isEmpty(); page = pages.after(token, 2)) {
            fromPages.addAll(page);
            token = (GapAwareTrackingToken) page.get(page.size() - 1).trackingToken();
        }

        assertThat(fromPages).hasSameSizeAs(fromEngine).hasSizeGreaterThan(2);
        for (int i = 0; i < fromEngine.size(); i++) {
            TrackedEventMessage<?> expected = fromEngine.get(i);
            TrackedEventMessage<?> actual = fromPages.get(i);
            assertThat(actual.getClass()).isEqualTo(expected.getClass());
            assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(actual.trackingToken()).as(expected.getIdentifier()).isEqualTo(expected.trackingToken());
            assertThat(actual.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(actual.getPayloadType()).isEqualTo(expected.getPayloadType());
            assertThat(actual.getPayload()).isEqualTo(expected.getPayload());
            assertThat(actual.getMetaData()).isEqualTo(expected.getMetaData());
            if (expected instanceof DomainEventMessage<?> domain) {
                DomainEventMessage<?> read = (DomainEventMessage<?>) actual;
                assertThat(read.getType()).isEqualTo(domain.getType());
                assertThat(read.getAggregateIdentifier()).isEqualTo(domain.getAggregateIdentifier());
                assertThat(read.getSequenceNumber()).isEqualTo(domain.getSequenceNumber());
            }
        }
        assertThat(fromPages).filteredOn(event -> event.trackingToken().position().orElseThrow() == afterHole)
                .singleElement().satisfies(event -> assertThat(((GapAwareTrackingToken) event.trackingToken())
                        .getGaps()).as("the hole is a gap in the token").contains(hole));
        assertThat(((GapAwareTrackingToken) fromPages.get(fromPages.size() - 1).trackingToken()).getGaps())
                .as("an old event's token forgets the gaps, as the engine's does").isEmpty();
    }
}
