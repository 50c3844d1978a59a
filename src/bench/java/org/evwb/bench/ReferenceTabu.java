package org.evwb.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.io.MaxCutGraph;
import org.evwb.core.qubo.sampler.TabuSampler;
import org.evwb.core.solve.RunContext;

/**
 * The tabu row side by side with a reference tabu core built outside the product (D-Wave's {@code dwave-samplers}
 * tabu sources compiled with a small driver; neither is part of this repository, only the binary's path is given).
 * For each Gset graph and seed, the product's {@link TabuSampler} and the reference run one after the other at the
 * same wall-clock limit, one thread each, the order swapped from seed to seed so that neither side always runs first
 * under the shared machine's load. Each run records its cut, its share of the best-known cut, the CPU seconds it got
 * and the load average at that moment, because on a loaded machine a wall limit gives each side a different amount of
 * CPU.
 *
 * <p>The reference binary's contract: {@code BINARY QUBO_FILE SEED TIMEOUT_MS} reads a file whose first line is
 * {@code n} and whose other lines are {@code i j v} (0-based, i ≤ j; i = j is the linear term), and prints lines
 * {@code energy E}, {@code state 0101…}, {@code cpu_s S}, {@code wall_s W}, {@code restarts R}. The returned state is
 * checked here: its cut, counted from the edge list, must equal minus the energy the reference printed.
 */
final class ReferenceTabu {

    /** One run of either side. */
    record Run(String side, long seed, long cut, double cpuSeconds, double wallSeconds, long restarts, String load) { }

    /** What the reference printed, its state already checked against the graph. */
    record Answer(double energy, byte[] state, double cpuSeconds, double wallSeconds, long restarts) { }

    private final Path binary;
    private final Path workDir;

    ReferenceTabu(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** Writes the QUBO in the reference driver's text format (merged couplers, each pair once). */
    static void writeQubo(Qubo q, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(Integer.toString(q.numVariables()));
            out.newLine();
            for (int i = 0; i < q.numVariables(); i++) {
                if (q.linear(i) != 0) {
                    out.write(i + " " + i + " " + repr(q.linear(i)));
                    out.newLine();
                }
            }
            for (int k = 0; k < q.numCouplers(); k++) {
                out.write(q.couplerU(k) + " " + q.couplerV(k) + " " + repr(q.couplerWeight(k)));
                out.newLine();
            }
        }
    }

    private static String repr(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Runs the reference once on a written QUBO and checks its state against the graph's own cut count. */
    Answer solve(Path quboFile, MaxCutGraph g, long seed, long timeoutMs) throws IOException, InterruptedException {
        Path outFile = workDir.resolve("reference-tabu-" + seed + ".out");
        Process p = new ProcessBuilder(binary.toString(), quboFile.toString(), Long.toString(seed),
                Long.toString(timeoutMs)).redirectErrorStream(true).redirectOutput(outFile.toFile()).start();
        if (!p.waitFor(timeoutMs * 20 + 120_000, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("reference tabu did not finish: " + binary);
        }
        List<String> lines = Files.readAllLines(outFile, StandardCharsets.US_ASCII);
        Files.deleteIfExists(outFile);
        if (p.exitValue() != 0) {
            throw new IOException("reference tabu exited " + p.exitValue() + ": " + String.join(" / ", lines));
        }
        Map<String, String> kv = new HashMap<>();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                kv.put(line.substring(0, sp), line.substring(sp + 1).trim());
            }
        }
        String s = kv.get("state");
        if (s == null || s.length() != g.numNodes() || !kv.containsKey("energy")) {
            throw new IOException("reference tabu printed no full state: " + String.join(" / ", lines));
        }
        byte[] x = new byte[s.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (byte) (s.charAt(i) == '1' ? 1 : 0);
        }
        double energy = Double.parseDouble(kv.get("energy"));
        long cut = g.cutValue(x);
        if (Math.abs(cut + energy) > 1e-6 * Math.max(1, Math.abs(energy))) {
            throw new IllegalStateException("reference tabu's state cuts " + cut + " but it reported energy " + energy);
        }
        return new Answer(energy, x, Double.parseDouble(kv.getOrDefault("cpu_s", "NaN")),
                Double.parseDouble(kv.getOrDefault("wall_s", "NaN")),
                Long.parseLong(kv.getOrDefault("restarts", "-1")));
    }

