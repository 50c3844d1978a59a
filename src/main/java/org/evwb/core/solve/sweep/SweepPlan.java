package org.evwb.core.solve.sweep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.StudyDefinition;

/**
 * What to sweep: the study (checker and objectives), the grid points, seeded runs per point, how a task's seed is
 * made, how its instance is built, the solvers (each with its parameters), worker threads (0 = all cores), an optional
 * time limit per solver run, and the compute-carbon constants. Make one with {@link #builder}.
 */
public record SweepPlan<I, S>(StudyDefinition<I, S> study, List<SweepPoint> points, int runs, long baseSeed,
                              SeedRule seeds, InstanceFactory<I> instances, List<SweepSolver<I, S>> solvers,
                              int threads, Duration runTimeLimit, ComputeCarbon.Settings carbon) {

    /** A task's seed from the base seed, its point and its run; {@link SweepTask#defaultSeed} unless a study has its own. */
    @FunctionalInterface
    public interface SeedRule {
        long seed(long baseSeed, SweepPoint point, int run);
    }

    public SweepPlan {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(instances, "instances");
        Objects.requireNonNull(carbon, "carbon");
        points = List.copyOf(points);
        solvers = List.copyOf(solvers);
        if (points.isEmpty() || solvers.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one point and one solver");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs per point must be >= 1, was " + runs);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), was " + threads);
        }
        if (runTimeLimit != null && (runTimeLimit.isNegative() || runTimeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit per run must be positive, was " + runTimeLimit);
        }
    }

    public static <I, S> Builder<I, S> builder(StudyDefinition<I, S> study, InstanceFactory<I> instances) {
        return new Builder<>(study, instances);
    }

    /** The tasks in task order: points in the order given, runs 0..runs-1 within each point. */
    public List<SweepTask> tasks() {
        List<SweepTask> out = new ArrayList<>(points.size() * runs);
        for (SweepPoint p : points) {
            for (int r = 0; r < runs; r++) {
                out.add(new SweepTask(out.size(), p, r, seeds.seed(baseSeed, p, r)));
            }
        }
        return out;
    }

    /** Builds a plan; every setting but the points and solvers has a default. */
    public static final class Builder<I, S> {
        private final StudyDefinition<I, S> study;
        private final InstanceFactory<I> instances;
        private final List<SweepPoint> points = new ArrayList<>();
        private final List<SweepSolver<I, S>> solvers = new ArrayList<>();
        private int runs = 1;
        private long baseSeed;
        private SeedRule seeds = SweepTask::defaultSeed;
        private int threads;
        private Duration runTimeLimit;
        private ComputeCarbon.Settings carbon = ComputeCarbon.Settings.DEFAULT;

        private Builder(StudyDefinition<I, S> study, InstanceFactory<I> instances) {
            this.study = study;
            this.instances = instances;
        }

        public Builder<I, S> grid(SweepGrid grid) {
            points.addAll(grid.points());
            return this;
        }

        public Builder<I, S> points(List<SweepPoint> ps) {
            points.addAll(ps);
            return this;
        }

        public Builder<I, S> solver(SweepSolver<I, S> solver) {
            solvers.add(solver);
            return this;
        }

        public Builder<I, S> runs(int n) {
            runs = n;
            return this;
        }

        public Builder<I, S> baseSeed(long seed) {
            baseSeed = seed;
            return this;
        }

        public Builder<I, S> seeds(SeedRule rule) {
            seeds = rule;
            return this;
        }

        public Builder<I, S> threads(int n) {
            threads = n;
            return this;
        }

        public Builder<I, S> runTimeLimit(Duration limit) {
            runTimeLimit = limit;
            return this;
        }

        public Builder<I, S> carbon(ComputeCarbon.Settings settings) {
            carbon = settings;
            return this;
        }

        public SweepPlan<I, S> build() {
            return new SweepPlan<>(study, points, runs, baseSeed, seeds, instances, solvers, threads, runTimeLimit,
                    carbon);
        }
    }
}
