package cn.gov.ledger.service.posting;

import java.sql.SQLException;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One committer thread of {@link PostingGroups} and its queue: takes what has queued (in arrival order, up to
 * {@code maxSize}), runs each piece of work in its own savepoint inside one transaction, commits once, then answers
 * each caller. A posting whose savepoint failed on a sequence conflict (an aggregate loaded stale) or a deadlock, and
 * every posting of a group whose commit failed, is handed back to its caller to run again on its own.
 */
final class GroupCommitter {

    private record Pending(Supplier<Outcome> work, CompletableFuture<Object> answer) {
    }

    /** The answer of a posting its caller must run again on its own. */
    private static final Object ALONE = new Object();
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private final GroupCommitProperties properties;
    private final TransactionTemplate group;
    private final TransactionTemplate savepoint;
    private final Cache aggregateCache;
    private final ThreadLocal<List<String>> touched;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitter(String name, GroupCommitProperties properties, TransactionTemplate group,
                   TransactionTemplate savepoint, Cache aggregateCache, ThreadLocal<List<String>> touched) {
        this.properties = properties;
        this.group = group;
        this.savepoint = savepoint;
        this.aggregateCache = aggregateCache;
        this.touched = touched;
        this.thread = new Thread(this::commitLoop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the work and waits for its group's commit; empty if the caller must run it alone. */
    Optional<Outcome> submit(Supplier<Outcome> work) {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        queue.add(new Pending(work, answer));
        if (!running) {
            drainAlone();
        }
        try {
            Object result = answer.join();
            return result == ALONE ? Optional.empty() : Optional.of((Outcome) result);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    int queued() {
        return queue.size();
    }

    void stop() {
        running = false;
        thread.interrupt();
        drainAlone();
    }

    private void commitLoop() {
        while (running) {
            List<Pending> next = new ArrayList<>();
            try {
                next.add(queue.take());
                Pending more = queue.isEmpty() && !properties.maxWait().isZero()
                        ? queue.poll(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS) : null;
                if (more != null) {
                    next.add(more);
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
        } catch (RuntimeException e) { // nothing of the group committed: each posting runs again on its own
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
            return runAgainAlone(e) ? ALONE : e;
        } finally {
            touched.remove();
        }
    }

    /** A stale aggregate, or a deadlock with another group (keys reused across units): not the posting's fault. */
    private static boolean runAgainAlone(Throwable e) {
        boolean deadlock = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            deadlock |= cause instanceof SQLException sql && "40P01".equals(sql.getSQLState());
        }
        return deadlock || PostingService.isSequenceConflict(e);
    }

    private void drainAlone() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.answer().complete(ALONE));
    }
}
