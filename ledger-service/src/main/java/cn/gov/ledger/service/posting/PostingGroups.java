package cn.gov.ledger.service.posting;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.common.caching.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit. A posting costs its transaction's commit (a WAL flush) however small it is, so concurrent single
 * postings share one: callers queue their work here and one committer thread takes what has queued (in arrival
 * order, up to {@code maxSize}), runs each in its own savepoint inside one transaction, and commits once. A posting
 * refused by validation or budget control rolls back to its savepoint alone; the rest commit. Each caller gets its
 * own answer only after the commit, so no answer ever names an uncommitted entry. A posting whose savepoint failed
 * on a sequence conflict (an aggregate loaded stale), and every posting of a group whose commit failed, is handed
 * back to its caller to run again on its own, through the ordinary retrying path.
 */
@Component
public class PostingGroups implements DisposableBean {

    private record Pending(Supplier<Outcome> work, CompletableFuture<Object> answer) {
    }

    /** The answer of a posting its caller must run again on its own. */
    private static final Object ALONE = new Object();
    private static final Logger LOG = LoggerFactory.getLogger(PostingGroups.class);

    private final GroupCommitProperties properties;
    private final TransactionTemplate group;
    private final TransactionTemplate savepoint;
    private final Cache aggregateCache;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ThreadLocal<List<String>> touched = new ThreadLocal<>();
    private final Thread committer;
    private volatile boolean running = true;

    PostingGroups(GroupCommitProperties properties, PlatformTransactionManager transactions, Cache aggregateCache) {
        this.properties = properties;
        this.group = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.aggregateCache = aggregateCache;
        this.committer = new Thread(this::commitLoop, "posting-group-commit");
        this.committer.setDaemon(true);
        if (properties.enabled()) {
            committer.start();
        }
    }

    /**
     * Runs {@code work} (claim the key, post, record the answer) in the next group and waits for the group's commit.
     * Empty if the caller must run it on its own instead; a refusal is thrown as the work threw it.
     */
    Optional<Outcome> submit(Supplier<Outcome> work) {
        if (!running || !properties.enabled()) {
            return Optional.empty();
        }
        CompletableFuture<Object> answer = new CompletableFuture<>();
        queue.add(new Pending(work, answer));
        if (!running) {
            drainAlone();
        }
        Object result;
        try {
            result = answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        return result == ALONE ? Optional.empty() : Optional.of((Outcome) result);
    }

    /** How many postings wait for the next group (tests use it to know a group is formed). */
    int queued() {
        return queue.size();
    }

    /** Called for every aggregate a command of the current savepoint touched, to evict it if the savepoint fails. */
    void touched(String aggregateId) {
        List<String> ids = touched.get();
        if (ids != null) {
            ids.add(aggregateId);
        }
    }

    private void commitLoop() {
        while (running) {
            List<Pending> next = new ArrayList<>();
            try {
                next.add(queue.take());
                if (queue.isEmpty() && !properties.maxWait().isZero()) {
                    Pending more = queue.poll(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
                    if (more != null) {
                        next.add(more);
                    }
                }
                queue.drainTo(next, properties.maxSize() - next.size());
                commit(next);
            } catch (InterruptedException e) {
                next.forEach(p -> p.answer().complete(ALONE));
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) {
                LOG.error("posting group failed outside its transaction; its postings run again alone", e);
                next.forEach(p -> p.answer().complete(ALONE));
            }
        }
    }

    private void commit(List<Pending> next) {
        Map<Pending, Object> answers = new IdentityHashMap<>();
        try {
            group.executeWithoutResult(status -> next.forEach(p -> answers.put(p, inSavepoint(p))));
        } catch (RuntimeException e) {
            // Nothing of the group is committed: each posting runs again on its own and meets its own fate.
            next.forEach(p -> p.answer().complete(ALONE));
            return;
        }
        for (Pending p : next) {
            Object answer = answers.get(p);
            if (answer instanceof RuntimeException refusal) {
                p.answer().completeExceptionally(refusal);
            } else {
                p.answer().complete(answer);
            }
        }
    }

    private Object inSavepoint(Pending p) {
        List<String> ids = new ArrayList<>();
        touched.set(ids);
        try {
            return savepoint.execute(status -> p.work().get());
        } catch (RuntimeException e) {
            // The aggregates' cached state may hold this posting's events, which the savepoint just undid.
            ids.forEach(aggregateCache::remove);
            return PostingService.isSequenceConflict(e) ? ALONE : e;
        } finally {
            touched.remove();
        }
    }

    @Override
    public void destroy() {
        running = false;
        committer.interrupt();
        drainAlone();
    }

    private void drainAlone() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.answer().complete(ALONE));
    }
}
