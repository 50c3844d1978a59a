package org.evwb.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a running command learns that the user pressed Ctrl+C. Production uses a JVM shutdown hook; tests hand in a
 * fake that fires when they choose.
 */
@FunctionalInterface
public interface Interrupts {

    /** Never fires. */
    Interrupts NONE = action -> () -> { };

    /**
     * Runs {@code action} when the user interrupts, until the returned registration is closed. Closing it also tells
     * an interrupt in progress that the command has finished its clean-up (e.g. written the cancelled result).
     */
    Registration onInterrupt(Runnable action);

    /** An active interrupt handler; close it when the guarded work (and its clean-up) is done. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Ctrl+C through a shutdown hook. The hook runs {@code action} (which asks the solver to stop) and then waits for
     * the command to close its registration, because the JVM exits as soon as every hook has returned: without the
     * wait the cancelled result would never be written.
     */
    static Interrupts shutdownHook(long maxWaitSeconds) {
        return action -> {
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                action.run();
                try {
                    done.await(maxWaitSeconds, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "evwb-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            return () -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it waits for the latch below.
                } finally {
                    done.countDown();
                }
            };
        };
    }
}
