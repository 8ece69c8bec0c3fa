package cn.gov.ledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pipeline hands every item over in order and stops both sides on a failure of either. */
class ImportPipelineTest {

    @Test
    void everyItemReachesTheConsumerInOrderOnTheCallersThread() {
        List<Integer> taken = new ArrayList<>();
        Thread caller = Thread.currentThread();
        ImportPipeline.<Integer>run(items -> {
            for (int i = 0; i < 100; i++) {
                items.accept(i);
            }
        }, item -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            taken.add(item);
        });
        assertThat(taken).hasSize(100).isSorted().startsWith(0).endsWith(99);
    }

    @Test
    void theProducersFailureReachesTheCallerAsThrown() {
        List<Integer> taken = new ArrayList<>();
        IllegalArgumentException refused = new IllegalArgumentException("line 3 refused");
        assertThatThrownBy(() -> ImportPipeline.<Integer>run(items -> {
            items.accept(1);
            items.accept(2);
            throw refused;
        }, taken::add)).isSameAs(refused);
        assertThat(taken).containsExactly(1, 2);
    }

    @Test
    void theConsumersFailureStopsTheProducer() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        Thread[] producer = new Thread[1];
        assertThatThrownBy(() -> ImportPipeline.<Integer>run(items -> {
            producer[0] = Thread.currentThread();
            for (int i = 0; i < 1_000_000; i++) {
                items.accept(i);
                produced.incrementAndGet();
            }
        }, item -> {
            throw new IllegalStateException("COPY failed");
        })).hasMessage("COPY failed");
        producer[0].join();
        assertThat(produced.get()).isLessThan(10);
    }
}
