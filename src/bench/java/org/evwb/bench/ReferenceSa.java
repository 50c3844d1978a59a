package org.evwb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.BenchAnneal;
import org.evwb.core.solve.CpuClock;
import org.evwb.core.solve.RunContext;

/**
 * {@link AnnealSampler} side by side with a reference simulated annealer built outside the product (D-Wave's
 * dwave-samplers SA core with a small driver, docs/benchmarks.md "Anneal, run 5"), on the same problems and the same
 * β schedule, one thread each, interleaved in blocks whose order alternates so both see the same machine load.
 *
 * <p>The reference is a separate executable given by path ({@code --reference-sa PATH}, several joined by commas);
 * without one every row says "reference not given". This class talks to it through two text files and its standard
 * output: the problem in Ising form ({@code ising N M OFFSET}, then N lines {@code h_i}, then M lines
 * {@code u v J_uv}, doubles in Java's shortest round-trip form), the schedule (one β per line), and per timed call a
 * line {@code run K cpu_s C wall_s W updates U energies E1 ...} plus a line {@code state K R +-+...} per read. Every
 * reference state is re-scored here with {@link Ising#energy} and {@link Qubo#energy}, so a reference that reports
 * energies its states do not have is caught.
 */
public final class ReferenceSa {

    /** Relative tolerance between a reported energy and the one recomputed here (sums in another order). */
    private static final double ENERGY_TOLERANCE = 1e-9;

    /** A named problem. */
    record Problem(String name, Qubo qubo) { }

    /**
     * One way of running a reference: with our schedule passed in (the like-for-like engine comparison), or with the
     * schedule its driver builds as the Python sampler would by default (its own β range, numpy's geomspace).
     */
    record Variant(Path binary, boolean ownSchedule) {
        String label() {
            return binary.getFileName() + (ownSchedule ? " (own default schedule)" : "");
        }
    }

    /** A measured configuration: reads × sweeps per run, runs per block and blocks. */
    record Config(int reads, int sweeps, int runsPerBlock, int blocks, int warmupRuns) { }

    /** One side's runs: CPU and wall time summed over runs, spin updates, every read's energy, each block's CPU. */
    private static final class Tally {
        double cpu;
        double threadCpu;
        double wall;
        double updates;
        final List<Double> energies = new ArrayList<>();
        final List<Double> blockCpu = new ArrayList<>();
        final List<Double> blockThreadCpu = new ArrayList<>();

        double rate() {
            return updates / cpu;
        }

        double threadRate() {
            return updates / threadCpu;
        }
    }

    private final List<Path> binaries;
    private final List<Variant> variants;
    private final List<Integer> sweepsOnly;
    private final boolean quick;
    private final PrintWriter log;

    /**
     * @param binaries the reference executables (empty: rows say "reference not given")
     * @param quick    a smoke run: few, short runs
     * @param log      where every block's figures go
     */
    ReferenceSa(List<Path> binaries, boolean quick, PrintWriter log) {
        this(binaries, List.of(), quick, log);
    }

    /** As above, measuring only the configurations with these sweeps per read (all when empty). */
    ReferenceSa(List<Path> binaries, List<Integer> sweepsOnly, boolean quick, PrintWriter log) {
        this.sweepsOnly = List.copyOf(sweepsOnly);
        this.binaries = List.copyOf(binaries);
        this.quick = quick;
        this.log = log;
        List<Variant> v = new ArrayList<>();
        binaries.forEach(b -> v.add(new Variant(b, false)));
        if (!binaries.isEmpty()) {
            v.add(new Variant(binaries.get(0), true));
        }
        this.variants = List.copyOf(v);
    }

    /** The {@code --reference-sa} paths of a benchmark's arguments (none when absent). */
    static List<Path> binaries(List<String> args) {
        int k = args.indexOf("--reference-sa");
        List<Path> out = new ArrayList<>();
        if (k >= 0 && k + 1 < args.size()) {
            for (String p : args.get(k + 1).split(",")) {
                if (!p.isBlank()) {
                    out.add(Path.of(p.trim()));
                }
            }
        }
        return out;
    }

