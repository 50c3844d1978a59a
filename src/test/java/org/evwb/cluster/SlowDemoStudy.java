package org.evwb.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.project.Project;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.study.demo.DemoBasedStudy;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;

/**
 * The demo study with a slow solver ({@code slow}: the demo's greedy after a pause of {@code millis}, stopping early
 * on cancel) and a sweep preset {@code slow} over {@code k = 0..tasks-1} whose point {@code k = refused} cannot be
 * built. Its counters see every start on every member, for the members live in the test's JVM.
 */
final class SlowDemoStudy extends DemoBasedStudy {

    static final String PRESET = "slow";

    record SlowParameters(long millis) { }

    private final int tasks;
    private final int refused;
    private final long millis;
    final AtomicInteger solves = new AtomicInteger();
    final AtomicInteger builds = new AtomicInteger();
    final AtomicInteger finishedSolves = new AtomicInteger();
    /** Runs at the start of every {@code slow} solve, on the member's thread that runs it (tests stop members here). */
    volatile Runnable onStart = () -> { };

    /** {@code refused} &lt; 0: every point builds. */
    SlowDemoStudy(int tasks, int refused, long millis) {
        this.tasks = tasks;
        this.refused = refused;
        this.millis = millis;
    }

    @Override
    public String id() {
        return "slow-demo";
    }

    @Override
    public String title() {
        return "Demo with a slow solver";
    }

    @Override
    public List<SolverSpec<DemoInstance, DemoSolution>> solvers() {
        SolverSpec<DemoInstance, DemoSolution> greedy = demo.solvers().get(0);
        return List.of(greedy, SolverSpec.of("slow", "greedy after a pause", new SlowParameters(millis),
                (SlowParameters p) -> new Slow(greedy, p.millis())));
    }

    /** The demo's greedy after a pause that a cancel cuts short. */
    private final class Slow implements Optimizer<DemoInstance, DemoSolution> {
        private final SolverSpec<DemoInstance, DemoSolution> greedy;
        private final long pause;

        Slow(SolverSpec<DemoInstance, DemoSolution> greedy, long pause) {
            this.greedy = greedy;
            this.pause = pause;
        }

        @Override
        public String id() {
            return "slow";
        }

        @Override
        public String description() {
            return "greedy after a pause";
        }

        @Override
        public DemoSolution solve(DemoInstance instance, RunContext ctx) {
            solves.incrementAndGet();
            onStart.run();
            long end = System.nanoTime() + pause * 1_000_000;
            while (System.nanoTime() < end && !ctx.isCancelled()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            DemoSolution s = greedy.create(greedy.defaults()).solve(instance, ctx);
            if (!ctx.isCancelled()) {
                finishedSolves.incrementAndGet();
            }
            return s;
        }
    }

    @Override
    public List<SweepPreset<DemoInstance, DemoSolution>> sweepPresets() {
        List<Integer> ks = java.util.stream.IntStream.range(0, tasks).boxed().toList();
        return List.of(new SweepPreset<>(PRESET, "Slow", "", SweepGrid.of(new SweepGrid.Axis("k", ks)), 1, 7,
                List.of("greedy", "slow"), Map.of(), (Duration) null, (project, config, point, seed) -> {
                    builds.incrementAndGet();
                    if (point.intValue("k") == refused) {
                        throw new IllegalStateException("k=" + refused + " is refused on purpose");
                    }
                    return demo.buildInstance(project, config);
                }, List.of("k"), List.of(), SweepPreset.noTables()));
    }

    Project project() {
        return demo.sampleProject().orElseThrow();
    }
}