    /**
     * Product and reference on one graph, {@code seeds} seeds, interleaved; prints every run and returns a row with
     * both medians and their ratio.
     */
    QuboBenchmarks.Row compare(String name, MaxCutGraph g, long bestKnown, double seconds, int seeds,
                               java.io.PrintWriter log) {
        Qubo q = g.toQubo();
        List<Run> runs = new ArrayList<>();
        try {
            Path file = workDir.resolve(name + ".qubo.txt");
            writeQubo(q, file);
            for (int seed = 1; seed <= seeds; seed++) {
                for (int k = 0; k < 2; k++) {
                    boolean ref = (k == 0) == (seed % 2 == 1);
                    Run r = ref ? referenceRun(file, g, seed, seconds) : productRun(q, g, seed, seconds);
                    runs.add(r);
                    log.printf(Locale.ROOT, "tabu %s %-9s seed %d: cut %d of %d (%.2f %%), %d restarts, %.2f CPU-s, "
                                    + "%.1f s wall; load %s%n", name, r.side(), seed, r.cut(), bestKnown,
                            100.0 * r.cut() / bestKnown, r.restarts(), r.cpuSeconds(), r.wallSeconds(), r.load());
                }
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double product = median(runs, "product") / bestKnown;
        double reference = median(runs, "reference") / bestKnown;
        StringBuilder note = new StringBuilder();
        for (Run r : runs) {
            note.append(String.format(Locale.ROOT, "%s s%d %d (%.1f CPU-s); ", r.side().substring(0, 3), r.seed(),
                    r.cut(), r.cpuSeconds()));
        }
        return new QuboBenchmarks.Row(String.format(Locale.ROOT,
                "tabu vs reference core, share of best-known cut %d, %s (%d nodes), %.0f s wall, 1 thread each",
                bestKnown, name, g.numNodes(), seconds), "product >= reference",
                String.format(Locale.ROOT, "product %s / reference %s (median of %d seeds; ratio %.4f)",
                        QuboBenchmarks.pct(product), QuboBenchmarks.pct(reference), seeds, product / reference),
                note.toString().trim());
    }

    private Run referenceRun(Path file, MaxCutGraph g, long seed, double seconds)
            throws IOException, InterruptedException {
        Answer a = solve(file, g, seed, Math.round(seconds * 1000));
        return new Run("reference", seed, g.cutValue(a.state()), a.cpuSeconds(), a.wallSeconds(), a.restarts(),
                MotorwayBenchmarks.loadAverage());
    }

    private static Run productRun(Qubo q, MaxCutGraph g, long seed, double seconds) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        SampleSet s = new TabuSampler(new TabuSampler.Parameters(1_000_000, 0, 0, seconds))
                .solve(q, RunContext.of(seed));
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        SamplerInfo.Tabu info = (SamplerInfo.Tabu) s.info();
        return new Run("product", seed, g.cutValue(s.best().orElseThrow().state()), cpu, wall, info.restarts(),
                MotorwayBenchmarks.loadAverage());
    }

    private static double median(List<Run> runs, String side) {
        List<Double> v = new ArrayList<>();
        for (Run r : runs) {
            if (r.side().equals(side)) {
                v.add((double) r.cut());
            }
        }
        v.sort(null);
        int m = v.size();
        return m == 0 ? Double.NaN : m % 2 == 1 ? v.get(m / 2) : (v.get(m / 2 - 1) + v.get(m / 2)) / 2;
    }
}
