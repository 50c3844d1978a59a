package org.evwb.ui.app;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
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
     * {@code done} the longest step's time in nanoseconds after the last one.
     */
    static void run(List<Runnable> steps, BooleanSupplier stopped, LongConsumer done) {
        next(steps, 0, 0, stopped, done);
    }

    private static void next(List<Runnable> steps, int index, long longest, BooleanSupplier stopped,
                             LongConsumer done) {
        Platform.runLater(() -> {
            if (stopped.getAsBoolean()) {
                return;
            }
            if (index == steps.size()) {
                done.accept(longest);
                return;
            }
            long t0 = System.nanoTime();
            steps.get(index).run();
            next(steps, index + 1, Math.max(longest, System.nanoTime() - t0), stopped, done);
        });
    }
}
