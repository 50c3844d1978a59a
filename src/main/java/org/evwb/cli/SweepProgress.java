package org.evwb.cli;

import java.util.Locale;
import org.evwb.core.solve.RunListener;

/**
 * A sweep's progress as "tasks done/total, elapsed, ETA", passed on to the terminal's progress line. The ETA assumes
 * the remaining tasks take as long as the finished ones did on average.
 */
final class SweepProgress implements RunListener {

    private final int tasks;
    private final RunListener line;
    private final long startNanos = System.nanoTime();

    SweepProgress(int tasks, RunListener line) {
        this.tasks = tasks;
        this.line = line;
    }

    @Override
    public void onProgress(double fraction, String message) {
        int done = (int) Math.round(fraction * tasks);
        line.onProgress(fraction, text(done, tasks, elapsedSeconds()));
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** {@code 3/12 tasks, 4.2 s elapsed, ETA 12.6 s}. */
    static String text(int done, int total, double elapsedSeconds) {
        String eta = done == 0 ? "ETA unknown" : done >= total ? "done"
                : String.format(Locale.ROOT, "ETA %s", duration(elapsedSeconds / done * (total - done)));
        return String.format(Locale.ROOT, "%d/%d tasks, %s elapsed, %s", done, total, duration(elapsedSeconds), eta);
    }

    static String duration(double s) {
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        long m = (long) (s / 60);
        return m < 60 ? String.format(Locale.ROOT, "%d min %02d s", m, (long) s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", m / 60, m % 60);
    }
}
