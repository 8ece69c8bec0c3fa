package cn.gov.ledger.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Counts refused or failed requests from any thread and keeps the first few answers, which say why. */
final class Failures {

    private static final int KEPT = 5;
    private static final int LONGEST = 600;
    /** After this many the run has failed anyway; hammering on would only burn the time limit. */
    static final int GIVE_UP = 100;

    private final AtomicLong count = new AtomicLong();
    private final Queue<String> first = new ConcurrentLinkedQueue<>();

    void add(String what) {
        if (count.incrementAndGet() <= KEPT) {
            first.add(what.length() > LONGEST ? what.substring(0, LONGEST) + " …" : what);
        }
    }

    void add(Http.Answer answer) {
        add("HTTP " + answer.status() + " " + answer.body());
    }

    long count() {
        return count.get();
    }

    boolean exhausted() {
        return count.get() >= GIVE_UP;
    }

    /** Notes for the results file; none when everything succeeded. */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (exhausted()) {
            notes.add("gave up after " + GIVE_UP + " failures");
        }
        first.forEach(f -> notes.add("failure: `" + f.replace('`', '\'') + "`"));
        return notes;
    }
}
