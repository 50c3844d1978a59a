package org.evwb.core.qubo.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.evwb.core.solve.CancelledException;

/**
 * Runs independent reads on a fixed number of threads and returns their results by read index, so the outcome never
 * depends on the thread count or on scheduling: each read derives its random stream from (seed, read index) only.
 */
final class ParallelReads {

    private ParallelReads() {
    }

    /** Threads to use: {@code requested}, or all cores when it is 0. */
    static int threads(int requested) {
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }

    /** The random stream of one read: a function of the seed and the read index only. */
    static SplittableRandom readRandom(long seed, int read) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + read * 0xBF58476D1CE4E5B9L + read);
    }

    /**
     * Computes {@code task.apply(r)} for r = 0..reads−1; a {@code null} result means the read was skipped (time up)
     * and is left out. Runs on the caller's thread when one thread suffices. Otherwise the caller works too, beside
     * t − 1 helpers from the JVM's common fork-join pool when it has that many (no threads to start per run: a run
     * of 8 short reads takes a few milliseconds, and starting a pool of its own cost a measurable share of that),
     * else from a pool of this run's own. Reads are claimed one at a time, so if a helper is slow to start (the pool
     * busy with other work) the caller takes its reads and nothing waits for it.
     */
    static <T> List<T> run(int reads, int threads, IntFunction<T> task) {
        @SuppressWarnings("unchecked")
        T[] results = (T[]) new Object[reads];
        int t = Math.max(1, Math.min(threads, reads));
        if (t == 1) {
            for (int r = 0; r < reads; r++) {
                results[r] = task.apply(r);
            }
        } else {
            AtomicInteger next = new AtomicInteger();
            CountDownLatch finished = new CountDownLatch(reads);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Runnable worker = () -> {
                for (int r = next.getAndIncrement(); r < reads; r = next.getAndIncrement()) {
                    try {
                        if (failure.get() == null) {
                            results[r] = task.apply(r);
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        finished.countDown();
                    }
                }
            };
            ForkJoinPool common = ForkJoinPool.commonPool();
            ExecutorService own = common.getParallelism() >= t - 1 ? null : Executors.newFixedThreadPool(t - 1,
                    run -> {
                        Thread th = new Thread(run, "qubo-read");
                        th.setDaemon(true);
                        return th;
                    });
            try {
                for (int k = 0; k < t - 1; k++) {
                    if (own == null) {
                        common.execute(worker);
                    } else {
                        own.execute(worker);
                    }
                }
                worker.run();
                finished.await(); // only reads a helper has claimed and not yet finished are left
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } finally {
                if (own != null) {
                    own.shutdownNow();
                }
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
        }
        List<T> out = new ArrayList<>(reads);
        for (T r : results) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
