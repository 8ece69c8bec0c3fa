package cn.gov.ledger.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rebuild}: asks the query service to rebuild every projection from the event store (whatever the
 * store holds: load it first, e.g. with {@code import --rows 1000000}) and follows it to the switch. The
 * replay rate is the service's own count (events replayed per second spent replaying); the wall time runs
 * from the request to the switch, indexing included.
 */
final class RebuildCommand {

    static final double TARGET_EVENTS_PER_SECOND = 100_000;
    private static final Duration POLL = Duration.ofMillis(500);

    private RebuildCommand() {
    }

    static Section run(Run run) throws InterruptedException {
        long started = System.nanoTime();
        Http.Answer answer = run.http().postJson(run.query("/api/v1/admin/rebuilds"), Map.of(), null,
                run.requestTimeout());
        if (answer.status() != 202) {
            return new Section("rebuild", List.of(), List.of("refused: HTTP " + answer.status() + " " + answer.body()),
                    true);
        }
        URI self = run.query("/api/v1/admin/rebuilds/" + JsonFields.number(read(answer), "id").orElseThrow());
        long deadline = started + run.limit().toNanos();
        JsonNode view = read(answer);
        while (!finished(view) && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            view = read(run.http().get(self, run.requestTimeout()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String state = view.path("state").asText();
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("state", state + (view.hasNonNull("failure") ? " — " + view.path("failure").asText() : "")));
        figures.add(Figure.of("events replayed", view.path("eventsRead").asText()));
        figures.add(Figure.atLeast("replay rate", view.path("eventsPerSecond").asDouble(), TARGET_EVENTS_PER_SECOND,
                "events/s"));
        figures.add(Figure.of("request to switch", Figure.number(seconds) + " s"));
        List<String> notes = new ArrayList<>(List.of("the live tables served throughout; the processor paused only"
                + " for the switch"));
        if (!finished(view)) {
            notes.add("stopped following at the --timeout limit of " + run.limit().toSeconds() + " s");
        }
        return new Section("rebuild", figures, notes, !"SWITCHED".equals(state));
    }

    private static boolean finished(JsonNode view) {
        return List.of("SWITCHED", "FAILED", "CANCELLED").contains(view.path("state").asText());
    }

    private static JsonNode read(Http.Answer answer) {
        try {
            return Http.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("unreadable rebuild answer: " + answer.body(), e);
        }
    }
}
