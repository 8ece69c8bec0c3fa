package cn.gov.ledger.query.axon;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The streaming replica the projection reads its events from, if one is configured. Only the reading of events
 * moves there: the projection, its tokens and the question which appends are still in flight (the append lock in
 * {@code pg_locks}, which a standby cannot see) stay on the primary, so a hole is only ever judged by the primary.
 * What the replica has not replayed yet the projection cannot have processed, and the settled position is held at
 * the replica's head as well.
 */
@Component
public class EventReplica implements AutoCloseable {

    private static final String REPLAYED = "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text,"
            + " (extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)::bigint,"
            + " (SELECT coalesce(max(global_index), 0) FROM %s)";

    private final HikariDataSource pool;
    private final JdbcTemplate replica;
    private final JdbcTemplate primary;
    private final String eventTable;

    EventReplica(EventReplicaProperties properties, EventStoreProperties events, JdbcTemplate primary) {
        this.pool = properties.url().isBlank() ? null : pool(properties);
        this.replica = pool == null ? null : new JdbcTemplate(pool);
        this.primary = primary;
        this.eventTable = events.eventTable();
    }

    /** The replica's connections, or empty when the events are read from the main datasource. */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(pool);
    }

    /** The highest global index the replica has; no limit without a replica. */
    public long replayedHead() {
        if (replica == null) {
            return Long.MAX_VALUE;
        }
        Long head = replica.queryForObject("SELECT coalesce(max(global_index), 0) FROM " + eventTable, Long.class);
        return head == null ? 0 : head;
    }

    /** The replica's lag behind the primary, or empty without a replica. */
    public Optional<ReplicationLag> lag(long primaryHead) {
        if (replica == null) {
            return Optional.empty();
        }
        long written = ReplicationLag.bytes(primary.queryForObject("SELECT pg_current_wal_lsn()::text", String.class));
        return Optional.ofNullable(replica.queryForObject(REPLAYED.formatted(eventTable), (rs, row) -> {
            long head = rs.getLong(4);
            if (!rs.getBoolean(1)) {
                return new ReplicationLag(0, 0, head, Math.max(0, primaryHead - head));
            }
            long bytes = Math.max(0, written - ReplicationLag.bytes(rs.getString(2)));
            long age = rs.getLong(3);
            return new ReplicationLag(bytes, bytes == 0 ? 0 : Math.max(0, age), head, Math.max(0, primaryHead - head));
        }));
    }

    private static HikariDataSource pool(EventReplicaProperties properties) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("events-replica");
        pool.setMaximumPoolSize(properties.poolSize());
        pool.setMinimumIdle(1);
        pool.setReadOnly(true);
        pool.setDataSource(new PatientDataSource(new DriverDataSource(properties.url(), null, new Properties(),
                properties.username(), properties.password())));
        return pool;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
