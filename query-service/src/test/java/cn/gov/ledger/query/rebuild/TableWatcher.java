package cn.gov.ledger.query.rebuild;

import cn.gov.ledger.query.rebuild.ReadSide.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Asks for one table over and over on a thread of its own, noting each answer (or what went wrong) with
 * the state of the current rebuild just before and just after it, until closed.
 */
final class TableWatcher implements AutoCloseable {

    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile boolean stopped;

    private TableWatcher(ReadSide readSide, RebuildClient rebuilds, Point point, String table) {
        thread = new Thread(() -> {
            while (!stopped) {
                String before = rebuilds.currentState();
                String answer;
                try {
                    answer = readSide.answer(point, table);
                } catch (Exception | AssertionError e) {
                    answer = "FAILED: " + e;
                }
                seen.add(new Seen(before, rebuilds.currentState(), answer));
                pause();
            }
        }, "table-watcher");
    }

    /** A breath between requests, so the watcher does not take a whole core from the rebuild it watches. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static TableWatcher start(ReadSide readSide, RebuildClient rebuilds, Point point, String table) {
        TableWatcher watcher = new TableWatcher(readSide, rebuilds, point, table);
        watcher.thread.start();
        return watcher;
    }

    /** Answers given while a rebuild was in the state both before and after the request. */
    List<String> answersWhile(String state) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.before().equals(state) && s.after().equals(state))
                    .map(Seen::answer).toList();
        }
    }

    List<String> answers() {
        synchronized (seen) {
            return seen.stream().map(Seen::answer).toList();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join();
    }

    private record Seen(String before, String after, String answer) {
    }
}
