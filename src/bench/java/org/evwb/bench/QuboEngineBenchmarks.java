package org.evwb.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.evwb.core.project.Json;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.io.MaxCutGraph;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.qaoa.CostLevels;
import org.evwb.core.qubo.qaoa.BenchStateVectors;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.qaoa.QuboCost;
import org.evwb.core.qubo.qaoa.StateVector;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.LegacyAnnealSampler;
import org.evwb.core.qubo.sampler.LegacyTabuSampler;
import org.evwb.core.qubo.sampler.TabuSampler;
import org.evwb.core.solve.CpuClock;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;

/**
 * The QUBO engine's performance rows, previous and current implementation side by side in one JVM, interleaved so
 * both see the same load of the (shared) machine: tabu's share of the best-known Gset cut at a fixed time, anneal's
 * throughput at short reads and what a time limit does to it, and one QAOA layer against two plain memory passes
 * over a state of the same size. The previous implementations live only in the benchmark source set ({@code Legacy*}).
 * Options: {@code --quick} (smoke run), {@code --gset-dir DIR}, {@code --part tabu|anneal|qaoa} (one part only),
 * {@code --seconds S} (tabu's time per run, default 10), {@code --seeds K} (tabu seeds per graph, default 2),
 * {@code --reference-sa PATH} (a reference annealer to run beside ours, {@link ReferenceSa}; {@code --reference-sweeps
 * 100} measures only its 100-sweep rows),
 * {@code --reference-tabu PATH} (a reference tabu binary built outside the product, see {@link ReferenceTabu}: the
 * tabu part then runs the product against it instead of against the previous implementation).
 */
public final class QuboEngineBenchmarks {

    private final Path gsetDir;
    private final boolean quick;
    private final PrintWriter log;
    private final List<QuboBenchmarks.Row> rows = new ArrayList<>();

    QuboEngineBenchmarks(Path gsetDir, boolean quick, PrintWriter log) {
        this.gsetDir = gsetDir;
        this.quick = quick;
        this.log = log;
    }

