package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * An {@link Optimizer} that schedules each server on its own (SPEC §4: servers are independent; results sum). A
 * cancel or time limit between servers keeps the servers done and leaves the rest empty (a feasible schedule).
 */
final class PerServerSolver implements Optimizer<EdgeInstance, EdgeSchedule> {

    /** One server's schedule. */
    @FunctionalInterface
    interface ServerScheduler {
        DayState schedule(EdgeInstance in, ServerDay day, RunContext ctx);
    }

    private final String id;
    private final String description;
    private final ServerScheduler scheduler;

    PerServerSolver(String id, String description, ServerScheduler scheduler) {
        this.id = id;
        this.description = description;
        this.scheduler = scheduler;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public EdgeSchedule solve(EdgeInstance in, RunContext ctx) {
        List<EdgeSchedule.ServerSchedule> out = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < in.servers().size(); k++) {
            ServerDay day = in.servers().get(k);
            ctx.progress(k / (double) in.servers().size(), id + ": server " + day.server().id());
            DayState s = ctx.shouldStop() ? new DayState(in, day) : scheduler.schedule(in, day, ctx);
            EdgeSchedule.ServerSchedule ss = s.toSchedule();
            out.add(ss);
            total += ss.revenue();
        }
        ctx.progress(1, id + ": done");
        return EdgeSchedule.of(out, total);
    }
}
