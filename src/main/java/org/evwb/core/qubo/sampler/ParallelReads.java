package org.evwb.core.qubo.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
     * and is left out. Runs on the caller's thread when one thread suffices.
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
            ExecutorService pool = Executors.newFixedThreadPool(t, run -> {
                Thread th = new Thread(run, "qubo-read");
                th.setDaemon(true);
                return th;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int k = 0; k < t; k++) {
                    futures.add(pool.submit(() -> {
                        for (int r = next.getAndIncrement(); r < reads; r = next.getAndIncrement()) {
                            results[r] = task.apply(r);
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
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
