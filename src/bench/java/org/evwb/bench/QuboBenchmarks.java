package org.evwb.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.io.MaxCutGraph;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.qaoa.QuboCost;
import org.evwb.core.qubo.qaoa.StateVector;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.solve.RunContext;

/**
 * The QUBO engine's benchmarks (docs/benchmarks.md, "QUBO engine"): annealer throughput, Gset cut quality against
 * the best-known cuts, exhaustive enumeration at n = 24, QAOA time per layer and a full p = 2 optimisation. Numbers
 * are measured, never asserted; {@code quick} shrinks every case to a smoke run.
 */
public final class QuboBenchmarks {

    /** One line of the table. */
    public record Row(String benchmark, String target, String measured, String note) { }

    /** Best-known cuts (Benlic &amp; Hao 2013, as in the Gset README). */
    static final Map<String, Long> BEST_KNOWN = Map.of("G1", 11624L, "G11", 564L, "G14", 3064L, "G22", 13359L,
            "G43", 6660L, "G55", 10294L);

    private final Path gsetDir;
    private final boolean quick;
    private final PrintWriter log;

    public QuboBenchmarks(Path gsetDir, boolean quick, PrintWriter log) {
        this.gsetDir = gsetDir;
        this.quick = quick;
        this.log = log;
    }

