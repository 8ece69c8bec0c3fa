package cn.gov.ledger.service.posting;

import cn.gov.ledger.service.posting.GroupSavepoints.Conflict;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One committer thread of {@link PostingGroups} and its queue: takes what has queued (in arrival order, up to
 * {@code maxSize}), runs each piece of work in its own savepoint inside one transaction, commits once, then answers
 * each caller. A posting never leaves its committer to run on its caller's thread: a second transaction on the same
 * aggregates would hold Axon's aggregate lock while waiting for this group's row locks, as this group waits for that
 * lock. A posting that met a stale aggregate, a deadlock or a busy aggregate lock ends its group early (what ran
 * commits) and runs again, with those after it, in the next group; a group whose transaction
 * fails (a lost connection) answers every one of its callers with that failure, which is a 503 for an outage.
 */
final class GroupCommitter {

    private static final int MAX_CONFLICTS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

    private final GroupCommitProperties properties;
    private final TransactionTemplate group;
    private final GroupSavepoints savepoints;
    private final BlockingDeque<GroupMember> queue = new LinkedBlockingDeque<>();
    private final Thread thread;
    private volatile boolean running = true;

    GroupCommitter(String name, GroupCommitProperties properties, TransactionTemplate group,
                   GroupSavepoints savepoints) {
        this.properties = properties;
        this.group = group;
        this.savepoints = savepoints;
        this.thread = new Thread(this::commitLoop, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the work and waits, at most {@code answerWithin} (see {@link GroupMember}), for its group's commit. */
    Outcome submit(Supplier<Outcome> work) {
        GroupMember member = new GroupMember(work);
        queue.addLast(member);
        if (!running) {
            failQueued();
        }
        return member.await(properties.answerWithin());
    }

    int queued() {
        return queue.size();
    }

    void stop() {
        running = false;
        thread.interrupt();
        failQueued();
    }

    private void commitLoop() {
        while (running) {
            List<GroupMember> taken = new ArrayList<>();
            try {
                taken.add(queue.takeFirst());
                if (queue.isEmpty() && !properties.maxWait().isZero()) {
                    GroupMember more = queue.pollFirst(properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
                    taken.addAll(more == null ? List.of() : List.of(more));
                }
                queue.drainTo(taken, properties.maxSize() - taken.size());
                commit(taken.stream().filter(GroupMember::start).toList());
            } catch (InterruptedException e) {
                taken.forEach(m -> m.fail(stopping()));
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // the committer's own fault: its group is answered and the next one runs
                LOG.error("posting group failed outside its transaction", e);
                taken.forEach(m -> m.fail(e));
            }
        }
    }

    private void commit(List<GroupMember> members) {
        if (members.isEmpty()) {
            return;
        }
        Map<GroupMember, Object> results = new IdentityHashMap<>();
        boolean[] whole = {true};
        try {
            group.executeWithoutResult(status -> {
                for (GroupMember m : members) {
                    Object result = savepoints.run(m);
                    results.put(m, result);
                    if (result instanceof Conflict) {
                        // The rest waits for the next group: what ran commits now and frees the row locks that
                        // the other path, holding the aggregate lock this member could not get, is waiting for.
                        break;
                    }
                }
                for (GroupMember m : members) { // every posted member is asked: none may be given up from here on
                    whole[0] &= !(results.get(m) instanceof Outcome) || m.committing();
                }
                if (!whole[0]) {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException | Error e) {
            // Nothing committed, or the COMMIT's fate is unknown: none of it runs again behind its caller's back.
            members.forEach(m -> m.fail(e));
            return;
        }
        List<GroupMember> again = new ArrayList<>();
        for (GroupMember m : members) {
            Object result = results.get(m);
            if (!whole[0] || !results.containsKey(m) || result instanceof Conflict && m.conflict() < MAX_CONFLICTS) {
                if (m.requeue()) { // a caller gave its posting up: the rest of the group runs again without it
                    again.add(m);
                }
            } else if (result instanceof Outcome outcome) {
                m.answer(outcome);
            } else {
                m.fail(result instanceof Conflict conflict ? conflict.cause() : (Throwable) result);
            }
        }
        for (int i = again.size() - 1; i >= 0; i--) {
            queue.addFirst(again.get(i));
        }
    }

    private void failQueued() {
        for (GroupMember m = queue.pollFirst(); m != null; m = queue.pollFirst()) {
            m.fail(stopping());
        }
    }

    private static RuntimeException stopping() {
        return new TransientDataAccessResourceException("the ledger is stopping; the posting was not run");
    }
}
