package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.Violation;

/**
 * The independent checker of study {@code edge} (SPEC §4): it trusts nothing a solver says. Per server: every task
 * runs at most once, in one slot of its window; per slot the load is at most U_max and the power P(W_t) at most what
 * the sun and the battery give, {@code S_t + 60·b_t/Δ}; the battery, simulated here with the stated efficiencies,
 * stays within [0, B]; the revenue and energy the solution reports agree with the ones recomputed from the schedule.
 * The power is recomputed from SPEC's formula here, not through the solvers' code. Long lists are cut at
 * {@value #MAX_PER_KIND} violations per kind, with a count of the rest.
 */
public final class EdgeChecker implements Checker<EdgeInstance, EdgeSchedule> {

    /** At most this many violations of one kind are listed; the rest are counted. */
    public static final int MAX_PER_KIND = 20;
    static final double LOAD_TOL = 1e-9;
    static final double POWER_TOL_W = 1e-6;
    static final double ENERGY_TOL_WH = 1e-6;

    /** What the checker recomputes of one server: per slot load, power and battery level, and the totals. */
    public record ServerFigures(double[] loadCores, double[] powerW, double[] batteryWh, double revenue,
                                double energyWh, int tasksRun) {
    }

    @Override
    public List<Violation> check(EdgeInstance in, EdgeSchedule s) {
        Out out = new Out();
        Map<String, ServerDay> byId = new HashMap<>();
        in.servers().forEach(d -> byId.put(d.server().id(), d));
        if (s.servers().size() != in.servers().size()) {
            out.add("servers", "the solution schedules " + s.servers().size() + " servers; the instance has "
                    + in.servers().size());
        }
        double total = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < s.servers().size(); k++) {
            EdgeSchedule.ServerSchedule ss = s.servers().get(k);
            ServerDay day = byId.get(ss.serverId());
            String path = "$.solution.servers[" + k + "]";
            if (day == null) {
                out.add("unknown-server", path + ".server: no edge server '" + ss.serverId() + "' in the project");
                continue;
            }
            if (!seen.add(ss.serverId())) {
                out.add("servers", path + ".server: server '" + ss.serverId() + "' is scheduled twice");
                continue;
            }
            ServerFigures f = figures(in, day, ss, out, path);
            if (f == null) {
                continue;
            }
            total += f.revenue();
            ReportedFigures.number(out.list, path + ".revenue", ss.revenue(), f.revenue(), "");
            ReportedFigures.number(out.list, path + ".energyWh", ss.energyWh(), f.energyWh(), "Wh");
        }
        ReportedFigures.number(out.list, "$.solution.revenue", s.revenue(), total, "");
        return out.finish();
    }

    /** The server's per-slot figures, with violations added to {@code out}; null when the schedule does not fit. */
    ServerFigures figures(EdgeInstance in, ServerDay day, EdgeSchedule.ServerSchedule ss, Out out, String path) {
        int n = day.tasks().size();
        int slots = day.slots();
        if (ss.taskCount() != n) {
            out.add("task-count", path + ": schedules " + ss.taskCount() + " tasks; server '" + ss.serverId()
                    + "' has " + n);
            return null;
        }
        double[] load = new double[slots];
        double revenue = 0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            int t = ss.slotOf(i);
            if (t == EdgeSchedule.ServerSchedule.DROPPED) {
                continue;
            }
            EdgeTask task = day.tasks().get(i);
            int last = Math.min(task.arrivalSlot() + task.slack(), slots - 1);
            if (t < 0 || t >= slots) {
                out.add("slot-range", "server " + ss.serverId() + " task " + i + ": slot " + t + " is outside the day"
                        + " (0.." + (slots - 1) + ")");
                continue;
            }
            if (t < task.arrivalSlot() || t > last) {
                out.add("window", "server " + ss.serverId() + " task " + i + " runs in slot " + t + ", outside its "
                        + "window [" + task.arrivalSlot() + ", " + last + "]");
                continue;
            }
            load[t] += task.utilisation();
            revenue += task.revenue();
            run++;
        }
        PowerModel pm = day.server().power();
        int cores = pm.cores();
        double pStatic = pm.staticPowerW();
        double span = pm.maxPowerW() - pStatic;
        double cap = day.server().batteryWh();
        double h = in.hoursPerSlot();
        double etaC = in.params().chargeEfficiency();
        double etaD = in.params().dischargeEfficiency();
        double[] power = new double[slots];
        double[] battery = new double[slots + 1];
        double b = 0;
        double energy = 0;
        for (int t = 0; t < slots; t++) {
            double w = load[t];
            if (w > cores + LOAD_TOL) {
                out.add("utilisation", "server " + ss.serverId() + " slot " + t + ": load " + w + " cores is above "
                        + "U_max = " + cores);
            }
            double units = in.wholeCores() ? Math.ceil(w - LOAD_TOL) : w;
            double p = w <= 1e-12 ? 0 : pStatic + span * Math.pow(units / cores, 3);
            power[t] = p;
            energy += p * h;
            double s = day.solarW()[t];
            double avail = s + b / h;
            if (p > avail + POWER_TOL_W) {
                out.add("power", "server " + ss.serverId() + " slot " + t + ": draws " + p + " W at load " + w
                        + " cores but solar " + s + " W and battery " + b + " Wh allow " + avail + " W");
            }
            double next = p <= s ? b + etaC * (s - p) * h : b - (p - s) * h / etaD;
            next = Math.min(cap, next);
            if (next < -ENERGY_TOL_WH * Math.max(1, Math.abs(b)) && !(p > avail + POWER_TOL_W)) {
                out.add("battery", "server " + ss.serverId() + " slot " + t + ": battery falls to " + next
                        + " Wh (below 0)");
            }
            b = Math.max(0, next);
            battery[t + 1] = b;
        }
        return new ServerFigures(load, power, battery, revenue, energy, run);
    }

    /** The recomputed figures of one server of a schedule (for objectives and views), ignoring violations. */
    public ServerFigures figures(EdgeInstance in, ServerDay day, EdgeSchedule.ServerSchedule ss) {
        return figures(in, day, ss, new Out(), "$");
    }

    /** Violations grouped by kind, each kind cut at {@link #MAX_PER_KIND}. */
    static final class Out {
        final List<Violation> list = new ArrayList<>();
        private final Map<String, Integer> counts = new HashMap<>();

        void add(String kind, String message) {
            int c = counts.merge(kind, 1, Integer::sum);
            if (c <= MAX_PER_KIND) {
                list.add(new Violation(kind, message));
            }
        }

        List<Violation> finish() {
            counts.forEach((kind, c) -> {
                if (c > MAX_PER_KIND) {
                    list.add(new Violation(kind, (c - MAX_PER_KIND) + " more '" + kind + "' violations not listed"));
                }
            });
            return List.copyOf(list);
        }
    }
}
