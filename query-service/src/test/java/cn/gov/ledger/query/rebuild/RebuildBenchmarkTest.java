package cn.gov.ledger.query.rebuild;

import static cn.gov.ledger.query.rebuild.RebuildClient.state;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import cn.gov.ledger.query.support.WuchangDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rebuild throughput on a large ledger: {@code -Dledger.rebuild.benchmark.copies=600} appends that many
 * copies of the Wuchang department's events (about 820 each, department renamed per copy) straight into
 * the event store, then times two rebuilds: the first in a JVM that has not run the replay yet, the second
 * as a long-running service would run it. The live processor is paused throughout, as a caught-up one
 * would be idle, so it does not share the cores with the rebuild.
 */
@EnabledIfSystemProperty(named = "ledger.rebuild.benchmark.copies", matches = "\\d+")
class RebuildBenchmarkTest extends QueryServiceIntegrationTest {

    @Autowired
    LiveProcessor live;

    /** CPU time of this JVM, every thread. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time (in ticks of 10 ms) of the PostgreSQL backends serving this database: the service's pool
     * connections, which do the replay's reads and writes (parallel index workers come and go unseen).
     */
    private long backendCpuTicks() throws Exception {
        long ticks = 0;
        for (Integer pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
                Integer.class)) {
            Path stat = Path.of("/proc", pid.toString(), "stat");
            if (Files.exists(stat)) {
                String[] fields = Files.readString(stat).replaceAll("^.*\\) ", "").split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        }
        return ticks;
    }

    @Test
    void aLargeLedgerIsRebuiltAndSwitched() throws Exception {
        int copies = Integer.getInteger("ledger.rebuild.benchmark.copies");
        awaitProjected(WuchangDataset.load(events()));
        LiveProcessor.Paused paused = live.pause();
        try {
            long appended = jdbc.update("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    SELECT gen_random_uuid()::text, e.aggregate_identifier || '-b' || g, e.sequence_number, e.type,
                        e.time_stamp, e.payload_type, e.payload_revision,
                        convert_to(replace(convert_from(e.payload, 'UTF8'), '"wcjgsw', '"bench' || g), 'UTF8'),
                        e.meta_data
                    FROM generate_series(1, ?) g, domain_event_entry e
                    WHERE convert_from(e.payload, 'UTF8') LIKE '%"wcjgsw%' AND e.payload_type NOT LIKE '%Catalogue%'
                    ORDER BY g, e.global_index""", copies);
            jdbc.execute("VACUUM ANALYZE domain_event_entry");
            for (String run : new String[] {"cold", "warm"}) {
                long jvmCpu = processCpuNanos();
                long databaseCpu = backendCpuTicks();
                Instant started = Instant.now();
                JsonNode done = new RebuildClient(mvc).await(new RebuildClient(mvc).started(null).get("id").asLong(),
                        state("SWITCHED"), Duration.ofMinutes(30));
                System.out.printf("REBUILD BENCHMARK (%s JVM): %d events appended, %d replayed, %d ms from start"
                                + " to switched, replay rate %s events/s; CPU: service %d ms, its PostgreSQL backends"
                                + " %d ms%n", run, appended, done.get("eventsRead").asLong(),
                        Duration.between(started, Instant.now()).toMillis(),
                        done.get("eventsPerSecond").asText(), (processCpuNanos() - jvmCpu) / 1_000_000,
                        (backendCpuTicks() - databaseCpu) * 10);
                assertThat(done.get("eventsRead").asLong()).isGreaterThanOrEqualTo(appended);
            }
        } finally {
            paused.resume();
        }
    }
}
