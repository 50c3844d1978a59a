package org.evwb.core.solve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one optimiser on one instance and reports on it: wall and CPU time, the compute-carbon estimate, the objective
 * values and the verdict of the study's checker. This is the only place a run's report is made, for the UI, the CLI
 * and tests alike.
 */
public final class OptimizerRunner {

    private final Supplier<ComputeCarbon.Settings> carbonSettings;
    private final ObjectMapper mapper;

    public OptimizerRunner(ComputeCarbon.Settings carbonSettings, ObjectMapper mapper) {
        this(() -> carbonSettings, mapper);
    }

    /**
     * A runner whose compute-carbon constants are read when each run ends (the window's preferences: a change reaches
     * the next run); {@code carbonSettings} is called on the solver's thread, so it must be thread-safe.
     */
    public OptimizerRunner(Supplier<ComputeCarbon.Settings> carbonSettings, ObjectMapper mapper) {
        this.carbonSettings = java.util.Objects.requireNonNull(carbonSettings);
        this.mapper = mapper;
    }

    /** The compute-carbon constants the next run will use. */
    public ComputeCarbon.Settings carbonSettings() {
        return carbonSettings.get();
    }

    /** A run that records no study configuration (an instance not built from a project's configuration). */
    public <I, S> RunOutcome<S> run(StudyDefinition<I, S> study, SolverSpec<I, S> spec, Record parameters,
                                    I instance, RunContext context) {
        return run(study, spec, parameters, instance, null, context);
    }

    /**
     * Runs {@code spec} on {@code instance}, built with {@code configuration} ({@link RunConfiguration#of}), which the
     * report records so that its result file checks without the project's configuration.
     */
    public <I, S> RunOutcome<S> run(StudyDefinition<I, S> study, SolverSpec<I, S> spec, Record parameters,
                                    I instance, RunConfiguration configuration, RunContext context) {
        Optimizer<I, S> optimizer = spec.create(parameters);
        Map<String, Object> params = SolverSpec.parameterMap(parameters, mapper);
        Instant started = Instant.now();
        long wall0 = System.nanoTime();
        long cpu0 = CpuClock.processCpuNanos();
        S solution = null;
        Throwable failure = null;
        RunStatus status;
        try {
            solution = optimizer.solve(instance, context);
            status = context.isCancelled() ? RunStatus.CANCELLED
                    : context.timeLimitReached() ? RunStatus.TIME_LIMIT : RunStatus.COMPLETED;
        } catch (CancelledException e) {
            status = RunStatus.CANCELLED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            status = RunStatus.FAILED;
            failure = e;
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        long cpu1 = CpuClock.processCpuNanos();
        double cpu = cpu0 < 0 || cpu1 < 0 ? wall : (cpu1 - cpu0) / 1e9;
        ComputeCarbon carbon = ComputeCarbon.estimate(cpu, wall, carbonSettings.get());
        Map<String, Double> objectives = Map.of();
        List<Violation> violations = List.of();
        String error = failure == null ? null : describe(failure);
        if (solution != null) {
            try {
                violations = study.checker().check(instance, solution);
                objectives = study.objectives(instance, solution);
            } catch (RuntimeException e) {
                status = RunStatus.FAILED;
                failure = e;
                error = "checking the solution failed: " + describe(e);
            }
        } else if (status == RunStatus.COMPLETED || status == RunStatus.TIME_LIMIT) {
            status = RunStatus.FAILED;
            error = "the solver returned no solution";
        }
        RunReport report = new RunReport(study.id(), spec.id(), context.seed(), params, started, status, wall, cpu,
                carbon, objectives, violations, error, configuration);
        return new RunOutcome<>(report, solution, failure);
    }

    private static String describe(Throwable t) {
        return org.evwb.core.project.UserMessages.of(t);
    }
}
