package cn.gov.ledger.service.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.common.caching.NoCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caller's deadline: past it the caller answers 503 and its posting never commits behind its back. A transaction
 * manager of the test's own counts what the committer commits and rolls back.
 */
@Tag("fast")
class GroupCommitterTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    private final PlatformTransactionManager transactions = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus(definition == null
                    || definition.getPropagationBehavior() != TransactionDefinition.PROPAGATION_NESTED);
        }

        @Override
        public void commit(TransactionStatus status) {
            if (status.isNewTransaction()) {
                (status.isRollbackOnly() ? rollbacks : commits).incrementAndGet();
            }
        }

        @Override
        public void rollback(TransactionStatus status) {
            if (status.isNewTransaction()) {
                rollbacks.incrementAndGet();
            }
        }
    };
    private final GroupCommitter committer = committer();

    @AfterEach
    void stop() {
        committer.stop();
    }

    /** A first piece of work that keeps the committer busy until released, so what comes next queues. */
    private CompletableFuture<Object> holdTheCommitterUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Object> holder = submit(() -> {
            holding.countDown();
            return await(release);
        });
        holding.await(30, TimeUnit.SECONDS);
        return holder;
    }

    @Test
    void aCallerPastItsDeadlineWhileQueuedAnswers503AndItsWorkNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = holdTheCommitterUntil(release);
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> committer.submit(() -> outcome(ran)))
                .isInstanceOf(TransientDataAccessResourceException.class);
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        assertThat(committer.submit(() -> outcome(new AtomicInteger())).status()).isEqualTo(201);
        assertThat(ran).hasValue(0);
    }

    @Test
    void aCallerPastItsDeadlineWhileItsGroupRunsRollsTheGroupBackAndTheOthersRunAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = holdTheCommitterUntil(release);
        AtomicInteger first = new AtomicInteger();
        CompletableFuture<Object> givenUp = submit(() -> outcome(first));
        awaitQueued(1);
        Thread.sleep(ANSWER_WITHIN.toMillis() / 2); // the second caller's deadline is half a deadline later
        AtomicInteger second = new AtomicInteger();
        CompletableFuture<Object> kept = submit(() -> {
            givenUp.join(); // runs until the first caller has given up, in the same group
            return outcome(second);
        });
        awaitQueued(2);
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        int committedBefore = commits.get();
        assertThat(givenUp.get(30, TimeUnit.SECONDS)).isInstanceOf(TransientDataAccessResourceException.class);
        assertThat(kept.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(Outcome.class,
                o -> assertThat(o.status()).isEqualTo(201));
        assertThat(first).as("ran once, in the group rolled back").hasValue(1);
        assertThat(second).as("ran again in the next group").hasValue(2);
        assertThat(rollbacks).hasValue(1);
        assertThat(commits.get() - committedBefore).isEqualTo(1);
    }

    private GroupCommitter committer() {
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return new GroupCommitter("test-committer", new GroupCommitProperties(true, 1, 100, Duration.ZERO,
                ANSWER_WITHIN), new TransactionTemplate(transactions),
                new GroupSavepoints(savepoint, NoCache.INSTANCE, new ThreadLocal<>()));
    }

    private CompletableFuture<Object> submit(Supplier<Outcome> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return committer.submit(work);
            } catch (RuntimeException e) {
                return e;
            }
        });
    }

    private void awaitQueued(int count) throws InterruptedException {
        while (committer.queued() < count) {
            Thread.sleep(5);
        }
    }

    private static Outcome outcome(AtomicInteger runs) {
        runs.incrementAndGet();
        return new Outcome(201, null, false);
    }

    private static Outcome await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Outcome(200, null, false);
    }
}