    /** The {@code --reference-sweeps S,S2} of a benchmark's arguments: only those configurations (none: all). */
    static List<Integer> sweepsOnly(List<String> args) {
        int k = args.indexOf("--reference-sweeps");
        List<Integer> out = new ArrayList<>();
        if (k >= 0 && k + 1 < args.size()) {
            for (String p : args.get(k + 1).split(",")) {
                out.add(Integer.parseInt(p.trim()));
            }
        }
        return out;
    }

    /** The configurations measured: the long-read rows (10k sweeps) and the short-read rows (100 sweeps). */
    List<Config> configs() {
        // 200 warm-up runs at 100 sweeps: after 30 the JVM still spent 0.2-0.3 CPU-s per block on other threads
        // (JIT), which the process CPU counts against the product
        List<Config> all = quick ? List.of(new Config(8, 1000, 1, 2, 1), new Config(8, 100, 10, 2, 20))
                : List.of(new Config(8, 10_000, 2, 3, 1), new Config(8, 100, 30, 10, 200));
        return sweepsOnly.isEmpty() ? all : all.stream().filter(c -> sweepsOnly.contains(c.sweeps())).toList();
    }

    /** Every configuration on every problem, the rows for the harness's table. */
    List<QuboBenchmarks.Row> rows(List<Problem> problems) {
        List<QuboBenchmarks.Row> rows = new ArrayList<>();
        if (binaries.isEmpty()) {
            rows.add(new QuboBenchmarks.Row("anneal against the reference SA core", "product/reference >= 1",
                    "reference not given", "pass --reference-sa PATH (docs/benchmarks.md, \"Anneal, run 5\")"));
            return rows;
        }
        for (Path b : binaries) {
            if (!Files.isExecutable(b)) {
                rows.add(new QuboBenchmarks.Row("anneal against the reference SA core", "-", "failed",
                        b + " is not an executable file"));
                return rows;
            }
        }
        for (Problem p : problems) {
            for (Config c : configs()) {
                rows.addAll(compare(p, c));
            }
        }
        return rows;
    }

