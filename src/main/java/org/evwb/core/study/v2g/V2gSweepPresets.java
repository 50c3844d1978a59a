package org.evwb.core.study.v2g;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Paper 003's Figs. 4 and 5 as sweep presets: cost per method (Fig. 4) and run time per method (Fig. 5) against the
 * fleet size 50–300, on fleets made by {@code v2g-fleet} (a task's seed makes the fleet and its market day, so each
 * run is another night) at the level of the open project's configuration, with the paper's methods — {@code milp} for
 * CPLEX, {@code adp}, {@code learned} (SVC) and {@code learned-quantum-kernel} (QSVC), on the shipped models — and
 * {@code greedy}. {@code milp} runs with a 60 s limit per run (its bound gives every method's gap: the rows hold
 * {@code costLowerBound}); a full sweep takes 6 sizes × 2 nights × (≤ 60 s + the rest), 13 min measured on the loaded
 * 2-core machine (docs/studies/v2g.md).
 */
final class V2gSweepPresets {

    static final String FIG4 = "fig4-cost-vs-fleet-size";
    static final String FIG5 = "fig5-run-time-vs-fleet-size";
    static final String FLEET = "fleetSize";

    /** The paper's methods (CPLEX → milp, approximate DP, SVC, QSVC) and our greedy baseline. */
    private static final List<String> SOLVERS = List.of(V2gMilp.ID, V2gAdp.ID, V2gLearned.ID, V2gLearned.QUANTUM_ID,
            V2gGreedy.ID);

    private V2gSweepPresets() {
    }

    static List<SweepPreset<V2gInstance, V2gSchedule>> of(V2gStudy study) {
        SweepGrid grid = SweepGrid.of(SweepGrid.axis(FLEET, List.of(50, 100, 150, 200, 250, 300)));
        List<String> columns = List.of(FLEET, "run", "solver", "feasible", "cost", "wallSeconds", "cpuSeconds");
        return List.of(
                preset(study, FIG4, "Fig. 4: cost vs fleet size (milp, adp, learned, greedy)", "The night's market cost per "
                        + "method for 50–300 EVs, 2 generated nights each (milp 60 s per run): about 13–15 min", grid,
                        columns, List.of(SweepChart.line(FIG4, "Cost vs fleet size", FLEET, "cost", "solver",
                                "EVs", "cost [¤]"))),
                preset(study, FIG5, "Fig. 5: run time vs fleet size (milp, adp, learned, greedy)", "Wall and CPU time per "
                        + "method for 50–300 EVs, 2 generated nights each (milp 60 s per run): about 13–15 min", grid,
                        columns, List.of(SweepChart.line(FIG5, "Run time vs fleet size", FLEET, "wallSeconds",
                                "solver", "EVs", "wall time [s], log scale").logarithmic(),
                                SweepChart.line(FIG5 + "-cpu", "CPU time vs fleet size", FLEET, "cpuSeconds",
                                        "solver", "EVs", "CPU time [s], log scale").logarithmic())));
    }

    private static SweepPreset<V2gInstance, V2gSchedule> preset(V2gStudy study, String id, String title,
                                                               String description, SweepGrid grid,
                                                               List<String> columns, List<SweepChart> charts) {
        V2gMilp.Parameters milp = new V2gMilp.Parameters(V2gMilp.Backend.AUTO, 60, 1e-4, true, 2000, 0, true);
        return new SweepPreset<>(id, title, description, grid, 2, 1, SOLVERS, Map.of(V2gMilp.ID, milp),
                Duration.ofSeconds(120), (project, config, point, seed) -> {
                    int d = point.intValue(FLEET);
                    V2gParameters p = study.parameters().from(project, config);
                    Project generated = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(d)
                            .withLevel(p.level()), seed);
                    // the configuration's rules and figures, on the generated depot and night
                    return study.buildInstanceWith(generated, new V2gParameters(null, p.socSource(),
                            p.identicalInitialKWh(), p.identicalTargetKWh(), p.capacityKWh(), p.powerKW(),
                            p.socFloorKWh(), p.siteLimit(), 0, p.directionRule(), p.excessCostPerKWh(), null, null,
                            null, 0));
                }, columns, charts, SweepPreset.noTables());
    }
}
