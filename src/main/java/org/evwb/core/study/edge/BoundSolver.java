package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * {@code bound}: SPEC §4's LP upper bound ({@link EdgeBound}), reported as the schedule's {@code boundRevenue}, with
 * the best schedule the offline heuristics find per server ({@code snb} and the one for its battery,
 * {@link OnlineScheduler#auto}), so that the run, like every other, is a checked schedule with its gap. The bound it
 * computes is kept on the instance, so the run's objectives do not compute it again.
 */
final class BoundSolver implements Optimizer<EdgeInstance, EdgeSchedule> {

    private final int maxMoves;

    BoundSolver(int maxMoves) {
        this.maxMoves = maxMoves;
    }

    @Override
    public String id() {
        return "bound";
    }

    @Override
    public String description() {
        return "SPEC's LP upper bound (GLOP), with the best offline schedule";
    }

    @Override
    public EdgeSchedule solve(EdgeInstance in, RunContext ctx) {
        ctx.progress(0, "bound: the LP");
        EdgeBound.Result b = new EdgeBound().solve(in, ctx);
        if (b.proved()) {
            in.boundCache().compareAndSet(null, b);
        }
        List<EdgeSchedule.ServerSchedule> out = new ArrayList<>();
        double total = 0;
        for (ServerDay day : in.servers()) {
            ctx.progress(0.5, "bound: schedules for server " + day.server().id());
            DayState best = SnbScheduler.schedule(in, day, ctx);
            String method = OnlineScheduler.auto(day);
            if (!method.equals("snb") && !ctx.shouldStop()) {
                DayState shifted = ShiftScheduler.schedule(in, day, ctx, method.equals("sib-offline")
                        ? ShiftScheduler.Mode.SIB : ShiftScheduler.Mode.SFB, maxMoves);
                if (shifted.revenue > best.revenue) {
                    best = shifted;
                }
            }
            out.add(best.toSchedule());
            total += best.revenue;
        }
        return new EdgeSchedule(out, total, b.proved() ? b.revenueBound() : null, "LP bound " + b.status() + " in "
                + String.format(java.util.Locale.ROOT, "%.2f", b.seconds()) + " s, " + b.variables()
                + " variables, " + b.rounds() + " tangent rounds");
    }
}
