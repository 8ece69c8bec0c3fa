package cn.gov.ledger.service.batch;

import cn.gov.ledger.service.posting.ValidPosting;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Before a batch posts, it takes one transaction-scoped lock per line it touches, in the lines' sorted order.
 * A batch posts in request order, so two batches crossing the same lines in opposite orders would each hold
 * one line's aggregate lock while waiting for the other's, until both gave up; taken in one order, the later
 * batch waits whole, before it holds anything. Single postings do not take these locks: they touch one line.
 */
@Component
class BatchLineLocks {

    /** A lock space of its own ("BATC"), apart from the year guard's and the append lock. */
    private static final int LOCK_SPACE = 0x42415443;

    private final JdbcTemplate jdbc;

    BatchLineLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lock(List<ValidPosting> postings) {
        postings.stream().map(p -> p.classification().budgetLineId()).distinct().sorted()
                .forEach(line -> jdbc.queryForList("SELECT pg_advisory_xact_lock(?, hashtext(?))", LOCK_SPACE, line));
    }
}
