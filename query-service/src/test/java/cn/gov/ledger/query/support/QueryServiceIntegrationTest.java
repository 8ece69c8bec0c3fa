package cn.gov.ledger.query.support;

import cn.gov.ledger.query.progress.ProjectionProgress;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The query service against a real PostgreSQL holding the write side's event store. All integration
 * test classes share one database and one application context (starting Axon and its processor is
 * the slow part), so each class posts to departments of its own. Metrics export is on, as in production,
 * so /actuator/prometheus can be tested.
 */
@SpringBootTest(properties = "ledger.query.projection.wait-timeout=5s")
@AutoConfigureMockMvc
@AutoConfigureObservability
@EnabledIf("cn.gov.ledger.testsupport.TestDatabase#available")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class QueryServiceIntegrationTest {

    private static final Supplier<String> DATABASE = EventStoreDatabase.once("query");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::get);
        // Spring caches every distinct test context with its pool: keep idle pools small, or a whole
        // suite's cached contexts fill the server's connection slots.
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ProjectionProgress progress;

    protected LedgerEvents events() {
        return new LedgerEvents(eventStore, jdbc);
    }

    protected Tables tables() {
        return new Tables(mvc);
    }

    protected void awaitProjected(long position) {
        Projected.await(progress, position);
    }
}
