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
 *
 * <p>{@code configuration} is the study configuration the run was solved with (every parameter after the merge), so
 * the result checks without the project's configuration; null for runs that record none (older result files, runs
 * on an instance made without a project).
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
        String error,
        RunConfiguration configuration) {

    public RunReport {
        // Insertion order is kept: result files list parameters and objectives in the order the solver declares them.
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        objectives = objectives == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** A report that records no study configuration. */
    public RunReport(String study, String solver, long seed, Map<String, Object> parameters, Instant startedAt,
                     RunStatus status, double wallSeconds, double cpuSeconds, ComputeCarbon computeCarbon,
                     Map<String, Double> objectives, List<Violation> violations, String error) {
        this(study, solver, seed, parameters, startedAt, status, wallSeconds, cpuSeconds, computeCarbon, objectives,
                violations, error, null);
    }

    /** The same report recording the study configuration it was solved with. */
    public RunReport withConfiguration(RunConfiguration c) {
        return new RunReport(study, solver, seed, parameters, startedAt, status, wallSeconds, cpuSeconds,
                computeCarbon, objectives, violations, error, c);
    }

    /** True when the run produced a solution and the checker found nothing wrong with it. */
    public boolean feasible() {
        return (status == RunStatus.COMPLETED || status == RunStatus.TIME_LIMIT) && violations.isEmpty();
    }
}
