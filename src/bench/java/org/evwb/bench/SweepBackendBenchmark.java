package org.evwb.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepBackend;
import org.evwb.core.solve.sweep.SweepBackendOptions;
import org.evwb.core.solve.sweep.SweepBackends;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPreset;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.study.demo.DemoBasedStudy;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;

/**
 * Per-task overhead of each sweep backend against the local pool, and rows per second, on N short runs (default
 * 10,000; {@code --quick} 1,000): the demo's greedy on its sample project (microseconds per run, checker included),
 * so what is measured is the backend. Local pool on all cores, then Hazelcast with two embedded members (one worker
 * each, the machine's two cores): wall time, process CPU time, rows/s, and (wall_hz − wall_local) / N. Rows are
 * compared untimed. Options: {@code --tasks N}, {@code --quick}.
 */
public final class SweepBackendBenchmark {

    private SweepBackendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(Arrays.asList(args), new PrintWriter(System.out, true));
    }

    public static void run(List<String> a, PrintWriter log) throws Exception {
        int i = a.indexOf("--tasks");
        int tasks = i >= 0 ? Integer.parseInt(a.get(i + 1)) : a.contains("--quick") ? 1000 : 10_000;
        NoopStudy study = new NoopStudy(tasks);
        StudySweeps.Spec<DemoInstance, DemoSolution> spec = StudySweeps.ofPreset(study,
                study.sweepPresets().get(0), study.sampleProject().orElseThrow(), null);
        OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper());
        SweepBackends backends = new SweepBackends(new StudyRegistry().register(study));
        log.println("tasks: " + tasks + " (demo greedy on the demo sample, one solver per task); load average "
                + MotorwayBenchmarks.loadAverage());
        log.println();
        log.println("| backend | wall s | process CPU s | rows/s | overhead per task vs local (wall) |");
        log.println("|---|---|---|---|---|");
        // warm-up of the solver path, so the local figure is not a cold start
        StudySweeps.run(spec.withGrid(SweepGrid.of(new SweepGrid.Axis("k", List.of(0, 1, 2)))), runner,
                ComputeCarbon.Settings.DEFAULT, new RunContext(1, null, RunListener.NONE));
        List<List<SweepRow>> reference = new java.util.ArrayList<>();
        double[] local = measure(spec, SweepBackends.local(), runner, reference);
        log.printf(Locale.ROOT, "| local (%d threads) | %.2f | %.2f | %.0f | — |%n",
                Runtime.getRuntime().availableProcessors(), local[0], local[1], tasks / local[0]);
        long t0 = System.nanoTime();
        try (SweepBackend hz = backends.open("hazelcast", new SweepBackendOptions(List.of(), 2, null, 1))) {
            double up = (System.nanoTime() - t0) / 1e9;
            double[] first = measure(spec, hz, runner, reference);
            double[] second = measure(spec, hz, runner, reference);
            log.printf(Locale.ROOT, "| hazelcast, 2 embedded members x 1 worker, 1st sweep | %.2f | %.2f | %.0f | "
                    + "%.3f ms |%n", first[0], first[1], tasks / first[0], (first[0] - local[0]) / tasks * 1e3);
            log.printf(Locale.ROOT, "| hazelcast, same members, 2nd sweep | %.2f | %.2f | %.0f | %.3f ms |%n",
                    second[0], second[1], tasks / second[0], (second[0] - local[0]) / tasks * 1e3);
            log.printf(Locale.ROOT, "%ncluster up in %.2f s; rows identical to local: %s; load average after %s%n",
                    up, first[2] == 1 && second[2] == 1, MotorwayBenchmarks.loadAverage());
        }
    }

    /** Wall seconds, process CPU seconds, 1 when the rows equal {@code reference} untimed (null: keep them). */
    private static double[] measure(StudySweeps.Spec<DemoInstance, DemoSolution> spec, SweepBackend backend,
                                    OptimizerRunner runner, List<List<SweepRow>> reference) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        StudySweeps.Output out = StudySweeps.run(spec, backend, runner, ComputeCarbon.Settings.DEFAULT,
                new RunContext(1, null, RunListener.NONE));
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        List<SweepRow> rows = out.rows().stream().map(SweepRow::withoutTimings).toList();
        if (reference.isEmpty()) {
            reference.add(rows);
        }
        return new double[] {wall, cpu, rows.equals(reference.get(0)) ? 1 : 0};
    }

    /** The demo study with a preset of N points, each one greedy run on the demo sample. */
    private static final class NoopStudy extends DemoBasedStudy {
            private final int tasks;

        NoopStudy(int tasks) {
            this.tasks = tasks;
        }

        @Override
        public String id() {
            return "noop-demo";
        }

        @Override
        public String title() {
            return "Demo greedy, many times";
        }

        @Override
        public List<SolverSpec<DemoInstance, DemoSolution>> solvers() {
            return List.of(demo.solvers().get(0));
        }

        @Override
        public List<SweepPreset<DemoInstance, DemoSolution>> sweepPresets() {
            return List.of(new SweepPreset<>("noop", "Noop", "", SweepGrid.of(new SweepGrid.Axis("k",
                    IntStream.range(0, tasks).boxed().toList())), 1, 1, List.of("greedy"), Map.of(),
                    (Duration) null, (project, config, point, seed) -> demo.buildInstance(project, config),
                    List.of("k"), List.of(), SweepPreset.noTables()));
        }






    }
}
