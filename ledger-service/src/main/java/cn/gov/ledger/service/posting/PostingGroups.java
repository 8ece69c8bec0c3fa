package cn.gov.ledger.service.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit. A posting costs its transaction's commit (a WAL flush) however small it is, so concurrent single
 * postings share one: callers queue their work and a committer ({@link GroupCommitter}) runs what has queued, each
 * in its own savepoint, in arrival order, inside one transaction. A posting refused by validation or budget control
 * rolls back to its savepoint alone; the rest commit together. Each caller gets its own answer only after the
 * commit, so no answer ever names an uncommitted entry. Postings are spread over the committers by unit: a budget
 * line or income account belongs to one unit, so two committers never race for the same aggregate, and the round
 * trips of one group overlap with another's.
 */
@Component
public class PostingGroups implements DisposableBean {

    private final GroupCommitProperties properties;
    private final ThreadLocal<List<String>> touched = new ThreadLocal<>();
    private final List<GroupCommitter> committers = new ArrayList<>();
    private volatile boolean running = true;

    PostingGroups(GroupCommitProperties properties, PlatformTransactionManager transactions, Cache aggregateCache) {
        this.properties = properties;
        TransactionTemplate group = new TransactionTemplate(transactions);
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        GroupSavepoints savepoints = new GroupSavepoints(savepoint, aggregateCache, touched);
        for (int i = 0; properties.enabled() && i < properties.committers(); i++) {
            committers.add(new GroupCommitter("posting-group-commit-" + i, properties, group, savepoints));
        }
    }

    /**
     * Runs {@code work} (claim the key, post, record the answer) in the next group of the committer for
     * {@code unit} and waits for the group's commit; empty if group commit is off or stopped, and the caller runs
     * it in a transaction of its own. A refusal is thrown as the work threw it; a failed group's transaction and
     * an answer later than {@code answer-within} are thrown as outages (503).
     */
    Optional<Outcome> submit(String unit, Supplier<Outcome> work) {
        if (!running || committers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(committers.get(Math.floorMod(String.valueOf(unit).hashCode(), committers.size()))
                .submit(work));
    }

    /** How many postings wait for a group (tests use it to know a group is formed). */
    int queued() {
        return committers.stream().mapToInt(GroupCommitter::queued).sum();
    }

    /** Called for every aggregate a command of the current savepoint touched, to evict it if the savepoint fails. */
    void touched(String aggregateId) {
        List<String> ids = touched.get();
        if (ids != null) {
            ids.add(aggregateId);
        }
    }

    @Override
    public void destroy() {
        running = false;
        committers.forEach(GroupCommitter::stop);
    }
}
