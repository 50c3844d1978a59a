package org.evwb.core.solve.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;

/**
 * A {@link SweepJob} rebuilt on a worker: the plan, its tasks and the study's per-task tables, ready to run any task
 * by its index. Built once per sweep and worker; tasks run on any thread, concurrently.
 */
public final class PreparedSweep {

    private final SweepJob job;
    private final Runner<?, ?> runner;

    private PreparedSweep(SweepJob job, Runner<?, ?> runner) {
        this.job = job;
        this.runner = runner;
    }

    /**
     * Rebuilds the job's plan with this worker's studies; throws {@link IllegalArgumentException} saying what differs
     * when this worker cannot run it (an unknown study or preset, a project its build rejects, another plan).
     */
    public static PreparedSweep of(SweepJob job, StudyRegistry studies) {
        StudyDefinition<?, ?> study = studies.study(job.studyId()).orElseThrow(() -> new IllegalArgumentException(
                "sweep " + job.id() + ": this worker has no study '" + job.studyId() + "' (a different build of the "
                        + "product? every member needs the same evwb.jar)"));
        return new PreparedSweep(job, runner(job, study));
    }

    private static <I, S> Runner<I, S> runner(SweepJob job, StudyDefinition<I, S> study) {
        ProjectIO io = new ProjectIO();
        Project project;
        StudyConfig config;
        try {
            project = io.read(job.project(), "the project of sweep " + job.id());
            config = job.config() == null ? null : io.mapper().readValue(job.config(), StudyConfig.class);
        } catch (ProjectFileException e) {
            throw new IllegalArgumentException("sweep " + job.id() + ": this worker rejects the project: "
                    + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("sweep " + job.id() + ": this worker cannot read the study "
                    + "configuration: " + e.getMessage(), e);
        }
        StudySweeps.Spec<I, S> spec;
        if (job.presetId() != null) {
            SweepPreset<I, S> preset = study.sweepPreset(job.presetId()).orElseThrow(() ->
                    new IllegalArgumentException("sweep " + job.id() + ": this worker's study '" + study.id()
                            + "' has no sweep preset '" + job.presetId() + "' (a different build of the product?)"));
            spec = StudySweeps.ofPreset(study, preset, project, config);
        } else {
            spec = StudySweeps.ofGrid(study, job.grid(), project, config);
        }
        spec = spec.withGrid(job.grid()).withSolvers(job.solverIds()).withRuns(job.runs())
                .withBaseSeed(job.baseSeed()).withRunTimeLimit(job.runTimeLimit());
        SweepPlan<I, S> plan = spec.plan(job.carbon());
        long digest = SweepJob.digest(plan, io.mapper());
        if (digest != job.digest() || plan.tasks().size() != job.taskCount()) {
            throw new IllegalArgumentException("sweep " + job.id() + ": this worker's plan differs from the "
                    + "sender's (" + plan.tasks().size() + " tasks against " + job.taskCount() + ", or other seeds, "
                    + "points or solver parameters): every member needs the same evwb.jar");
        }
        SweepPreset.TaskTables<I, S> tables = spec.taskTables();
        return new Runner<>(plan, plan.tasks(), new SweepEngine(new OptimizerRunner(job.carbon(), io.mapper())),
                tables::rows);
    }

    public SweepJob job() {
        return job;
    }

    public int taskCount() {
        return runner.tasks().size();
    }

    /**
     * Runs task {@code index} here; null when {@code cancel} stopped it. Its output holds only serialisable values
     * (others as their text), so it can travel back from a cluster member.
     */
    public TaskRows<Map<String, List<Map<String, Object>>>> run(int index, SweepCancel cancel) throws Exception {
        return runner.run(index, cancel);
    }

    /** The rows of a task that could not be run: one FAILED row per solver, with the reason. */
    public static List<SweepRow> failedRows(SweepTask task, List<String> solverIds, String reason) {
        List<SweepRow> out = new ArrayList<>();
        for (String id : solverIds) {
            out.add(new SweepRow(task.index(), task.point().values(), task.run(), task.seed(), id, RunStatus.FAILED,
                    false, 0, Map.of(), 0, 0, 0, 0, 0, reason));
        }
        return out;
    }

    /** Copies a task's tables into serialisable lists and maps (the study's may be immutable views). */
    static Map<String, List<Map<String, Object>>> portable(Map<String, List<Map<String, Object>>> tables) {
        if (tables == null) {
            return null;
        }
        LinkedHashMap<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        tables.forEach((name, rows) -> {
            ArrayList<Map<String, Object>> copy = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                LinkedHashMap<String, Object> m = new LinkedHashMap<>();
                r.forEach((k, v) -> m.put(k, v == null || v instanceof Serializable ? v : v.toString()));
                copy.add(m);
            }
            out.put(name, copy);
        });
        return out;
    }

    private record Runner<I, S>(SweepPlan<I, S> plan, List<SweepTask> tasks, SweepEngine engine,
                                Function<FinishedTask<I, S>, Map<String, List<Map<String, Object>>>> tables) {

        TaskRows<Map<String, List<Map<String, Object>>>> run(int index, SweepCancel cancel) throws Exception {
            if (index < 0 || index >= tasks.size()) {
                throw new IllegalArgumentException("no task " + index + " in a sweep of " + tasks.size());
            }
            return engine.runTask(plan, tasks.get(index), t -> portable(tables.apply(t)), cancel);
        }
    }
}
