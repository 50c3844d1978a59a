package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.Figures;
import org.evwb.core.solve.ObjectiveSpec;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.TableSpec;

/**
 * The {@code edge} objectives, all recomputed from the schedule by the checker's figures: revenue (total and per
 * server), tasks run and dropped, energy drawn and the solar available, and the gap to the instance's LP bound
 * ({@code gapToBound = (bound − revenue)/bound}, SPEC §4), plus the bound a solver itself reports, if any.
 */
final class EdgeObjectives {

    private EdgeObjectives() {
    }

    static Map<String, Double> of(EdgeInstance in, EdgeSchedule s) {
        Map<String, Double> o = new LinkedHashMap<>();
        EdgeChecker checker = new EdgeChecker();
        double revenue = 0;
        double energy = 0;
        double solar = 0;
        long run = 0;
        long dropped = 0;
        Map<String, Double> per = new LinkedHashMap<>();
        for (EdgeSchedule.ServerSchedule ss : s.servers()) {
            ServerDay day = in.server(ss.serverId()).orElse(null);
            if (day == null || ss.taskCount() != day.tasks().size()) {
                continue;
            }
            EdgeChecker.ServerFigures f = checker.figures(in, day, ss);
            revenue += f.revenue();
            energy += f.energyWh();
            run += f.tasksRun();
            dropped += day.tasks().size() - f.tasksRun();
            for (double v : day.solarW()) {
                solar += v * in.hoursPerSlot();
            }
            per.put("revenue[" + ss.serverId() + "]", f.revenue());
        }
        EdgeBound.Result bound = in.bound();
        o.put("revenue", revenue);
        o.put("revenueBound", bound.revenueBound());
        o.put("gapToBound", bound.revenueBound() > 0 ? (bound.revenueBound() - revenue) / bound.revenueBound() : 0);
        o.put("tasksRun", (double) run);
        o.put("tasksDropped", (double) dropped);
        o.put("energyWh", energy);
        o.put("solarWh", solar);
        if (s.boundRevenue() != null) {
            o.put("solverBound", s.boundRevenue());
        }
        o.putAll(per);
        return o;
    }

    static List<ObjectiveSpec> specs() {
        return List.of(
                ObjectiveSpec.of("revenue", "Revenue", "¤", ObjectiveSpec.Kind.MONEY, 3),
                ObjectiveSpec.of("revenueBound", "Upper bound on the revenue (LP)", "¤", ObjectiveSpec.Kind.MONEY, 3),
                ObjectiveSpec.of("gapToBound", "Gap to the bound", "", ObjectiveSpec.Kind.SHARE, 4),
                ObjectiveSpec.count("tasksRun", "Tasks run"),
                ObjectiveSpec.count("tasksDropped", "Tasks dropped"),
                ObjectiveSpec.of("energyWh", "Energy drawn", "Wh", ObjectiveSpec.Kind.ENERGY, 1),
                ObjectiveSpec.of("solarWh", "Solar energy available", "Wh", ObjectiveSpec.Kind.ENERGY, 1),
                ObjectiveSpec.of("solverBound", "Bound the solver proved", "¤", ObjectiveSpec.Kind.MONEY, 3),
                ObjectiveSpec.of("revenue[*]", "Revenue of {}", "¤", ObjectiveSpec.Kind.MONEY, 3));
    }

    /** Per server: solar, power and battery per slot, and a table of the servers' figures. */
    static List<ReportSection> sections(EdgeInstance in, EdgeSchedule s) {
        EdgeChecker checker = new EdgeChecker();
        List<ChartSpec> charts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (EdgeSchedule.ServerSchedule ss : s.servers()) {
            ServerDay day = in.server(ss.serverId()).orElse(null);
            if (day == null || ss.taskCount() != day.tasks().size()) {
                continue;
            }
            EdgeChecker.ServerFigures f = checker.figures(in, day, ss);
            List<double[]> solar = new ArrayList<>();
            List<double[]> power = new ArrayList<>();
            List<double[]> battery = new ArrayList<>();
            for (int t = 0; t < day.slots(); t++) {
                double hour = t * in.slotMinutes() / 60;
                solar.add(new double[] {hour, day.solarW()[t]});
                power.add(new double[] {hour, f.powerW()[t]});
                battery.add(new double[] {hour, f.batteryWh()[t + 1]});
            }
            charts.add(ChartSpec.lines("day-" + ss.serverId(), "Server " + day.server().name() + ": solar, power "
                    + "and battery", new ChartSpec.Axis("Time", "h"), new ChartSpec.Axis("Power / battery",
                    "W, Wh"), List.of(new ChartSpec.XySeries("solar (W)", solar),
                    new ChartSpec.XySeries("power drawn (W)", power),
                    new ChartSpec.XySeries("battery (Wh)", battery))));
            rows.add(List.of(ss.serverId(), day.server().batteryKind().name().toLowerCase(java.util.Locale.ROOT),
                    Figures.fixed(f.revenue(), 3), Integer.toString(f.tasksRun()),
                    Integer.toString(day.tasks().size() - f.tasksRun()), Figures.fixed(f.energyWh(), 1)));
        }
        TableSpec table = new TableSpec("servers", "Servers", List.of("Server", "Battery", "Revenue (¤)",
                "Tasks run", "Tasks dropped", "Energy drawn (Wh)"), rows);
        return List.of(new ReportSection("Edge servers", "Per server: the solar input, the power the schedule "
                + "draws and the battery level per slot, and the revenue it earns.", charts, List.of(table)));
    }
}
