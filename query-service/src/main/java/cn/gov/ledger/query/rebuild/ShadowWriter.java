package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.projection.ShadowProjection;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The replay's writer: a thread and a connection of its own, through which the shadow projection writes.
 * The connection commits without waiting for the disk (the new tables are disposable until the switch,
 * whose own transaction is durable), so the reference upserts, each its own small transaction, and the
 * bulk copies cost no fsync and hold no locks across events.
 */
final class ShadowWriter implements AutoCloseable {

    private final Connection connection;
    private final ShadowProjection shadow;
    private final int flushEvery;
    private final ExecutorService thread;

    ShadowWriter(DataSource dataSource, int flushEvery) throws SQLException {
        this.connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = off");
        }
        this.shadow = new ShadowProjection(new JdbcTemplate(new SingleConnectionDataSource(connection, true)),
                ShadowTables.SCHEMA);
        this.flushEvery = flushEvery;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread worker = new Thread(task, "projection-rebuild-writer");
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Projects the events, in order, on this writer's thread. */
    Future<?> project(List<TrackedEventMessage<?>> events) {
        return thread.submit(() -> {
            for (TrackedEventMessage<?> event : events) {
                shadow.project(event);
                if (shadow.pending() >= flushEvery) {
                    shadow.flush();
                }
            }
            return null;
        });
    }

    /** Writes what is collected, after everything projected before. */
    Future<?> flush() {
        return thread.submit(shadow::flush);
    }

    /** Lets the thread finish what it was given, then gives the connection back to the pool as it was lent. */
    @Override
    public void close() throws SQLException, InterruptedException {
        thread.shutdown();
        thread.awaitTermination(1, TimeUnit.MINUTES);
        try (Statement statement = connection.createStatement()) {
            statement.execute("RESET synchronous_commit");
        } finally {
            connection.close();
        }
    }
}