    private List<QuboBenchmarks.Row> compare(Problem p, Config c) {
        Qubo q = p.qubo();
        Ising ising = Ising.fromQubo(q);
        double[] betas = BenchAnneal.schedule(q, c.sweeps());
        Path dir;
        try {
            dir = Files.createTempDirectory("evwb-refsa");
            Path problemFile = dir.resolve("problem.ising");
            Path scheduleFile = dir.resolve("schedule.txt");
            writeProblem(ising, problemFile);
            StringBuilder sb = new StringBuilder();
            for (double b : betas) {
                sb.append(b).append('\n');
            }
            Files.writeString(scheduleFile, sb);
            try {
                return measure(p, c, ising, problemFile, scheduleFile);
            } finally {
                Files.delete(problemFile);
                Files.delete(scheduleFile);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<QuboBenchmarks.Row> measure(Problem p, Config c, Ising ising, Path problemFile, Path scheduleFile)
            throws IOException {
        Qubo q = p.qubo();
        int n = q.numVariables();
        AnnealSampler ours = new AnnealSampler(new AnnealSampler.Parameters(c.reads(), c.sweeps(), 0, 0, 1, false));
        for (int w = 0; w < c.warmupRuns(); w++) { // JIT warm-up; the reference warms up in each of its processes
            ours.solve(q, RunContext.of(1_000_000 + w));
        }
        Tally mine = new Tally();
        List<Tally> refs = new ArrayList<>();
        for (int k = 0; k < variants.size(); k++) {
            refs.add(new Tally());
        }
        int[] checked = new int[1];
        double[] maxDiff = new double[1];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int b = 0; b < c.blocks(); b++) {
            int seed0 = 1 + b * c.runsPerBlock();
            // ours first in even blocks, the reference(s) first in odd ones
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == (b % 2 == 0)) {
                    // timed per block, not per run: the JVM's process CPU clock ticks in 10 ms steps here
                    List<SampleSet> sets = new ArrayList<>(c.runsPerBlock());
                    long c0 = CpuClock.processCpuNanos();
                    long t0 = mx.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int r = 0; r < c.runsPerBlock(); r++) {
                        sets.add(ours.solve(q, RunContext.of(seed0 + r)));
                    }
                    mine.wall += (System.nanoTime() - w0) / 1e9;
                    double thread = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                    double cpu = (CpuClock.processCpuNanos() - c0) / 1e9;
                    mine.threadCpu += thread;
                    mine.cpu += cpu;
                    mine.blockCpu.add(cpu);
                    mine.blockThreadCpu.add(thread);
                    for (SampleSet s : sets) {
                        mine.updates += ((SamplerInfo.Anneal) s.info()).spinUpdates();
                        for (Sample smp : s.samples()) {
                            for (long o = 0; o < smp.occurrences(); o++) {
                                mine.energies.add(smp.energy());
                            }
                        }
                    }
                } else {
                    for (int k = 0; k < variants.size(); k++) {
                        Tally t = refs.get(k);
                        double before = t.cpu;
                        runReference(variants.get(k), c, problemFile, scheduleFile, seed0, ising, q, t, checked,
                                maxDiff);
                        t.blockCpu.add(t.cpu - before);
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "anneal vs reference, %s, %d x %d sweeps, block %d of %d (%d runs each): ours %.3f CPU-s "
                            + "(thread %.3f)", p.name(), c.reads(), c.sweeps(), b + 1, c.blocks(), c.runsPerBlock(),
                    mine.blockCpu.get(b), mine.blockThreadCpu.get(b)));
            for (int k = 0; k < variants.size(); k++) {
                line.append(String.format(Locale.ROOT, ", %s %.3f CPU-s", variants.get(k).label(),
                        refs.get(k).blockCpu.get(b)));
            }
            log.println(line.append("; load ").append(MotorwayBenchmarks.loadAverage()));
        }
        int runs = c.blocks() * c.runsPerBlock();
        List<QuboBenchmarks.Row> rows = new ArrayList<>();
        String what = String.format(Locale.ROOT, "%s (n=%d, %d couplers), %d reads x %d sweeps, 1 thread", p.name(),
                n, q.numCouplers(), c.reads(), c.sweeps());
        StringBuilder speed = new StringBuilder(String.format(Locale.ROOT, "ours %.3g (thread CPU %.3g)",
                mine.rate(), mine.threadRate()));
        StringBuilder quality = new StringBuilder(String.format(Locale.ROOT, "ours best %.4f / median %.4f",
                min(mine.energies), median(mine.energies)));
        for (int k = 0; k < variants.size(); k++) {
            Tally t = refs.get(k);
            speed.append(String.format(Locale.ROOT, "; %s %.3g: product/reference %.2f (thread CPU %.2f)",
                    variants.get(k).label(), t.rate(), mine.rate() / t.rate(), mine.threadRate() / t.rate()));
            quality.append(String.format(Locale.ROOT, "; %s best %.4f / median %.4f", variants.get(k).label(),
                    min(t.energies), median(t.energies)));
        }
        String refCpu = refs.stream().map(t -> String.format(Locale.ROOT, "%.3f", t.cpu))
                .reduce((a, bb) -> a + " / " + bb).orElse("");
        rows.add(new QuboBenchmarks.Row("anneal spin updates/CPU-s against the reference, " + what,
                "product/reference >= 1", speed.toString(),
                String.format(Locale.ROOT, "%d runs each in %d interleaved blocks; ours %.3f CPU-s (process; thread "
                                + "%.3f), %.2f wall-s; reference %s CPU-s; load %s", runs, c.blocks(), mine.cpu,
                        mine.threadCpu, mine.wall, refCpu, MotorwayBenchmarks.loadAverage())));
        rows.add(new QuboBenchmarks.Row("anneal energy at equal sweeps against the reference, " + what, "level",
                quality.toString(), String.format(Locale.ROOT, "over %d reads each; %d reference states re-scored, "
                        + "max |reported - recomputed| %.2e", mine.energies.size(), checked[0], maxDiff[0])));
        return rows;
    }

