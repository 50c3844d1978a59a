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
 * The planner's what-if, off the FX thread: builds the project's edge instance (each server's solar scaled to its
 * panel by the instance builder) and solves the focused server with the chosen heuristic and SPEC §4's LP bound.
 * Servers are independent, so the figures of every server are cached, keyed by everything its day depends on: the
 * other servers' figures are shown while still valid, an undo is answered at once, and only the focused server is
 * ever solved. Every heuristic schedule goes through the study's checker, and the figures shown are the checker's,
 * not the solver's.
 */
final class WhatIfEvaluator {

    /** What one server's figures depend on: its model, its (panel-scaled) solar, its tasks and the parameters. */
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
     * Evaluates {@code p} with the heuristic {@code heuristicId}, solving the server {@code focusId} (null or
     * unknown: the first) and taking the others from the cache where their figures still hold. Returns null when
     * cancelled.
     */
    WhatIfResult evaluate(Project p, String heuristicId, String focusId, RunContext ctx)
            throws ProjectFileException {
        SolverSpec<EdgeInstance, EdgeSchedule> spec = study.solver(heuristicId).orElseThrow(() ->
                new IllegalArgumentException("the edge study has no solver '" + heuristicId + "'"));
        EdgeInstance in = study.buildInstance(p, p.studyConfig(EdgeStudy.ID).orElse(null));
        List<ServerDay> days = in.servers();
        String focus = days.stream().anyMatch(d -> d.server().id().equals(focusId)) ? focusId
                : days.isEmpty() ? null : days.get(0).server().id();
        Map<String, Double> panels = new java.util.HashMap<>();
        for (var s : p.infrastructure().edgeServers()) {
            if (s.panelKwp() != null) {
                panels.put(s.id(), s.panelKwp());
            }
        }
        List<WhatIfResult.Server> servers = new ArrayList<>();
        List<ServerDay> shownDays = new ArrayList<>();
        List<EdgeSchedule.ServerSchedule> schedules = new ArrayList<>();
        int taskHash = days.isEmpty() ? 0 : days.get(0).tasks().hashCode();
        Set<Key> used = new HashSet<>();
        for (ServerDay day : days) {
            if (ctx.isCancelled()) {
                return null;
            }
            Key key = new Key(heuristicId, day.server(), Arrays.stream(day.solarW()).boxed().toList(),
                    day.tasks().size(), day.tasks() == days.get(0).tasks() ? taskHash : day.tasks().hashCode(),
                    in.params(), in.slotMinutes());
            WhatIfResult.Server s = cache.get(key);
            if (s == null && day.server().id().equals(focus)) {
                ctx.progress(0, "what-if: server " + day.server().id());
                s = solve(spec, in, day, panels.get(day.server().id()), ctx);
                if (s == null) {
                    return null;
                }
                cache.put(key, s);
            }
            if (s != null) {
                used.add(key);
                servers.add(s);
                shownDays.add(day);
                schedules.add(s.schedule());
            }
        }
        ctx.progress(1, "what-if: done");
        // the cache holds the days of this layout and the one before, not every layout tried
        Set<Key> keep = new HashSet<>(used);
        keep.addAll(lastUsed);
        cache.keySet().retainAll(keep);
        lastUsed = Set.copyOf(used);
        double revenue = servers.stream().mapToDouble(WhatIfResult.Server::revenue).sum();
        return new WhatIfResult(p, heuristicId, in.withServers(shownDays), EdgeSchedule.of(schedules, revenue),
                servers, days.size());
    }

    private WhatIfResult.Server solve(SolverSpec<EdgeInstance, EdgeSchedule> spec, EdgeInstance in, ServerDay day,
                                      Double panelKwp, RunContext ctx) {
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
        return new WhatIfResult.Server(day.server(), panelKwp, f.revenue(), bound.revenueBound(), f.tasksRun(),
                day.tasks().size() - f.tasksRun(), f.energyWh(), violations.size(), ss);
    }
}
