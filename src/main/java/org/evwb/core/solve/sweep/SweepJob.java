package org.evwb.core.solve.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ComputeCarbon;

/**
 * A sweep as data, for a distributed backend to send once per sweep: the study, the preset (null: an ad-hoc grid
 * over the study's parameters), the grid, runs, base seed, solvers, time limit, compute-carbon constants, the project
 * file's bytes and the study configuration. A worker rebuilds the plan from it with its own studies
 * ({@link PreparedSweep#of}) and refuses it when the plan it gets differs from the sender's ({@code digest}: the
 * tasks' seeds and points, the solvers and their parameters) — a member on another build of the product.
 *
 * @param id         the sweep's id (unique per run: a cluster may hold several sweeps)
 * @param axisValues one list per axis name, in axis order
 * @param timeLimitNanos the time limit per solver run, 0 for none
 * @param project    the project as its file's JSON (UTF-8)
 * @param config     the study configuration as JSON, or null
 */
public record SweepJob(String id, String studyId, String presetId, String name, List<String> axisNames,
                       List<List<Object>> axisValues, int runs, long baseSeed, List<String> solverIds,
                       long timeLimitNanos, double wattsPerBusyCore, double ramWatts, double gridKgPerKWh,
                       byte[] project, String config, int taskCount, long digest) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SweepJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(studyId, "studyId");
        axisNames = List.copyOf(axisNames);
        List<List<Object>> vs = new ArrayList<>();
        axisValues.forEach(v -> vs.add(List.copyOf(v)));
        axisValues = List.copyOf(vs);
        solverIds = List.copyOf(solverIds);
        Objects.requireNonNull(project, "project");
    }

    /** The job of a sweep spec; {@code id} names it on the cluster. */
    public static SweepJob of(String id, StudySweeps.Spec<?, ?> spec, ComputeCarbon.Settings carbon) {
        ProjectIO io = new ProjectIO();
        List<String> names = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        for (SweepGrid.Axis a : spec.grid().axes()) {
            names.add(a.name());
            values.add(new ArrayList<>(a.values()));
        }
        boolean preset = spec.study().sweepPresets().stream().anyMatch(p -> p.id().equals(spec.name()));
        String config;
        try {
            config = spec.config() == null ? null : io.mapper().writeValueAsString(spec.config());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the study configuration", e);
        }
        SweepPlan<?, ?> plan = spec.plan(carbon);
        return new SweepJob(id, spec.study().id(), preset ? spec.name() : null, spec.name(), names, values,
                spec.runs(), spec.baseSeed(), spec.solverIds(),
                spec.runTimeLimit() == null ? 0 : spec.runTimeLimit().toNanos(), carbon.wattsPerBusyCore(),
                carbon.ramWatts(), carbon.gridKgPerKWh(),
                io.toJson(spec.project()).getBytes(StandardCharsets.UTF_8), config, plan.tasks().size(),
                digest(plan, io.mapper()));
    }

    public ComputeCarbon.Settings carbon() {
        return new ComputeCarbon.Settings(wattsPerBusyCore, ramWatts, gridKgPerKWh);
    }

    public Duration runTimeLimit() {
        return timeLimitNanos == 0 ? null : Duration.ofNanos(timeLimitNanos);
    }

    public SweepGrid grid() {
        List<SweepGrid.Axis> axes = new ArrayList<>();
        for (int i = 0; i < axisNames.size(); i++) {
            axes.add(new SweepGrid.Axis(axisNames.get(i), axisValues.get(i)));
        }
        return new SweepGrid(axes);
    }

    /**
     * A fingerprint of what the plan runs: every task's index, seed and point, every solver and its parameters (as
     * JSON). Two builds that would make different rows from the same job get different digests.
     */
    static long digest(SweepPlan<?, ?> plan, ObjectMapper mapper) {
        long h = 0xcbf29ce484222325L;
        StringBuilder text = new StringBuilder();
        for (SweepTask t : plan.tasks()) {
            text.append(t.index()).append(':').append(t.seed()).append(':').append(t.point()).append(';');
        }
        for (SweepSolver<?, ?> s : plan.solvers()) {
            try {
                text.append(s.id()).append('=').append(mapper.writeValueAsString(s.parameters())).append(';');
            } catch (JsonProcessingException e) {
                text.append(s.id()).append('=').append(s.parameters()).append(';');
            }
        }
        text.append(plan.runTimeLimit()).append(';').append(plan.carbon());
        for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }
}
