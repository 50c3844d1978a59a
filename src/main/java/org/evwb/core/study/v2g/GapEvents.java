package org.evwb.core.study.v2g;

import java.time.Duration;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;

/**
 * The {@code milp} run's one gap curve: the incumbent and bound series ({@link OrTools#INCUMBENT_SERIES},
 * {@link OrTools#BOUND_SERIES}) over the run's own clock, each only improving, whichever stage found the value
 * (warm start, LP start, the backend's search). A backend solves in a child context whose events come through here,
 * re-timed to the run and dropped unless they improve.
 */
final class GapEvents {

    private final RunContext ctx;
    private double incumbent = Double.POSITIVE_INFINITY;
    private double bound = Double.NEGATIVE_INFINITY;

    GapEvents(RunContext ctx) {
        this.ctx = ctx;
    }

    synchronized void incumbent(double value) {
        if (Double.isFinite(value) && value < incumbent - 1e-9) {
            incumbent = value;
            ctx.event(OrTools.INCUMBENT_SERIES, ctx.elapsedSeconds(), value);
        }
    }

    synchronized void bound(double value) {
        if (Double.isFinite(value) && value > bound + 1e-9) {
            bound = Math.min(value, incumbent);
            ctx.event(OrTools.BOUND_SERIES, ctx.elapsedSeconds(), bound);
        }
    }

    /** A context for a backend's solve: its time left, its events through here (bounds lowered by {@code slack}). */
    RunContext child(RunContext parent, double slack) {
        return new RunContext(parent.seed(), left(parent), new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                parent.progress(fraction, message);
            }

            @Override
            public void onEvent(RunEvent e) {
                if (OrTools.INCUMBENT_SERIES.equals(e.series())) {
                    incumbent(e.y());
                } else if (OrTools.BOUND_SERIES.equals(e.series())) {
                    bound(e.y() - slack);
                } else {
                    parent.event(e.series(), e.x(), e.y());
                }
            }
        });
    }

    /** A context that passes progress on and drops events (auxiliary solves). */
    static RunContext silent(RunContext parent) {
        return new RunContext(parent.seed(), left(parent), new RunListener() {
            @Override
            public void onProgress(double fraction, String message) {
                parent.progress(fraction, message);
            }
        });
    }

    private static Duration left(RunContext parent) {
        double s = parent.secondsLeft();
        return Double.isInfinite(s) ? null : Duration.ofNanos(Math.max(1_000_000L, (long) (s * 1e9)));
    }
}
