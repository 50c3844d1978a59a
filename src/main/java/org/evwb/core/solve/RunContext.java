package org.evwb.core.solve;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.evwb.core.project.csv.ImportProgress;

/**
 * What an optimiser sees of the outside world while it runs: the seed, the time limit, a way to report progress and
 * intermediate values, and the cancellation flag. Solvers never talk to the UI or the console directly.
 *
 * <p>Long loops call {@link #checkCancelled()} (or test {@link #shouldStop()}) at least every ~50 ms of work.
 */
public final class RunContext {

    private final long seed;
    private final Duration timeLimit;
    private final RunListener listener;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final long startNanos;
    private volatile boolean timeLimitHit;

    public RunContext(long seed, Duration timeLimit, RunListener listener) {
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("time limit must be positive, was " + timeLimit);
        }
        this.seed = seed;
        this.timeLimit = timeLimit;
        this.listener = Objects.requireNonNullElse(listener, RunListener.NONE);
        this.startNanos = System.nanoTime();
    }

    /** A context with no time limit and no listener, for tests and simple headless use. */
    public static RunContext of(long seed) {
        return new RunContext(seed, null, RunListener.NONE);
    }

    public long seed() {
        return seed;
    }

    /** The time limit, or {@code null} when the run may take as long as it needs. */
    public Duration timeLimit() {
        return timeLimit;
    }

    /** Seconds left before the time limit; {@link Double#POSITIVE_INFINITY} without a limit. */
    public double secondsLeft() {
        if (timeLimit == null) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, timeLimit.toNanos() - (System.nanoTime() - startNanos)) / 1e9;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Asks the run to stop; the optimiser notices at its next check. Thread-safe. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** True once the time limit has passed (and remembers it, so the report can say the limit was reached). */
    public boolean isTimeUp() {
        if (timeLimit != null && System.nanoTime() - startNanos >= timeLimit.toNanos()) {
            timeLimitHit = true;
        }
        return timeLimitHit;
    }

    public boolean timeLimitReached() {
        return timeLimitHit;
    }

    /** True when the optimiser should stop and return its best result so far (cancelled or out of time). */
    public boolean shouldStop() {
        return isCancelled() || isTimeUp();
    }

    /** Throws {@link CancelledException} when the run was cancelled. */
    public void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Reports progress as a fraction in [0, 1] (clamped; NaN means "unknown") with a short message. */
    public void progress(double fraction, String message) {
        double f = Double.isNaN(fraction) ? Double.NaN : Math.max(0, Math.min(1, fraction));
        listener.onProgress(f, message == null ? "" : message);
    }

    /**
     * This context as a CSV import's progress: fractions (negative: unknown) and text to {@link #progress}, a stop
     * once {@link #shouldStop()} (a data import run as a background task, from the window or the CLI).
     */
    public ImportProgress importProgress() {
        return new ImportProgress() {
            @Override
            public void report(double fraction, String text) {
                progress(fraction < 0 ? Double.NaN : fraction, text);
            }

            @Override
            public boolean stopRequested() {
                return shouldStop();
            }
        };
    }

    /** Reports an intermediate value, e.g. series "best energy" at x = sweep. */
    public void event(String series, double x, double y) {
        listener.onEvent(new RunEvent(series, x, y));
    }
}
