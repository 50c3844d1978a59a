package org.evwb.core.qubo.sampler;

import org.evwb.core.qubo.Qubo;
import org.evwb.core.solve.RunContext;

/**
 * The live progress of a sampler that makes independent reads (anneal's reads, tabu's restarts): the reads done as the
 * run's progress, and the best energy so far as the {@value #BEST_SERIES} series (x = reads done). Reported at most
 * every {@value #INTERVAL_MS} ms, and for the last read ({@link #finish} for a run cut short), however many reads
 * there are — never once per sweep or flip. Thread-safe: parallel reads report from their own threads.
 */
public final class ReadProgress {

    /** The best energy over the reads done so far, x = reads done. */
    public static final String BEST_SERIES = "best energy by read";
    static final long INTERVAL_MS = 50;

    private final RunContext ctx;
    private final String sampler;
    private final int reads;
    private int done;
    private double best = Double.POSITIVE_INFINITY;
    private long lastNanos;
    private int reported;

    ReadProgress(RunContext ctx, String sampler, int reads) {
        this.ctx = ctx;
        this.sampler = sampler;
        this.reads = reads;
    }

    /** Counts a finished read of {@code qubo} and returns its state (for use inside a read's lambda). */
    byte[] read(Qubo qubo, byte[] state) {
        read(qubo.energy(state));
        return state;
    }

    /** Counts a finished read with its energy. */
    synchronized void read(double energy) {
        done++;
        best = Math.min(best, energy);
        long now = System.nanoTime();
        if (done == reads || now - lastNanos >= INTERVAL_MS * 1_000_000) {
            lastNanos = now;
            report();
        }
    }

    /** Reports the reads not reported yet (a run cut short by its time limit or a cancel). */
    synchronized void finish() {
        if (done > reported) {
            report();
        }
    }

    private void report() {
        reported = done;
        ctx.event(BEST_SERIES, done, best);
        ctx.progress((double) done / reads, sampler + ": " + done + " of " + reads + " reads, best energy "
                + String.format(java.util.Locale.ROOT, "%.6g", best));
    }
}
