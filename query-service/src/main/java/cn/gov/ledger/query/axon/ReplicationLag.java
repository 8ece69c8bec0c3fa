package cn.gov.ledger.query.axon;

/**
 * How far the replica the events are read from is behind the primary, at one look.
 *
 * @param replicationLagBytes WAL the primary has written that the replica has not replayed yet
 * @param replicationLagMs    0 when nothing is outstanding; otherwise the age of the last transaction replayed
 * @param replicaHeadPosition the highest global index the replica has
 * @param eventsBehind        global indexes the primary has past the replica's head
 */
public record ReplicationLag(long replicationLagBytes, long replicationLagMs, long replicaHeadPosition,
                             long eventsBehind) {

    /** An LSN as PostgreSQL prints it ({@code 16/B374D848}) as a byte position. */
    static long bytes(String lsn) {
        int slash = lsn.indexOf('/');
        return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
    }
}