    public static void main(String[] args) {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    /** Runs the benchmarks ({@code --quick}, {@code --gset-dir DIR}) and prints the table to {@code out}. */
    public static void run(List<String> args, PrintWriter out) {
        int k = args.indexOf("--gset-dir");
        Path gset = Path.of(k >= 0 && k + 1 < args.size() ? args.get(k + 1) : "../shared/benchmarks/gset");
        out.printf("machine: %d cores, Java %s (%s), max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<Row> rows = new QuboBenchmarks(gset, args.contains("--quick"), out).runAll();
        out.println();
        out.print(table(rows));
        out.flush();
    }

    public List<Row> runAll() {
        List<Row> rows = new ArrayList<>();
        rows.add(annealThroughput());
        rows.add(gset("G1", 0.990));
        rows.add(gset("G22", 0.985));
        rows.add(exact24());
        for (int n : quick ? new int[] {12, 14} : new int[] {18, 22, 26}) {
            rows.add(qaoaLayer(n));
        }
        rows.add(qaoaFullP2(quick ? 10 : 18));
        return rows;
    }

    /** A 1,000-variable QUBO, each pair coupled with probability 1 %, weights uniform in [−1, 1). */
    static Qubo sparseRandom(int n, double density, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", n);
        int p = b.objective("objective");
        for (int i = 0; i < n; i++) {
            b.addLinear(p, i, r.nextDouble(-1, 1));
            for (int j = i + 1; j < n; j++) {
                if (r.nextDouble() < density) {
                    b.addQuadratic(p, i, j, r.nextDouble(-1, 1));
                }
            }
        }
        return b.build();
    }

    Row annealThroughput() {
        int n = 1000;
        Qubo q = sparseRandom(n, 0.01, 1);
        int reads = quick ? 2 : 20;
        AnnealSampler warm = new AnnealSampler(new AnnealSampler.Parameters(reads, 1000, 0, 0, 1, false));
        warm.solve(q, RunContext.of(0)); // JIT warm-up
        // One thread runs the reads on this thread, so its CPU time is the annealer's own, whatever else the
        // (shared) machine is doing; wall time is reported beside it.
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SampleSet s = warm.solve(q, RunContext.of(1));
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpuSec = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        double updates = (double) reads * 1000 * n;
        log.printf("anneal: %d couplers, %d reads x 1000 sweeps in %.2f s wall, %.2f s CPU%n", q.numCouplers(), reads,
                sec, cpuSec);
        return new Row("anneal spin updates/s, 1 core, n=1000, 1% density (" + q.numCouplers() + " couplers)",
                ">= 1e8/s", String.format("%.2e/CPU-s (%.2e/wall-s)", updates / cpuSec, updates / sec),
                String.format("%d reads x 1000 sweeps, %.2f s wall, best %.3f", reads, sec, s.bestEnergy()));
    }

    Row gset(String name, double target) {
        Path f = gsetDir.resolve(name + ".txt");
        if (!Files.exists(f)) {
            return new Row("Gset " + name + " cut", ">= " + pct(target), "skipped", f + " not found");
        }
        try {
            MaxCutGraph g = new QuboFiles(Json.newMapper()).readGset(f);
            Qubo q = g.toQubo();
            AnnealSampler.Parameters p = gsetParameters(g.numNodes());
            long t0 = System.nanoTime();
            SampleSet s = new AnnealSampler(p).solve(q, RunContext.of(1));
            double sec = (System.nanoTime() - t0) / 1e9;
            long cut = g.cutValue(s.best().orElseThrow().state());
            double ratio = cut / (double) BEST_KNOWN.get(name);
            log.printf("%s: cut %d of %d in %.2f s%n", name, cut, BEST_KNOWN.get(name), sec);
            return new Row("Gset " + name + " cut vs best-known " + BEST_KNOWN.get(name) + " (2 cores, <= 10 s)",
                    ">= " + pct(target), String.format("%s (cut %d) in %.1f s", pct(ratio), cut, sec),
                    String.format("anneal, %d reads x %d sweeps, seed 1", p.reads(), p.sweeps()));
        } catch (ProjectFileException e) {
            return new Row("Gset " + name + " cut", ">= " + pct(target), "failed", e.getMessage());
        }
    }

    /** Tuned for Gset within 10 s on two cores: long schedules matter more than many reads. */
    AnnealSampler.Parameters gsetParameters(int nodes) {
        if (quick) {
            return new AnnealSampler.Parameters(2, 200, 0, 0, 0, false);
        }
        return nodes <= 1000 ? new AnnealSampler.Parameters(8, 5000, 0, 0, 0, false)
                : new AnnealSampler.Parameters(4, 5000, 0, 0, 0, false);
    }

    Row exact24() {
        int n = quick ? 16 : 24;
        Qubo q = sparseRandom(n, 0.5, 3);
        new ExactSampler(ExactSampler.Parameters.DEFAULT).solve(sparseRandom(12, 0.5, 4), RunContext.of(0));
        long t0 = System.nanoTime();
        SampleSet s = new ExactSampler(ExactSampler.Parameters.DEFAULT).solve(q, RunContext.of(0));
        double sec = (System.nanoTime() - t0) / 1e9;
        return new Row("exact, n=" + n + " (" + q.numCouplers() + " couplers, 2^" + n + " states)", "-",
                String.format("%.2f s", sec), String.format("ground energy %.4f", s.bestEnergy()));
    }

    Row qaoaLayer(int n) {
        Qubo q = sparseRandom(n, 0.3, 5);
        try {
            QaoaSimulator.checkSize(n, 26);
        } catch (IllegalArgumentException e) {
            return new Row("QAOA one layer, n=" + n, "-", "skipped", e.getMessage());
        }
        double[] diag = QaoaSimulator.diagonal(new QuboCost(q));
        StateVector psi = new StateVector(n);
        psi.applyPhase(diag, 0.1); // warm-up
        psi.applyMixer(0.1);
        int layers = n >= 26 ? 2 : 5;
        long t0 = System.nanoTime();
        long c0 = org.evwb.core.solve.CpuClock.processCpuNanos();
        for (int k = 0; k < layers; k++) {
            psi.applyPhase(diag, 0.1);
            psi.applyMixer(0.1);
        }
        double perLayer = (System.nanoTime() - t0) / 1e9 / layers;
        double cpu = (org.evwb.core.solve.CpuClock.processCpuNanos() - c0) / 1e9 / layers;
        return new Row("QAOA one layer (phase + X mixer), n=" + n, "-",
                String.format("%.3f s wall (%.3f CPU-s)", perLayer, cpu),
                String.format("state vector %s", humanBytes(StateVector.bytesNeeded(n))));
    }

    Row qaoaFullP2(int n) {
        Qubo q = sparseRandom(n, 0.3, 6);
        QaoaSimulator sim = new QaoaSimulator(new QaoaSimulator.Parameters(2, 1000, 200, 26));
        long t0 = System.nanoTime();
        long c0 = org.evwb.core.solve.CpuClock.processCpuNanos();
        QaoaSimulator.Result r = sim.run(new QuboCost(q), RunContext.of(1));
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpu = (org.evwb.core.solve.CpuClock.processCpuNanos() - c0) / 1e9;
        return new Row("QAOA full p=2 optimisation, n=" + n, "< 10 s",
                String.format("%.2f s wall (%.2f CPU-s)", sec, cpu),
                String.format("%d evaluations, <C> %.3f vs min %.3f, P(optimal) %.4f", r.evaluations(),
                        r.expectedEnergy(), r.minEnergy(), r.probabilityOptimal()));
    }

    static String pct(double v) {
        return String.format("%.2f %%", 100 * v);
    }

    static String humanBytes(long b) {
        return b >= 1L << 30 ? String.format("%.1f GiB", b / (double) (1L << 30))
                : String.format("%.0f MiB", b / (double) (1L << 20));
    }

    /** The rows as a Markdown table. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| benchmark | target | measured | notes |\n|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.benchmark()).append(" | ").append(r.target()).append(" | ")
                    .append(r.measured()).append(" | ").append(r.note()).append(" |\n");
        }
        return sb.toString();
    }
}
