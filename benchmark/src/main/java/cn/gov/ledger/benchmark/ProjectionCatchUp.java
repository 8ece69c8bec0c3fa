package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Follows the query service's {@code GET /api/v1/status} until its processed position reaches a given event
 * position: every event at or below the processed position is in the tables, so that is when the projection
 * has caught up with the load.
 */
final class ProjectionCatchUp {

    private static final long POLL_MILLIS = 500;

    private ProjectionCatchUp() {
    }

    /** The processed position now, empty when the status cannot be read. */
    static OptionalLong processed(Run run) {
        return field(run, "processedPosition");
    }

    /** The event store's head as the query service sees it. */
    static OptionalLong head(Run run) {
        return field(run, "headPosition");
    }

    /** Waits until the projection has processed {@code position}; the nanoTime it was seen there, empty at the deadline. */
    static OptionalLong await(Run run, long position, long deadlineNanos) throws InterruptedException {
        while (System.nanoTime() < deadlineNanos) {
            if (processed(run).orElse(-1) >= position) {
                return OptionalLong.of(System.nanoTime());
            }
            Thread.sleep(POLL_MILLIS);
        }
        return OptionalLong.empty();
    }

    private static OptionalLong field(Run run, String name) {
        Http.Answer answer = run.http().get(run.query("/api/v1/status"), run.requestTimeout());
        if (answer.status() != 200) {
            return OptionalLong.empty();
        }
        try {
            JsonNode value = Http.JSON.readTree(answer.body()).path(name);
            return value.isNumber() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