    /** One process of the reference: a warm-up call, then {@code runsPerBlock} timed calls; states re-scored. */
    private void runReference(Variant v, Config c, Path problemFile, Path scheduleFile, int seed0, Ising ising,
                              Qubo q, Tally t, int[] checked, double[] maxDiff) throws IOException {
        Path binary = v.binary();
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--problem", problemFile.toString(),
                "--reads", Integer.toString(c.reads()), "--runs", Integer.toString(c.runsPerBlock()), "--warmup", "1",
                "--seed", Integer.toString(seed0), "--states"));
        cmd.addAll(v.ownSchedule() ? List.of("--sweeps", Integer.toString(c.sweeps()))
                : List.of("--schedule", scheduleFile.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        Process proc = pb.start();
        List<Double> pending = new ArrayList<>();
        int n = q.numVariables();
        int calls = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(proc.getInputStream(),
                StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("run")) {
                    calls++;
                    t.cpu += Double.parseDouble(f[3]);
                    t.wall += Double.parseDouble(f[5]);
                    t.updates += Double.parseDouble(f[7]);
                    pending.clear();
                    for (int k = 9; k < f.length; k++) {
                        double e = Double.parseDouble(f[k]);
                        pending.add(e);
                        t.energies.add(e);
                    }
                } else if (f[0].equals("state")) {
                    int read = Integer.parseInt(f[2]);
                    String s = f[3];
                    if (s.length() != n) {
                        throw new IllegalStateException("reference state of " + s.length() + " spins, expected " + n);
                    }
                    byte[] spins = new byte[n];
                    for (int i = 0; i < n; i++) {
                        spins[i] = (byte) (s.charAt(i) == '+' ? 1 : -1);
                    }
                    double reported = pending.get(read);
                    double isingE = ising.energy(spins);
                    double quboE = q.energy(Ising.spinsToBits(spins));
                    double diff = Math.max(Math.abs(reported - isingE), Math.abs(reported - quboE));
                    if (diff > ENERGY_TOLERANCE * (1 + Math.abs(isingE))) {
                        throw new IllegalStateException(String.format(Locale.ROOT, "reference read %s reports "
                                + "energy %.17g, its state has %.17g (Ising) / %.17g (QUBO)", line.substring(0,
                                Math.min(line.length(), 20)), reported, isingE, quboE));
                    }
                    maxDiff[0] = Math.max(maxDiff[0], diff);
                    checked[0]++;
                } else if (!f[0].equals("beta_range")) {
                    throw new IllegalStateException(binary + " printed: " + line);
                }
            }
        }
        try {
            int rc = proc.waitFor();
            if (rc != 0 || calls != c.runsPerBlock()) {
                throw new IllegalStateException(binary + " exited " + rc + " after " + calls + " timed calls");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proc.destroy();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The problem file the reference reads: its Ising form, every double in a form that parses back exactly. */
    static void writeProblem(Ising ising, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("ising ").append(ising.numVariables()).append(' ').append(ising.numCouplings()).append(' ')
                .append(ising.offset()).append('\n');
        for (int i = 0; i < ising.numVariables(); i++) {
            sb.append(ising.h(i)).append('\n');
        }
        for (int k = 0; k < ising.numCouplings(); k++) {
            sb.append(ising.couplingU(k)).append(' ').append(ising.couplingV(k)).append(' ')
                    .append(ising.coupling(k)).append('\n');
        }
        Files.writeString(file, sb);
    }

    /**
     * The reference's own default β range for a problem (its driver computes it as the Python sampler does),
     * against ours: the two must agree to rounding, or "the same schedule" would not be the reference's default.
     */
    QuboBenchmarks.Row defaultRange(Problem p) {
        if (binaries.isEmpty()) {
            return new QuboBenchmarks.Row("anneal β range against the reference's default", "-",
                    "reference not given", "");
        }
        try {
            Path dir = Files.createTempDirectory("evwb-refsa");
            Path problemFile = dir.resolve("problem.ising");
            writeProblem(Ising.fromQubo(p.qubo()), problemFile);
            Process proc = new ProcessBuilder(binaries.get(0).toString(), "--problem", problemFile.toString(),
                    "--reads", "1", "--sweeps", "2", "--runs", "0", "--warmup", "0").redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            proc.waitFor();
            Files.delete(problemFile);
            Files.delete(dir);
            String[] f = out.split("\\s+");
            double hot = Double.parseDouble(f[1]);
            double cold = Double.parseDouble(f[2]);
            double[] ours = BenchAnneal.schedule(p.qubo(), 2);
            return new QuboBenchmarks.Row("anneal β range against the reference's default, " + p.name(), "equal",
                    String.format(Locale.ROOT, "reference [%.17g, %.17g], ours [%.17g, %.17g]", hot, cold, ours[0],
                            ours[1]),
                    String.format(Locale.ROOT, "relative difference %.1e / %.1e", Math.abs(hot / ours[0] - 1),
                            Math.abs(cold / ours[1] - 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = s.length;
        return m == 0 ? Double.NaN : m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
    }
}
