package org.evwb.core.solve;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run did: which solver on which study with which seed and parameters, how long it took, its compute-carbon
 * estimate, its objective values and the checker's verdict. Solvers never fill in {@link #violations()}: the
 * {@link OptimizerRunner} asks the study's checker.
 */
public record RunReport(
        String study,
        String solver,
        long seed,
        Map<String, Object> parameters,
        Instant startedAt,
        RunStatus status,
        double wallSeconds,
        double cpuSeconds,
        ComputeCarbon computeCarbon,
        Map<String, Double> objectives,
        List<Violation> violations,
        String error) {

    public RunReport {
        // Insertion order is kept: result files list parameters and objectives in the order the solver declares them.
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        objectives = objectives == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** True when the run produced a solution and the checker found nothing wrong with it. */
    public boolean feasible() {
        return (status == RunStatus.COMPLETED || status == RunStatus.TIME_LIMIT) && violations.isEmpty();
    }
}
