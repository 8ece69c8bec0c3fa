package cn.gov.ledger.query.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every rebuild ever started, in {@code query.rebuild_run}: when the read side was rebuilt and how it went
 * is part of the ledger's operating record. A unique index admits one RUNNING row at a time.
 */
@Repository
class RebuildRuns {

    private static final String COLUMNS = "id, state, phase, hold, events_done, events_total, events_read,"
            + " events_per_second, started_at, switched_at, finished_at, failure";

    private final JdbcTemplate jdbc;

    RebuildRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new running rebuild; fails with a DuplicateKeyException while another one runs. */
    long start(boolean hold, Instant startedAt) {
        return jdbc.queryForObject("""
                INSERT INTO query.rebuild_run (state, phase, hold, started_at) VALUES ('RUNNING', 'LOADING', ?, ?)
                RETURNING id""", Long.class, hold, Timestamp.from(startedAt));
    }

    /** Updates a running rebuild's row; once it has ended, a late update of its running figures changes nothing. */
    void save(RebuildView run) {
        jdbc.update("""
                UPDATE query.rebuild_run SET state = ?, phase = ?, events_done = ?, events_total = ?, events_read = ?,
                    events_per_second = ?, switched_at = ?, finished_at = ?, failure = ?
                WHERE id = ? AND state = 'RUNNING'""", run.state().name(), run.phase().name(), run.eventsDone(),
                run.eventsTotal(), run.eventsRead(), run.eventsPerSecond(), timestamp(run.switchedAt()),
                timestamp(run.finishedAt()), run.failure(), run.id());
    }

    Optional<RebuildView> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM query.rebuild_run WHERE id = ?", RebuildRuns::view, id)
                .stream().findFirst();
    }

    Optional<RebuildView> latest() {
        return jdbc.query("SELECT " + COLUMNS + " FROM query.rebuild_run ORDER BY id DESC LIMIT 1", RebuildRuns::view)
                .stream().findFirst();
    }

    /** Rebuilds recorded as running when this node starts were cut off when it (or its predecessor) stopped. */
    int failInterrupted() {
        return jdbc.update("""
                UPDATE query.rebuild_run SET state = 'FAILED', finished_at = now(),
                    failure = 'interrupted: the service stopped while the rebuild was running'
                WHERE state = 'RUNNING'""");
    }

    private static RebuildView view(ResultSet rs, int row) throws SQLException {
        return new RebuildView(rs.getLong("id"), RebuildState.valueOf(rs.getString("state")),
                RebuildPhase.valueOf(rs.getString("phase")), rs.getBoolean("hold"), rs.getLong("events_done"),
                rs.getLong("events_total"), rs.getLong("events_read"), rs.getDouble("events_per_second"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("switched_at")),
                instant(rs.getTimestamp("finished_at")), rs.getString("failure"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
