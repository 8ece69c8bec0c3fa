package cn.gov.ledger.service.imports;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Pass 2 on two cores: one thread reads, checks and encodes the next batch while the caller's thread, which owns
 * the transaction, sends the previous one to PostgreSQL. Measured on one thread, the ledger's CPU and the
 * server's COPY took turns; overlapped, the slower of the two sets the pace. At most {@code DEPTH} batches wait,
 * so memory stays bounded whatever the file's size. A failure on either side stops both and reaches the caller
 * as it was thrown.
 */
final class ImportPipeline {

    private static final int DEPTH = 2;
    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    private ImportPipeline() {
    }

    /**
     * Runs {@code producer} on a thread of its own, handing what it produces to {@code consumer} on this thread,
     * in order; returns once the producer has finished and the consumer has taken everything.
     */
    @SuppressWarnings("unchecked")
    static <T> void run(Consumer<Consumer<T>> producer, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> new Thread(task, "import-prepare"));
        Future<?> producing = thread.submit(() -> {
            try {
                producer.accept(item -> put(queue, item));
                put(queue, END);
            } catch (RuntimeException | Error e) {
                if (!(e instanceof CancellationException)) {
                    put(queue, new Failure(e));
                }
            }
        });
        try {
            for (Object next = take(queue); next != END; next = take(queue)) {
                if (next instanceof Failure failure) {
                    if (failure.cause() instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) failure.cause();
                }
                consumer.accept((T) next);
            }
        } finally {
            producing.cancel(true);
            thread.shutdown();
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import stopped while this thread prepared it");
        }
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import's next batch", e);
        }
    }
}
