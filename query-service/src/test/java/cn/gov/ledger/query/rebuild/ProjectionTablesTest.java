package cn.gov.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.projection.ProjectionTables;
import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every table of schema query is either a projection table, which a rebuild replaces, or one that must
 * survive a rebuild as it is. A new table fails this test until someone has decided which it is.
 */
class ProjectionTablesTest extends QueryServiceIntegrationTest {

    /** Not derived from events by the projection: its own bookkeeping, the audit chain, users' own data. */
    private static final List<String> KEPT = List.of("flyway_schema_history", "token_entry", "rebuild_run",
            "event_chain", "event_chain_head", "annotation", "layout_profile", "publication",
            "publication_table", "processor_node");

    @Test
    void everyTableIsEitherRebuiltOrKept() {
        Set<String> classified = new HashSet<>(ProjectionTables.ALL);
        classified.addAll(KEPT);
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'query'", String.class))
                .as("tables of schema query; add a new one to ProjectionTables.ALL if the projection writes it,"
                        + " else to KEPT here").containsExactlyInAnyOrderElementsOf(classified);
    }
}
