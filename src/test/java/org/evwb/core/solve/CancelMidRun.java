package org.evwb.core.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Cancels a run from another thread, the way the UI's Cancel button and the CLI's Ctrl+C do, once the run has
 * reached a point where its solver holds a solution (an event or progress message says so, or a delay has passed).
 * Records every event, and when the cancel was asked, so tests can check what the solver returned and how fast.
 */
public final class CancelMidRun implements RunListener {

    /** How long the canceller waits for the trigger before it cancels anyway (the test then fails on {@link #reached}). */
    private static final long MAX_WAIT_SECONDS = 120;

    private final Predicate<RunEvent> eventTrigger;
    private final Predicate<String> progressTrigger;
    private final Duration delay;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final List<RunEvent> events = Collections.synchronizedList(new ArrayList<>());
    private volatile long cancelledAtNanos;
    private volatile boolean triggered;

    private CancelMidRun(Predicate<RunEvent> eventTrigger, Predicate<String> progressTrigger, Duration delay) {
        this.eventTrigger = eventTrigger;
        this.progressTrigger = progressTrigger;
        this.delay = delay;
    }

    /** Cancels once an event of {@code series} with x ≥ {@code minX} has been reported. */
    public static CancelMidRun onEvent(String series, double minX) {
        return new CancelMidRun(e -> e.series().equals(series) && e.x() >= minX, m -> false, Duration.ZERO);
    }

    /** Cancels once a progress message satisfies {@code test}. */
    public static CancelMidRun onProgress(Predicate<String> test) {
        return new CancelMidRun(e -> false, test, Duration.ZERO);
    }

    /** Cancels {@code delay} after the context is made (for solvers that report nothing while they work). */
    public static CancelMidRun after(Duration delay) {
        return new CancelMidRun(e -> false, m -> false, delay);
    }

    /**
     * A fresh run context whose cancel comes from a canceller thread: after the trigger (then after the delay), or
     * after {@value #MAX_WAIT_SECONDS} s at the latest.
     */
    public RunContext context(long seed) {
        RunContext ctx = new RunContext(seed, null, this);
        boolean timed = !delay.isZero();
        Thread canceller = new Thread(() -> {
            try {
                if (timed) {
                    Thread.sleep(delay.toMillis());
                    triggered = true;
                } else {
                    triggered = reached.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancelledAtNanos = System.nanoTime();
            ctx.cancel();
        }, "test-canceller");
        canceller.setDaemon(true);
        canceller.start();
        return ctx;
    }

    @Override
    public void onProgress(double fraction, String message) {
        if (progressTrigger.test(message)) {
            reached.countDown();
        }
    }

    @Override
    public void onEvent(RunEvent event) {
        events.add(event);
        if (eventTrigger.test(event)) {
            reached.countDown();
        }
    }

    /** True when the cancel came from the trigger (or the delay), not from the safety timeout. */
    public boolean reached() {
        return triggered;
    }

    /** Seconds from the cancel to now; NaN before the cancel. */
    public double secondsSinceCancel() {
        long at = cancelledAtNanos;
        return at == 0 ? Double.NaN : (System.nanoTime() - at) / 1e9;
    }

    /** The events of one series, in the order they came. */
    public List<RunEvent> events(String series) {
        synchronized (events) {
            return events.stream().filter(e -> e.series().equals(series)).toList();
        }
    }
}
