package org.evwb.core.study.edge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Paper 001's figure sweeps as presets, on the open project (its servers, solar and task recipe; the study
 * configuration's parameters): Fig. 8 revenue vs battery capacity, Fig. 9 vs the ratio level, Fig. 10 the same over
 * several days, Fig. 11 online revenue vs the deviation of the actual day, Fig. 17 vs spikes. Each point's instance
 * is the project with that one thing changed. Every row carries its gap to the point's LP bound.
 */
final class EdgeSweepPresets {

    static final String BATTERY = "batteryWh";
    static final String RATIO = "ratioLevel";
    static final String DAYS = "days";
    static final String DEVIATION = "solarDeviationPercent";
    static final String MATCH = "taskMatchShare";
    static final String SPIKES = "spikeShare";

    private EdgeSweepPresets() {
    }

    static List<SweepPreset<EdgeInstance, EdgeSchedule>> of(EdgeStudy study) {
        List<String> offline = List.of("snb", "sfb-offline", "sib-offline", "np-edf", "execute-on-arrival");
        List<String> online = List.of("online", "sfb-offline");
        return List.of(
                preset("fig8-battery", "Fig. 8 — revenue vs battery capacity", "battery 0 … 10,000 Wh on every "
                        + "server; the offline algorithms and two baselines", SweepGrid.of(SweepGrid.axis(BATTERY,
                        List.of(0.0, 2000.0, 5000.0, 7000.0, 10000.0))), offline,
                        (p, c, pt, seed) -> study.buildInstanceWith(withBattery(p, pt.doubleValue(BATTERY)),
                                study.parameters().from(p, c)), BATTERY, "battery [Wh]"),
                preset("fig9-ratio", "Fig. 9 — revenue vs ratio level", "Fig. 9's five ratio levels of the task "
                        + "recipe (docs/studies/edge.md)", SweepGrid.of(SweepGrid.axis(RATIO, List.of(1, 2, 3, 4,
                        5))), offline, (p, c, pt, seed) -> study.buildInstanceWith(withRecipe(p, Map.of(RATIO,
                        pt.intValue(RATIO))), study.parameters().from(p, c)), RATIO, "ratio level"),
                preset("fig10-multi-day", "Fig. 10 — revenue vs ratio level over several days", "1, 2 and 3 days "
                        + "(the project's solar day repeated) × the five ratio levels", SweepGrid.of(
                        SweepGrid.axis(DAYS, List.of(1, 2, 3)), SweepGrid.axis(RATIO, List.of(1, 2, 3, 4, 5))),
                        List.of("snb", "sfb-offline", "sib-offline"), (p, c, pt, seed) -> study.buildInstanceWith(
                                days(withRecipe(p, Map.of(RATIO, pt.intValue(RATIO))), pt.intValue(DAYS)),
                                study.parameters().from(p, c)), RATIO, "ratio level"),
                preset("fig11-deviation", "Fig. 11 — online revenue vs deviation", "δ_power 0, 5, 10 % × δ_task 1,"
                        + " 0.95, 0.9: online against the offline schedule made on the actual day",
                        SweepGrid.of(SweepGrid.axis(DEVIATION, List.of(0.0, 5.0, 10.0)), SweepGrid.axis(MATCH,
                                List.of(1.0, 0.95, 0.9))), online, (p, c, pt, seed) -> study.buildInstanceWith(p,
                                study.parameters().from(p, c).withDeviation(pt.doubleValue(MATCH),
                                        pt.doubleValue(DEVIATION), 0)), DEVIATION, "δ_power [%]"),
                preset("fig17-spikes", "Fig. 17 — robustness to spikes", "5 % solar deviation (as the paper) and "
                        + "solar drops with task bursts at 0, 2, 5, 8 and 12 % of the slots", SweepGrid.of(
                        SweepGrid.axis(SPIKES, List.of(0.0, 0.02, 0.05, 0.08, 0.12))), online,
                        (p, c, pt, seed) -> study.buildInstanceWith(p, study.parameters().from(p, c)
                                .withDeviation(1, 5, pt.doubleValue(SPIKES))), SPIKES, "share of slots with a "
                        + "spike"));
    }

    private static SweepPreset<EdgeInstance, EdgeSchedule> preset(String id, String title, String description,
                                                                  SweepGrid grid, List<String> solvers,
                                                                  SweepPreset.Instances<EdgeInstance> instances,
                                                                  String x, String xLabel) {
        List<String> columns = new ArrayList<>();
        grid.axes().forEach(a -> columns.add(a.name()));
        columns.addAll(List.of("run", "solver", "feasible", "revenue", "revenueBound", "gapToBound", "tasksRun",
                "tasksDropped", "cpuSeconds"));
        return new SweepPreset<>(id, title, description, grid, 1, 1, solvers, Map.of(), null, instances, columns,
                List.of(SweepChart.line(id + "-revenue", title, x, "revenue", "solver", xLabel, "revenue [¤]"),
                        SweepChart.line(id + "-gap", title + " (gap to the LP bound)", x, "gapToBound", "solver",
                                xLabel, "gap to the bound")), SweepPreset.noTables());
    }

    /** Every server with battery {@code wh} (0: none). */
    static Project withBattery(Project p, double wh) {
        List<EdgeServer> servers = p.infrastructure().edgeServers().stream().map(s -> s.withBattery(wh > 0
                ? BatteryKind.FINITE : BatteryKind.NONE, wh)).toList();
        Infrastructure i = p.infrastructure();
        return new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                new Infrastructure(i.motorways(), i.chargingStations(), i.baseStations(), servers, i.windSources(),
                        i.pvSources()), p.fleet(), p.timeSeries(), p.generators(), p.studies());
    }

    /** The first edge-tasks recipe with some parameters replaced. */
    static Project withRecipe(Project p, Map<String, Object> values) throws ProjectFileException {
        List<GeneratorRecipe> out = new ArrayList<>();
        boolean done = false;
        for (GeneratorRecipe r : p.generators()) {
            if (!done && r.generator().equals(EdgeGenerator.ID)) {
                Map<String, Object> m = new LinkedHashMap<>(r.parameters());
                m.putAll(values);
                out.add(new GeneratorRecipe(r.id(), r.generator(), r.seed(), m));
                done = true;
            } else {
                out.add(r);
            }
        }
        return p.withGenerators(out);
    }

    /** The project over {@code n} days: each solar series repeated, the task recipe's slots times n. */
    static Project days(Project p, int n) throws ProjectFileException {
        List<TimeSeries> ts = p.timeSeries().stream().map(t -> {
            List<Double> v = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                v.addAll(t.values());
            }
            return new TimeSeries(t.id(), t.name(), t.unit(), t.startMin(), t.slotMinutes(), v);
        }).toList();
        Project q = new Project(p.format(), p.version(), p.name(), p.description(), p.currencyLabel(), p.basemap(),
                p.infrastructure(), p.fleet(), ts, p.generators(), p.studies());
        GeneratorRecipe r = q.recipesOf(EdgeGenerator.ID).stream().findFirst().orElse(null);
        if (r == null) {
            return q;
        }
        Object slots = r.parameters().getOrDefault("slots", TaskRecipe.DEFAULT.slots());
        return withRecipe(q, Map.of("slots", ((Number) slots).intValue() * n));
    }
}
