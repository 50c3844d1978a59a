package org.evwb.ui.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs pieces of FX-thread work one after another, each in its own turn of the FX event queue, so that input and
 * rendering queued meanwhile come between two pieces instead of waiting for all of them.
 */
final class FxSteps {

    private FxSteps() {
    }

    /**
     * Queues {@code steps} on the FX thread one at a time; stops early once {@code stopped} is true, else hands
     * {@code done} each step's time in nanoseconds after the last one: wall time at {@code [i]}, the FX thread's
     * CPU time at {@code [steps.size() + i]} (what the step costs where other processes compete for the cores).
     */
    static void run(List<Runnable> steps, BooleanSupplier stopped, Consumer<long[]> done) {
        next(steps, 0, new long[2 * steps.size()], stopped, done);
    }

    private static void next(List<Runnable> steps, int index, long[] nanos, BooleanSupplier stopped,
                             Consumer<long[]> done) {
        Platform.runLater(() -> {
            if (stopped.getAsBoolean()) {
                return;
            }
            if (index == steps.size()) {
                done.accept(nanos);
                return;
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            steps.get(index).run();
            nanos[index] = System.nanoTime() - t0;
            nanos[steps.size() + index] = threads.getCurrentThreadCpuTime() - c0;
            next(steps, index + 1, nanos, stopped, done);
        });
    }
}
