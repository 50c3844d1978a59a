package org.evwb.core.solve.sweep;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.RunStatus;

/**
 * One solver run of a sweep: the task (point values, run, seed), the solver, how the run ended, the checker's verdict
 * (feasible, number of violations), the study's objectives, wall time, the CPU time of the worker thread during the
 * solve ({@code cpuSeconds}), the process CPU time over the same interval ({@code processCpuSeconds}: includes the
 * other workers; coarse) and the compute-carbon estimate from the thread CPU time. {@code error} is null unless the run
 * failed. Serialisable: a cluster member sends its rows back as they are, so rows are bit-identical on every backend.
 */
@JsonPropertyOrder({"task", "point", "run", "seed", "solver", "status", "feasible", "violations", "objectives",
    "wallSeconds", "cpuSeconds", "processCpuSeconds", "computeEnergyKWh", "computeCo2Kg", "error"})
public record SweepRow(int task, Map<String, Object> point, int run, long seed, String solver, RunStatus status,
                       boolean feasible, int violations, Map<String, Double> objectives, double wallSeconds,
                       double cpuSeconds, double processCpuSeconds, double computeEnergyKWh, double computeCo2Kg,
                       String error) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fixed CSV columns besides the point's axes and the objectives (axes must not use these names). */
    public static final List<String> COLUMNS = List.of("task", "run", "seed", "solver", "status", "feasible",
            "violations", "wallSeconds", "cpuSeconds", "processCpuSeconds", "computeEnergyKWh", "computeCo2Kg",
            "error");

    public SweepRow {
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
        objectives = Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
    }

    /** An objective, or NaN when the run did not report it. */
    public double objective(String name) {
        return objectives.getOrDefault(name, Double.NaN);
    }

    /** The row without its machine-dependent timing columns (for determinism checks). */
    public SweepRow withoutTimings() {
        return new SweepRow(task, point, run, seed, solver, status, feasible, violations, objectives, 0, 0, 0, 0, 0,
                error);
    }
}
