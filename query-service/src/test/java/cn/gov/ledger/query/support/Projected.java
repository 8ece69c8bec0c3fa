package cn.gov.ledger.query.support;

import cn.gov.ledger.query.progress.ProjectionProgress;
import java.time.Duration;

/** Waits in tests until the projection has processed a position. */
public final class Projected {

    private Projected() {
    }

    public static void await(ProjectionProgress progress, long position) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (progress.current().processed() < position) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("projection did not reach " + position + ": " + progress.current());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
