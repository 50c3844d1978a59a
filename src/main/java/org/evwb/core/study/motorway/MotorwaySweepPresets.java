package org.evwb.core.study.motorway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * The motorway study's sweeps as presets: total trip time (and conflicts, CPU time) against the fleet size and
 * against the number of stations, per solver, on sections made by the paper's generator (§4.2), with N seeded runs
 * per point (a task's seed, from the base seed, the point and the run, seeds the generator and the solvers). A
 * generated section is feasible at the lowest speed (the generator checks it), so every solver has a schedule to find;
 * CP-SAT runs on one worker with a time limit per run, so a large point cannot hold the sweep up.
 */
public final class MotorwaySweepPresets {

    /** Total trip time vs fleet size. */
    public static final String FLEET = "trip-time-vs-fleet";
    /** Total trip time vs station count. */
    public static final String STATIONS = "trip-time-vs-stations";

    static final String EMVS = "emvs";
    static final String STATION_COUNT = "stations";

    private static final List<String> SOLVERS = List.of(GreedySolver.ID, CpSatSolver.ID);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(10);

    private MotorwaySweepPresets() {
    }

    static List<SweepPreset<MotorwayInstance, MotorwaySchedule>> of(MotorwayStudy study) {
        return List.of(
                preset(study, FLEET, "Total trip time vs fleet size (greedy, CP-SAT)",
                        "EMVs 4, 8, 12, 16 on a generated 100 km section with 4 stations, 3 seeded runs each: seconds",
                        SweepGrid.of(SweepGrid.axis(EMVS, List.of(4, 8, 12, 16))), EMVS, "EMVs"),
                preset(study, STATIONS, "Total trip time vs station count (greedy, CP-SAT)",
                        "2, 3, 4, 6 stations on a generated 100 km section with 10 EMVs, 3 seeded runs each: seconds",
                        SweepGrid.of(SweepGrid.axis(STATION_COUNT, List.of(2, 3, 4, 6))), STATION_COUNT,
                        "stations"));
    }

    private static SweepPreset<MotorwayInstance, MotorwaySchedule> preset(MotorwayStudy study, String id,
                                                                         String title, String description,
                                                                         SweepGrid grid, String x, String xLabel) {
        return new SweepPreset<>(id, title, description, grid, 3, 1, SOLVERS, Map.of(), RUN_LIMIT,
                (project, config, point, seed) -> {
                    MotorwayGenerator.Parameters d = MotorwayGenerator.Parameters.DEFAULT;
                    int emvs = point.values().containsKey(EMVS) ? point.intValue(EMVS) : d.emvCount();
                    int stations = point.values().containsKey(STATION_COUNT) ? point.intValue(STATION_COUNT)
                            : d.stationCount();
                    Project p = new MotorwayGenerator().generate(d.withSizes(emvs, stations, d.nodeCount(),
                            d.modeCount()), seed).project();
                    // the study's defaults: the open project's motorway and its parameters do not fit a generated one
                    return study.buildInstance(p, null);
                },
                List.of(x, "run", "solver", "feasible", "totalTripMin", "conflicts", "totalWaitingMin", "cpuSeconds"),
                List.of(SweepChart.line(id, title.replace(" (greedy, CP-SAT)", ""), x, "totalTripMin", "solver",
                                xLabel, "total trip time [min]"),
                        SweepChart.line(id + "-conflicts", "Conflicts vs " + xLabel, x, "conflicts", "solver",
                                xLabel, "conflicts"),
                        SweepChart.line(id + "-cpu", "CPU time vs " + xLabel, x, "cpuSeconds", "solver", xLabel,
                                "CPU time [s], log scale").logarithmic()),
                SweepPreset.noTables());
    }
}
