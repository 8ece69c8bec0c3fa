package cn.gov.ledger.api;

/**
 * The PostgreSQL advisory lock every append to the event store holds from before it takes its global
 * index until it commits or rolls back. The write side takes it; the read side looks for its holders in
 * {@code pg_locks} to tell an index that may still be filled from one that never will be.
 */
public final class AppendLock {

    /** The single bigint key; PostgreSQL shows it as classid 0, objid KEY, objsubid 1 in pg_locks. */
    public static final long KEY = 0x4C454447L;

    private AppendLock() {
    }
}
