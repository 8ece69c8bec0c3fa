package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;
import org.HdrHistogram.Histogram;

/**
 * Watches the query service catch up: polls its status every few milliseconds and, for every accepted
 * posting, records how long after its 201 the status first reported a processed position at or past it,
 * and a settled position (below which nothing can change any more, what publications wait for).
 * The time taken is the status answer's arrival, so a figure overstates the lag by at most one poll.
 */
final class ReadYourWrites implements Poster.Listener {

    static final Duration POLL = Duration.ofMillis(5);
    /** A query service that refuses this many polls in a row is down; waiting on would only burn the time limit. */
    private static final int GIVE_UP_AFTER = 50;

    /** Position of each posting not yet visible → when its 201 arrived. */
    private final ConcurrentSkipListMap<Long, Long> pending = new ConcurrentSkipListMap<>();
    /** The same, until the settled position passes it. */
    private final ConcurrentSkipListMap<Long, Long> unsettled = new ConcurrentSkipListMap<>();
    final Histogram visibleAfterMicros = Latency.micros();
    final Histogram settledAfterMicros = Latency.micros();
    final Histogram eventsBehind = new Histogram(3);
    /** How long each status request took: a figure above can be no finer than this. */
    final Histogram pollMicros = Latency.micros();
    final Failures failures = new Failures();
    private volatile boolean postingDone;

    @Override
    public void posted(long position, long answeredAt) {
        pending.put(position, answeredAt);
        unsettled.put(position, answeredAt);
    }

    void postingDone() {
        postingDone = true;
    }

    int unseen() {
        return pending.size();
    }

    int neverSettled() {
        return unsettled.size();
    }

    /** Polls until posting has ended and every posting is visible, or the deadline ({@link System#nanoTime}). */
    void watch(Run run, long deadline) throws InterruptedException {
        URI status = run.query("/api/v1/status");
        int refusedInARow = 0;
        while (System.nanoTime() < deadline && !(postingDone && pending.isEmpty() && unsettled.isEmpty())
                && refusedInARow < GIVE_UP_AFTER) {
            refusedInARow = poll(run, status) ? 0 : refusedInARow + 1;
            Thread.sleep(POLL.toMillis());
        }
    }

    private boolean poll(Run run, URI status) {
        try {
            long asked = System.nanoTime();
            Http.Answer answer = run.http().get(status, Duration.ofSeconds(5));
            long at = System.nanoTime();
            pollMicros.recordValue((at - asked) / 1000);
            if (answer.status() != 200) {
                failures.add(answer);
                return false;
            }
            JsonNode json = Http.JSON.readTree(answer.body());
            OptionalLong processed = JsonFields.number(json, "processed");
            if (processed.isEmpty()) {
                failures.add("status without a processed position: " + answer.body());
                return false;
            }
            OptionalLong head = JsonFields.number(json, "head");
            OptionalLong lag = JsonFields.number(json, "lag");
            if (lag.isPresent() || head.isPresent()) {
                eventsBehind.recordValue(Math.max(0, lag.orElseGet(() -> head.getAsLong() - processed.getAsLong())));
            }
            record(pending.headMap(processed.getAsLong(), true), at, visibleAfterMicros);
            OptionalLong settled = JsonFields.number(json, "settled");
            if (settled.isPresent()) {
                record(unsettled.headMap(settled.getAsLong(), true), at, settledAfterMicros);
            } else {
                unsettled.clear();
            }
            return true;
        } catch (UncheckedIOException | JsonProcessingException e) {
            failures.add(e.getMessage());
            return false;
        }
    }

    private static void record(Map<Long, Long> reached, long at, Histogram into) {
        reached.values().forEach(answered -> into.recordValue(Math.max(0, at - answered) / 1000));
        reached.clear();
    }
}
