package cn.gov.ledger.query.rebuild;

import static cn.gov.ledger.query.rebuild.RebuildClient.state;
import static cn.gov.ledger.query.support.Postings.basicLine;
import static cn.gov.ledger.query.support.Postings.expenditure;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hash chain is evidence, not a projection: a rebuild replaces the projection tables and leaves every
 * link of the chain, and its head, as they were (issue 14.9; the chain is not in ProjectionTables.ALL).
 */
class RebuildKeepsTheChainTest extends QueryServiceIntegrationTest {

    private static final String LINKS = "SELECT position, event_id, encode(hash, 'hex') AS hash, chained_at"
            + " FROM query.event_chain ORDER BY position";
    private static final String HEAD = "SELECT position, encode(hash, 'hex') AS hash FROM query.event_chain_head";

    @Test
    void aRebuildLeavesEveryLinkOfTheChainAndItsHeadAsTheyWere() throws Exception {
        long posted = events().append("rb-chain", expenditure("rb-chain", basicLine("rbchain", "rbc-1", 2024,
                "2010301"), "30201", 10_000, LocalDate.of(2024, 5, 1)));
        awaitChained(posted);
        List<Map<String, Object>> links = jdbc.queryForList(LINKS);
        Map<String, Object> head = jdbc.queryForMap(HEAD);
        assertThat(links).extracting(link -> link.get("position")).contains(posted);

        RebuildClient rebuilds = new RebuildClient(mvc);
        rebuilds.await(rebuilds.started(null).get("id").asLong(), state("SWITCHED"));

        assertThat(jdbc.queryForList(LINKS)).isEqualTo(links);
        assertThat(jdbc.queryForMap(HEAD)).isEqualTo(head);
    }

    private void awaitChained(long position) throws InterruptedException {
        // The chain waits at a gap for the event store's gap timeout (60 s), as the projection does.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (jdbc.queryForObject("SELECT position FROM query.event_chain_head", Long.class) < position) {
            assertThat(System.nanoTime()).as("the chain reaching " + position).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
