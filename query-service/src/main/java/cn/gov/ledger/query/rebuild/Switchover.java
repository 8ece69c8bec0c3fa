package cn.gov.ledger.query.rebuild;

/**
 * The switch, all with this node's table readers held off: pause the live processor, replay until every
 * token it stopped at is covered (the new tables are then at least as complete as the old), swap the
 * tables and hand the processor over to the replay's token in one transaction, and resume the processor
 * whatever happened. Readers wait rather than see the paused processor's older positions; the pause
 * lasts one catch-up pass over what was appended since the last one, plus the swap.
 */
final class Switchover {

    /** Passes over the store, with the live processor paused, before giving up on covering its tokens. */
    private static final int PASSES = 50;

    private final RebuildTools tools;
    private final EventReplay replay;

    Switchover(RebuildTools tools, EventReplay replay) {
        this.tools = tools;
        this.replay = replay;
    }

    void run() throws Exception {
        if (!tools.gate().replace(tools.properties().switchWait(), this::whilePaused)) {
            throw new IllegalStateException("table requests did not make way for the switch within "
                    + tools.properties().switchWait());
        }
    }

    private void whilePaused() throws Exception {
        LiveProcessor.Paused paused = tools.live().pause();
        try {
            replay.catchUp();
            for (int pass = 1; !coversLiveTokens(paused); pass++) {
                if (pass >= PASSES) {
                    throw new IllegalStateException("the replay at " + replay.token()
                            + " does not cover the live tokens " + paused.tokens());
                }
                // An event the live processor has handled is committed, so the next pass finds it.
                Thread.sleep(20);
                replay.catchUp();
            }
            tools.tables().swap(tools.properties().lockTimeout(), () -> tools.live().handOver(replay.token()));
        } finally {
            paused.resume();
        }
    }

    private boolean coversLiveTokens(LiveProcessor.Paused paused) {
        return paused.tokens().stream()
                .allMatch(token -> Coverage.covers(replay.token(), token, tools.indexes()::present));
    }
}