    public static void main(String[] args) {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    public static void run(List<String> args, PrintWriter out) {
        Path gset = Path.of(option(args, "--gset-dir", "../shared/benchmarks/gset"));
        boolean quick = args.contains("--quick");
        String part = option(args, "--part", "all");
        double seconds = Double.parseDouble(option(args, "--seconds", quick ? "1" : "10"));
        int seeds = Integer.parseInt(option(args, "--seeds", quick ? "1" : "2"));
        out.printf("machine: %d cores, Java %s (%s), max heap %d MiB; load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20,
                MotorwayBenchmarks.loadAverage());
        QuboEngineBenchmarks b = new QuboEngineBenchmarks(gset, quick, out);
        if (part.equals("all") || part.equals("anneal")) {
            b.annealShortReads();
            b.annealTimeLimited();
            b.annealReference(ReferenceSa.binaries(args), ReferenceSa.sweepsOnly(args));
        }
        if (part.equals("all") || part.equals("qaoa")) {
            for (int n : quick ? new int[] {16} : new int[] {18, 22, 24}) {
                b.qaoaLayer(n);
            }
        }
        if (part.equals("all") || part.equals("tabu")) {
            String ref = option(args, "--reference-tabu", null);
            b.tabuGset(seconds, seeds, ref == null ? null : new ReferenceTabu(Path.of(ref), tempDir()));
        }
        out.println();
        out.print(QuboBenchmarks.table(b.rows));
        out.println("load average after: " + MotorwayBenchmarks.loadAverage());
        out.flush();
    }

    // ---------------------------------------------------------------- tabu

    void tabuGset(double seconds, int seeds, ReferenceTabu reference) {
        if (reference == null) {
            rows.add(new QuboBenchmarks.Row("tabu vs reference core (--reference-tabu PATH)", "product >= reference",
                    "reference not given", "the previous implementation runs instead"));
        }
        for (String name : List.of("G1", "G11", "G14", "G22", "G43", "G55")) {
            Path f = gsetDir.resolve(name + ".txt");
            if (!Files.exists(f)) {
                rows.add(new QuboBenchmarks.Row("tabu Gset " + name, "-", "skipped", f + " not found"));
                continue;
            }
            MaxCutGraph g;
            try {
                g = new QuboFiles(Json.newMapper()).readGset(f);
            } catch (org.evwb.core.project.ProjectFileException e) {
                rows.add(new QuboBenchmarks.Row("tabu Gset " + name, "-", "failed", e.getMessage()));
                continue;
            }
            long bestKnown = QuboBenchmarks.BEST_KNOWN.get(name);
            if (reference != null) {
                rows.add(reference.compare(name, g, bestKnown, seconds, seeds, log));
                continue;
            }
            Qubo q = g.toQubo();
            List<Double> before = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            StringBuilder note = new StringBuilder();
            for (int seed = 1; seed <= seeds; seed++) {
                // interleaved, and the order swapped from seed to seed, so neither side always runs first
                for (int k = 0; k < 2; k++) {
                    boolean old = (k == 0) == (seed % 2 == 1);
                    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                    long c0 = mx.getCurrentThreadCpuTime();
                    SampleSet s = old
                            ? new LegacyTabuSampler(new LegacyTabuSampler.Parameters(1_000_000, 0, 0, seconds))
                                    .solve(q, RunContext.of(seed))
                            : new TabuSampler(new TabuSampler.Parameters(1_000_000, 0, 0, seconds))
                                    .solve(q, RunContext.of(seed));
                    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                    long cut = g.cutValue(s.best().orElseThrow().state());
                    SamplerInfo.Tabu info = (SamplerInfo.Tabu) s.info();
                    (old ? before : after).add(cut / (double) bestKnown);
                    log.printf(Locale.ROOT, "tabu %s %s seed %d: cut %d of %d (%.2f %%), %d restarts, %d steps, "
                                    + "%.1f CPU-s; load %s%n", name, old ? "before" : "after", seed, cut, bestKnown,
                            100.0 * cut / bestKnown, info.restarts(), info.iterations(), cpu,
                            MotorwayBenchmarks.loadAverage());
                    note.append(String.format(Locale.ROOT, "%s s%d %d; ", old ? "before" : "after", seed, cut));
                }
            }
            rows.add(new QuboBenchmarks.Row(String.format(Locale.ROOT,
                    "tabu, share of best-known cut %d, %s (%d nodes), %.0f s wall, 1 thread", bestKnown, name,
                    g.numNodes(), seconds), "after >= reference",
                    String.format(Locale.ROOT, "before %s / after %s (median of %d seeds)",
                            QuboBenchmarks.pct(median(before)), QuboBenchmarks.pct(median(after)), seeds),
                    note.toString().trim()));
        }
    }

    // ---------------------------------------------------------------- anneal

    /** Random Ising-like QUBO, n = 1000, 1 % density: many short runs, CPU time of the whole process. */
    void annealShortReads() {
        Qubo q = QuboBenchmarks.sparseRandom(1000, 0.01, 1);
        int sweeps = 100;
        int reads = 8;
        int runs = quick ? 20 : 300;
        for (int threads : new int[] {1, 0}) {
            AnnealSampler now = new AnnealSampler(new AnnealSampler.Parameters(reads, sweeps, 0, 0, threads, false));
            LegacyAnnealSampler old = new LegacyAnnealSampler(
                    new LegacyAnnealSampler.Parameters(reads, sweeps, 0, 0, threads, false));
            for (int w = 0; w < 30; w++) { // JIT warm-up of both
                now.solve(q, RunContext.of(w));
                old.solve(q, RunContext.of(w));
            }
            double[] cpuOld = new double[1];
            double[] cpuNew = new double[1];
            double[] wallOld = new double[1];
            double[] wallNew = new double[1];
            int blocks = 10;
            for (int b = 0; b < blocks; b++) { // interleaved blocks of runs
                for (int k = 0; k < 2; k++) {
                    boolean isOld = (k == 0) == (b % 2 == 0);
                    long c0 = CpuClock.processCpuNanos();
                    long t0 = System.nanoTime();
                    for (int r = 0; r < runs / blocks; r++) {
                        if (isOld) {
                            old.solve(q, RunContext.of(r));
                        } else {
                            now.solve(q, RunContext.of(r));
                        }
                    }
                    (isOld ? cpuOld : cpuNew)[0] += (CpuClock.processCpuNanos() - c0) / 1e9;
                    (isOld ? wallOld : wallNew)[0] += (System.nanoTime() - t0) / 1e9;
                }
            }
            double updates = (double) runs * reads * sweeps * q.numVariables();
            log.printf(Locale.ROOT, "anneal %d x %d sweeps, threads %s: before %.3f CPU-s %.3f wall-s, after %.3f "
                            + "CPU-s %.3f wall-s for %d runs; load %s%n", reads, sweeps, threads == 0 ? "all" : "1",
                    cpuOld[0], wallOld[0], cpuNew[0], wallNew[0], runs, MotorwayBenchmarks.loadAverage());
            rows.add(new QuboBenchmarks.Row(String.format(Locale.ROOT,
                    "anneal short reads: spin updates/CPU-s, n=1000 (%d couplers), %d reads x %d sweeps, %s",
                    q.numCouplers(), reads, sweeps, threads == 0 ? "all cores" : "1 thread"), "after > before",
                    String.format(Locale.ROOT, "before %.3g / after %.3g (x%.2f)", updates / cpuOld[0],
                            updates / cpuNew[0], cpuOld[0] / cpuNew[0]),
                    String.format(Locale.ROOT, "%d runs each, interleaved in %d blocks; wall %.2f s / %.2f s", runs,
                            blocks, wallOld[0], wallNew[0])));
        }
    }

    /** Side by side with a reference SA core built outside the product ({@code --reference-sa PATH}). */
    void annealReference(List<Path> binaries, List<Integer> sweepsOnly) {
        List<ReferenceSa.Problem> problems = new ArrayList<>();
        problems.add(new ReferenceSa.Problem("random Ising", QuboBenchmarks.sparseRandom(1000, 0.01, 1)));
        for (String name : List.of("G1", "G22")) {
            Path f = gsetDir.resolve(name + ".txt");
            try {
                problems.add(new ReferenceSa.Problem(name, new QuboFiles(Json.newMapper()).readGset(f).toQubo()));
            } catch (org.evwb.core.project.ProjectFileException e) {
                rows.add(new QuboBenchmarks.Row("anneal against the reference, " + name, "-", "skipped",
                        e.getMessage()));
            }
        }
        ReferenceSa ref = new ReferenceSa(binaries, sweepsOnly, quick, log);
        if (!binaries.isEmpty()) {
            problems.forEach(p -> rows.add(ref.defaultRange(p)));
        }
        rows.addAll(ref.rows(problems));
    }

    /** A time limit far below what the requested schedule needs: what the reads did with it. */
    void annealTimeLimited() {
        Qubo q = QuboBenchmarks.sparseRandom(1000, 0.01, 2);
        double limit = quick ? 0.3 : 1.0;
        int sweeps = 1_000_000;
        for (int k = 0; k < 2; k++) {
            boolean old = k == 0;
            RunContext ctx = new RunContext(7, Duration.ofMillis((long) (limit * 1000)), RunListener.NONE);
            long t0 = System.nanoTime();
            SampleSet s = old
                    ? new LegacyAnnealSampler(new LegacyAnnealSampler.Parameters(16, sweeps, 0, 0, 0, false))
                            .solve(q, ctx)
                    : new AnnealSampler(new AnnealSampler.Parameters(16, sweeps, 0, 0, 0, false)).solve(q, ctx);
            double sec = (System.nanoTime() - t0) / 1e9;
            SamplerInfo.Anneal info = (SamplerInfo.Anneal) s.info();
            rows.add(new QuboBenchmarks.Row(String.format(Locale.ROOT,
                    "anneal with --time-limit %.1f s, 16 reads x %,d sweeps requested, n=1000, %s", limit, sweeps,
                    old ? "before" : "after"), "complete schedules",
                    String.format(Locale.ROOT, "best %.3f, %d reads x %d sweeps reported, in %.2f s", s.bestEnergy(),
                            info.readsCompleted(), info.sweeps(), sec),
                    old ? "reads cut part-way through the schedule (still hot)"
                            : String.format(Locale.ROOT, "%,d spin updates counted", info.spinUpdates())));
        }
    }

    // ---------------------------------------------------------------- QAOA

    /** A Max-Cut QUBO on a random graph with ±1 weights: few distinct energies, as QAOA's usual instances. */
    static Qubo maxCutRandom(int n, double density, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", n);
        int p = b.objective("minus cut");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (r.nextDouble() < density) {
                    double w = r.nextBoolean() ? 1 : -1;
                    b.addQuadratic(p, i, j, 2 * w);
                    b.addLinear(p, i, -w);
                    b.addLinear(p, j, -w);
                }
            }
        }
        return b.build();
    }

    void qaoaLayer(int n) {
        Qubo q = maxCutRandom(n, 0.3, 5);
        double[] diag = QaoaSimulator.diagonal(new QuboCost(q));
        long l0 = System.nanoTime();
        CostLevels levels = CostLevels.of(diag);
        double levelSec = (System.nanoTime() - l0) / 1e9;
        int layers = n >= 24 ? 5 : 7;
        double[] oldT = new double[2];
        double[] newT = new double[2];
        double[] floorT = new double[2];
        {
            StateVector old = BenchStateVectors.scalar(n);
            StateVector now = BenchStateVectors.simd(n);
            old.applyLayer(diag, levels, 0.1, 0.1);
            now.applyLayer(diag, levels, 0.1, 0.1);
            double[] a = new double[1 << n];
            double[] bb = new double[1 << n];
            java.util.Arrays.fill(a, 1);
            java.util.Arrays.fill(bb, 1);
            twoPasses(a, bb);
            for (int rep = 0; rep < layers; rep++) { // interleaved: scalar layer, SIMD layer, floor
                time(oldT, () -> old.applyLayer(diag, levels, 0.1, 0.1));
                time(newT, () -> now.applyLayer(diag, levels, 0.1, 0.1));
                time(floorT, () -> twoPasses(a, bb));
            }
            // the same circuit on both paths: amplitudes agree (within FMA rounding)
            double maxDiff = 0;
            for (int z = 0; z < now.size(); z += 97) {
                maxDiff = Math.max(maxDiff, Math.abs(now.re(z) - old.re(z)) + Math.abs(now.im(z) - old.im(z)));
            }
            log.printf(Locale.ROOT, "QAOA n=%d (%s): max |SIMD - scalar| amplitude over a sample after %d layers "
                    + "%.2e, %d levels (%.2f s to build); load %s%n", n, StateVector.layerKernel(), layers + 1,
                    maxDiff, levels == null ? -1 : levels.count(), levelSec, MotorwayBenchmarks.loadAverage());
        }
        rows.add(new QuboBenchmarks.Row(String.format(Locale.ROOT,
                "QAOA one layer (phase + X mixer), n=%d, Max-Cut +-1 weights (%s distinct energies), all cores", n,
                levels == null ? "too many" : Integer.toString(levels.count())), n == 24 ? "<= 3x floor" : "-",
                String.format(Locale.ROOT, "scalar %.3f s (%.3f CPU-s) / SIMD %.3f s (%.3f CPU-s); floor %.3f s "
                                + "(%.3f CPU-s): SIMD = %.1fx floor wall, %.1fx CPU", oldT[0] / layers,
                        oldT[1] / layers, newT[0] / layers, newT[1] / layers, floorT[0] / layers, floorT[1] / layers,
                        newT[0] / floorT[0], newT[1] / floorT[1]),
                String.format(Locale.ROOT, "means of %d layers, interleaved; SIMD: %s; floor = two passes "
                        + "reading and writing re and im (%s); load %s", layers, StateVector.layerKernel(),
                        QuboBenchmarks.humanBytes(16L << n), MotorwayBenchmarks.loadAverage())));
    }

    /** The floor: two read-modify-write passes over two arrays of 2^n doubles, on all cores in 2^14 chunks. */
    static void twoPasses(double[] re, double[] im) {
        for (int pass = 0; pass < 2; pass++) {
            double c = pass == 0 ? 0.5 : 2.0;
            int chunk = 1 << 14;
            IntStream.range(0, Math.max(1, re.length / chunk)).parallel().forEach(k -> {
                for (int z = k * chunk, end = Math.min(re.length, z + chunk); z < end; z++) {
                    double r = re[z];
                    double i = im[z];
                    re[z] = c * r - 0.0 * i;
                    im[z] = c * i + 0.0 * r;
                }
            });
        }
    }

    private static void time(double[] acc, Runnable r) {
        long c0 = CpuClock.processCpuNanos();
        long t0 = System.nanoTime();
        r.run();
        acc[0] += (System.nanoTime() - t0) / 1e9;
        acc[1] += (CpuClock.processCpuNanos() - c0) / 1e9;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int m = s.size();
        return m == 0 ? Double.NaN : m % 2 == 1 ? s.get(m / 2) : (s.get(m / 2 - 1) + s.get(m / 2)) / 2;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("evwb-tabu-ref");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String option(List<String> args, String name, String dflt) {
        int k = args.indexOf(name);
        return k >= 0 && k + 1 < args.size() ? args.get(k + 1) : dflt;
    }
}
