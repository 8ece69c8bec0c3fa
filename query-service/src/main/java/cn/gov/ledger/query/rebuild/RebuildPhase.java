package cn.gov.ledger.query.rebuild;

/** The step a running rebuild is at (for a finished one, the last step it reached). */
public enum RebuildPhase {
    /** Replaying the event store from the start into the next generation's tables. */
    LOADING,
    /** Indexing the loaded facts and gathering statistics, as the live tables have them. */
    INDEXING,
    /** Replaying what was appended meanwhile, until a pass finds little left. */
    CATCHING_UP,
    /** Complete and kept current, waiting for an administrator to switch (a rebuild started with hold). */
    READY,
    /** The live processor is paused while the last events are replayed and the tables swapped. */
    SWITCHING
}
