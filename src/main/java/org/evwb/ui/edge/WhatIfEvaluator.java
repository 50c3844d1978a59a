package org.evwb.ui.edge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.edge.EdgeBound;
import org.evwb.core.study.edge.EdgeChecker;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeParameters;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeServerModel;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.edge.ServerDay;

/**
 * The planner's what-if, off the FX thread: builds the project's edge instance, scales each server's solar by its
 * panel factor, and solves every server on its own with the chosen heuristic and SPEC §4's LP bound (servers are
 * independent, so after an edit of one server only that server is solved again: the others' figures come from a
 * cache keyed by everything their day depends on). Every heuristic schedule goes through the study's checker, and
 * the figures shown are the checker's, not the solver's.
 */
final class WhatIfEvaluator {

    /** What one server's figures depend on: its model, its (scaled) solar, its tasks and the study parameters. */
    record Key(String heuristic, EdgeServerModel server, List<Double> solar, int tasks, int taskHash,
               EdgeParameters params, double slotMinutes) {
    }

    private final EdgeStudy study;
    private final Map<Key, WhatIfResult.Server> cache = new ConcurrentHashMap<>();
    /** The keys the last evaluation used: kept with the current ones, so undoing an edit is answered at once. */
    private volatile Set<Key> lastUsed = Set.of();

    WhatIfEvaluator(EdgeStudy study) {
        this.study = study;
    }

    /**
     * Evaluates {@code p} with the heuristic {@code heuristicId}; {@code panelScale} maps a server id to the factor
     * its solar input is scaled by (absent: 1). Returns null when cancelled.
     */
    WhatIfResult evaluate(Project p, String heuristicId, Map<String, Double> panelScale, RunContext ctx)
            throws ProjectFileException {
        SolverSpec<EdgeInstance, EdgeSchedule> spec = study.solver(heuristicId).orElseThrow(() ->
                new IllegalArgumentException("the edge study has no solver '" + heuristicId + "'"));
        EdgeInstance base = study.buildInstance(p, p.studyConfig(EdgeStudy.ID).orElse(null));
        List<ServerDay> days = new ArrayList<>();
        for (ServerDay d : base.servers()) {
            days.add(scaled(d, panelScale.getOrDefault(d.server().id(), 1.0)));
        }
        EdgeInstance in = base.withServers(days);
        List<WhatIfResult.Server> servers = new ArrayList<>();
        List<EdgeSchedule.ServerSchedule> schedules = new ArrayList<>();
        int taskHash = days.isEmpty() ? 0 : days.get(0).tasks().hashCode();
        Set<Key> used = new HashSet<>();
        for (int k = 0; k < days.size(); k++) {
            if (ctx.isCancelled()) {
                return null;
            }
            ServerDay day = days.get(k);
            ctx.progress(k / (double) days.size(), "what-if: server " + day.server().id());
            Key key = new Key(heuristicId, day.server(), Arrays.stream(day.solarW()).boxed().toList(),
                    day.tasks().size(), day.tasks() == days.get(0).tasks() ? taskHash : day.tasks().hashCode(),
                    in.params(), in.slotMinutes());
            WhatIfResult.Server s = cache.get(key);
            if (s == null) {
                s = solve(spec, in, day, panelScale.getOrDefault(day.server().id(), 1.0), ctx);
                if (s == null) {
                    return null;
                }
                cache.put(key, s);
            }
            used.add(key);
            servers.add(s);
            schedules.add(s.schedule());
        }
        ctx.progress(1, "what-if: done");
        // the cache holds the days of this layout and the one before, not every layout tried
        Set<Key> keep = new HashSet<>(used);
        keep.addAll(lastUsed);
        cache.keySet().retainAll(keep);
        lastUsed = Set.copyOf(used);
        double revenue = servers.stream().mapToDouble(WhatIfResult.Server::revenue).sum();
        return new WhatIfResult(p, heuristicId, in, EdgeSchedule.of(schedules, revenue), servers);
    }

    private WhatIfResult.Server solve(SolverSpec<EdgeInstance, EdgeSchedule> spec, EdgeInstance in, ServerDay day,
                                      double scale, RunContext ctx) {
        EdgeInstance one = in.withServers(List.of(day));
        EdgeSchedule s;
        try {
            s = spec.create(spec.defaults()).solve(one, ctx);
        } catch (org.evwb.core.solve.CancelledException e) {
            return null;
        }
        if (ctx.isCancelled()) {
            return null;
        }
        List<Violation> violations = study.checker().check(one, s);
        EdgeBound.Result bound = new EdgeBound().solve(one, ctx);
        if (ctx.isCancelled()) {
            return null;
        }
        EdgeSchedule.ServerSchedule ss = s.servers().get(0);
        EdgeChecker.ServerFigures f = new EdgeChecker().figures(one, day, ss);
        return new WhatIfResult.Server(day.server(), scale, f.revenue(), bound.revenueBound(), f.tasksRun(),
                day.tasks().size() - f.tasksRun(), f.energyWh(), violations.size(), ss);
    }

    /** The day with its solar (actual and predicted) scaled by {@code factor}: a bigger or smaller panel. */
    static ServerDay scaled(ServerDay d, double factor) {
        if (factor == 1.0) {
            return d;
        }
        return new ServerDay(d.server(), times(d.solarW(), factor), d.tasks(), times(d.predictedSolarW(), factor),
                d.predictedTasks());
    }

    private static double[] times(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }
}
