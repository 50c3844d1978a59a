package org.evwb.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.evwb.core.solve.RunListener;

/**
 * Progress of a solve as one self-overwriting line on stderr (only used when stderr is a terminal). Throttled so a
 * chatty solver does not spend its time printing.
 */
final class ProgressPrinter implements RunListener {

    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private long lastNanos;
    private int lastWidth;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
        this.lastNanos = System.nanoTime() - MIN_INTERVAL_NANOS;
    }

    @Override
    public void onProgress(double fraction, String message) {
        long now = System.nanoTime();
        if (now - lastNanos < MIN_INTERVAL_NANOS && !(fraction >= 1)) {
            return;
        }
        lastNanos = now;
        String line = (Double.isNaN(fraction) ? "[ … ]" : String.format(Locale.ROOT, "[%3.0f%%]", fraction * 100))
                + " " + message;
        int pad = Math.max(0, lastWidth - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        lastWidth = line.length();
    }

    /** Clears the progress line so the summary starts on a clean line. */
    void finish() {
        if (lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }
}
