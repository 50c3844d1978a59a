package org.evwb.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeChecker;
import org.evwb.core.study.exchange.ExchangeGenerator;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.OrToolsAssignmentReference;
import org.evwb.core.study.exchange.RectangularAssignment;

/**
 * Study {@code exchange}'s {@code optimal} against the reference implementation of the same algorithm, scipy's
 * {@code linear_sum_assignment} (docs/benchmarks.md, "Exchange optimal against scipy"): at 200 EVs × 5 BSs and
 * 2,000 × 50 on generated scenarios (the sweep's seeds), the assignment on the dense buyers × sellers gain matrix
 * ({@link RectangularAssignment#maximiseMatching}), the whole {@code optimal} solve, and the OR-Tools assignment it
 * replaced. Each gain matrix is written as CSV to {@code --csv-dir} (default target/benchmarks/assignment) with an
 * {@code index.csv} of our times and objectives, which {@code src/bench/python/lsap_reference.py} reads to time scipy
 * on the very same matrices and print both side by side. Every matching goes through the checker; the OR-Tools
 * objective must equal ours. When python3 with scipy is installed here, the harness also
 * runs that script as a partner process ({@code --serve}) and times scipy itself, in blocks alternating with its own
 * calls on the same matrix, so both sides see the same machine load (the row "side by side").
 *
 * <p>Options: {@code --quick} (fewer scenarios and repetitions), {@code --csv-dir DIR}, {@code --no-scipy}.
 */
public final class ExchangeAssignmentBenchmark {

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final ExchangeStudy study = new ExchangeStudy();
    private final ExchangeChecker checker = new ExchangeChecker();
    private final PrintWriter log;
    private final Scipy scipy;

    private ExchangeAssignmentBenchmark(PrintWriter log, Scipy scipy) {
        this.log = log;
        this.scipy = scipy;
    }

    public static void main(String[] args) throws IOException {
        run(Arrays.asList(args), new PrintWriter(System.out, true));
    }

    /** Runs both sizes, writes the matrices and prints the table to {@code log}. */
    public static void run(List<String> a, PrintWriter log) throws IOException {
        boolean quick = a.contains("--quick");
        int k = a.indexOf("--csv-dir");
        Path dir = Path.of(k >= 0 && k + 1 < a.size() ? a.get(k + 1) : "target/benchmarks/assignment");
        Files.createDirectories(dir);
        log.printf("machine: %d cores, %s %s, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Scipy scipy = a.contains("--no-scipy") ? null : Scipy.start(log);
        if (scipy != null) {
            log.println("scipy side by side: " + scipy.version);
        }
        var bench = new ExchangeAssignmentBenchmark(log, scipy);
        bench.warmUp();
        List<QuboBenchmarks.Row> rows = new ArrayList<>();
        try (scipy; Writer index = Files.newBufferedWriter(dir.resolve("index.csv"), StandardCharsets.UTF_8)) {
            index.write("file,size,rows,cols,repetitions,ours_median_ms,ours_median_cpu_ms,objective\n");
            rows.addAll(bench.size(200, 5, quick ? 3 : 20, quick ? 20 : 200, dir, index));
            rows.addAll(bench.size(2000, 50, quick ? 1 : 5, quick ? 2 : 10, dir, index));
        }
        log.println();
        log.print(QuboBenchmarks.table(rows));
        log.printf("%nmatrices and index: %s; scipy on the same: python3 src/bench/python/lsap_reference.py %s%n",
                dir, dir);
        log.flush();
    }

    /**
     * The JIT's warm-up before anything is timed: calls on a few 200 × 5 matrices for at least 3 s of wall time and
     * 1 s of this thread's CPU. Measured: after the former 50 calls a 200 × 5 call still took 0.8 ms of CPU, after
     * about a second of calls 0.33 ms (the compiler threads wait for CPU too on a loaded machine) — scipy, compiled
     * ahead of time, has no such phase, so timing ours before C2 has finished is not like for like.
     */
    private void warmUp() {
        List<double[]> ws = new ArrayList<>();
        List<int[]> dims = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            ExchangeInstance in = instance(200, 5, s);
            ws.add(gainMatrix(in));
            dims.add(new int[] {in.buyerCount(), in.sellerCount()});
        }
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        long calls = 0;
        while (System.nanoTime() - t0 < 3_000_000_000L || mx.getCurrentThreadCpuTime() - c0 < 1_000_000_000L) {
            int k = (int) (calls++ % ws.size());
            RectangularAssignment.maximiseMatching(ws.get(k), dims.get(k)[0], dims.get(k)[1]);
        }
        log.printf(Locale.ROOT, "JIT warm-up: %d calls in %.1f s (%.1f CPU-s)%n", calls, (System.nanoTime() - t0)
                / 1e9, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }

    /** buyers × sellers, the gain where the pair is acceptable and positive, else 0 (the grid is as good). */
    private static double[] gainMatrix(ExchangeInstance in) {
        int nb = in.buyerCount();
        int ns = in.sellerCount();
        double[] w = new double[nb * ns];
        for (int b = 0; b < nb; b++) {
            for (int j = 0; j < ns; j++) {
                double g = in.gain(b, j);
                w[b * ns + j] = in.acceptable(b, j) && g > 0 ? g : 0;
            }
        }
        return w;
    }

    private List<QuboBenchmarks.Row> size(int evs, int bss, int scenarios, int reps, Path dir, Writer index)
            throws IOException {
        String size = evs + "x" + bss;
        double[] assign = new double[scenarios];
        double[] assignCpu = new double[scenarios];
        double[] solve = new double[scenarios];
        double[] orTools = new double[scenarios];
        double[] sciCpu = new double[scenarios];
        double[] sciWall = new double[scenarios];
        double scipyObjective = Double.NaN;
        int differScipy = 0;
        int failed = 0;
        int differ = 0;
        long cells = 0;
        for (int s = 0; s < scenarios; s++) {
            ExchangeInstance in = instance(evs, bss, s);
            int nb = in.buyerCount();
            int ns = in.sellerCount();
            cells += (long) nb * ns;
            double[] w = gainMatrix(in);
            String file = size + "-" + s + ".csv";
            writeCsv(dir.resolve(file), w, nb, ns);
            // warm-up: the JIT compiles the inner loops (at least 0.3 s of calls, so C2 has finished even on a
            // loaded machine, where its compiler threads wait for CPU too); OR-Tools loads its natives
            long warm = System.nanoTime();
            for (int r = 0; r < Math.max(3, reps / 4) || System.nanoTime() - warm < 300_000_000L; r++) {
                RectangularAssignment.maximiseMatching(w, nb, ns);
            }
            OrToolsAssignmentReference.optimalPairs(in);
            double[] wall = new double[reps];
            double[] cpu = new double[reps];
            List<Double> scipyCpu = new ArrayList<>();
            List<Double> scipyWall = new ArrayList<>();
            int[] mate = null;
            // side by side: blocks of our calls alternate with blocks of scipy's on the same matrix
            int blocks = scipy == null ? 1 : Math.min(4, reps);
            for (int bl = 0, r = 0; bl < blocks; bl++) {
                for (int end = (bl + 1) * reps / blocks; r < end; r++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    mate = RectangularAssignment.maximiseMatching(w, nb, ns);
                    wall[r] = (System.nanoTime() - t0) / 1e6;
                    cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                }
                if (scipy != null) {
                    double[][] t = scipy.time(dir.resolve(file), reps / blocks);
                    for (int k = 0; k < t[0].length; k++) {
                        scipyWall.add(t[0][k]);
                        scipyCpu.add(t[1][k]);
                    }
                    scipyObjective = t[2][0];
                }
            }
            assign[s] = ExchangeBenchmarks.median(wall);
            assignCpu[s] = ExchangeBenchmarks.median(cpu);
            double objective = 0;
            for (int b = 0; b < nb; b++) {
                objective += mate[b] >= 0 ? w[b * ns + mate[b]] : 0;
            }
            index.write(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.6f,%.6f,%.17g%n", file, size, nb, ns, reps,
                    assign[s], assignCpu[s], objective));
            if (scipy != null) {
                sciCpu[s] = median(scipyCpu);
                sciWall[s] = median(scipyWall);
                differScipy += Math.abs(scipyObjective - objective) <= 1e-9 * (1 + Math.abs(objective)) ? 0 : 1;
                log.printf(Locale.ROOT, "%s scenario %d side by side: ours %.3f ms (%.3f CPU), scipy %.3f ms (%.3f "
                        + "CPU), CPU ratio %.2f; load %s%n", size, s, assign[s], assignCpu[s], sciWall[s], sciCpu[s],
                        assignCpu[s] / sciCpu[s], MotorwayBenchmarks.loadAverage());
            }

            var spec = study.solver("optimal").orElseThrow();
            double[] full = new double[Math.max(3, reps / 10)];
            Matching m = null;
            for (int r = 0; r < full.length; r++) {
                long t0 = System.nanoTime();
                m = spec.create(spec.defaults()).solve(in, RunContext.of(r));
                full[r] = (System.nanoTime() - t0) / 1e6;
            }
            solve[s] = ExchangeBenchmarks.median(full);
            failed += checker.check(in, m).isEmpty() ? 0 : 1;
            double[] old = new double[full.length];
            List<Matching.Pair> oldPairs = null;
            for (int r = 0; r < old.length; r++) {
                long t0 = System.nanoTime();
                oldPairs = OrToolsAssignmentReference.optimalPairs(in);
                old[r] = (System.nanoTime() - t0) / 1e6;
            }
            orTools[s] = ExchangeBenchmarks.median(old);
            double grid = in.socialWelfare(List.of());
            double oldGain = in.socialWelfare(oldPairs) - grid;
            differ += Math.abs(oldGain - (m.reportedSocialWelfare() - grid)) <= 1e-9 * (1 + Math.abs(oldGain)) ? 0 : 1;
            log.printf(Locale.ROOT, "%s scenario %d: %d buyers × %d sellers, assignment %.3f ms (%.3f CPU), "
                    + "optimal solve %.3f ms, OR-Tools %.3f ms, objective %.6f%n", size, s, nb, ns, assign[s],
                    assignCpu[s], solve[s], orTools[s], objective);
        }
        String what = String.format(Locale.ROOT, "%d scenarios, on average %.0f buyers × sellers cells", scenarios,
                (double) cells / scenarios);
        List<QuboBenchmarks.Row> rows = new ArrayList<>();
        if (scipy != null) {
            double[] ratio = new double[scenarios];
            for (int k = 0; k < scenarios; k++) {
                ratio[k] = assignCpu[k] / sciCpu[k];
            }
            rows.add(new QuboBenchmarks.Row("exchange `optimal` assignment / scipy linear_sum_assignment, " + evs
                    + " × " + bss + ", side by side", "≤ 1.00", String.format(Locale.ROOT,
                    "CPU ratio %.2f (ours %.3f ms CPU, scipy %.3f ms CPU; wall %.3f / %.3f ms)",
                    ExchangeBenchmarks.median(ratio), ExchangeBenchmarks.median(assignCpu),
                    ExchangeBenchmarks.median(sciCpu), ExchangeBenchmarks.median(assign),
                    ExchangeBenchmarks.median(sciWall)), String.format(Locale.ROOT, "median over %d scenarios of "
                    + "the per-scenario ratio of median CPU per call, %d calls each in %d alternating blocks; "
                    + "objectives differ from scipy's in %d", scenarios, reps, Math.min(4, reps), differScipy)));
        }
        rows.addAll(List.of(
                new QuboBenchmarks.Row("exchange `optimal` assignment, " + evs + " × " + bss
                        + " (dense gain matrix)", "≤ scipy linear_sum_assignment",
                        String.format(Locale.ROOT, "median %.3f ms wall (%.3f ms CPU), max %.3f ms",
                                ExchangeBenchmarks.median(assign), ExchangeBenchmarks.median(assignCpu),
                                Arrays.stream(assign).max().orElse(0)),
                        what + "; median of " + reps + " repetitions per scenario; scipy: lsap_reference.py"),
                new QuboBenchmarks.Row("exchange `optimal` solve, " + evs + " × " + bss, "-",
                        String.format(Locale.ROOT, "median %.3f ms wall", ExchangeBenchmarks.median(solve)),
                        "matrix from the instance, assignment, welfare, trades, edge tasks; " + failed
                                + " fail the checker"),
                new QuboBenchmarks.Row("former OR-Tools assignment (padded square graph), " + evs + " × " + bss,
                        "-", String.format(Locale.ROOT, "median %.3f ms wall", ExchangeBenchmarks.median(orTools)),
                        differ + " of " + scenarios + " scenarios differ from `optimal` in welfare")));
        return rows;
    }

    private static double median(List<Double> v) {
        return ExchangeBenchmarks.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * scipy in a python3 process of its own ({@code lsap_reference.py --serve}), asked for blocks of timed calls on a
     * matrix file between blocks of ours; null when python3 or scipy is missing here.
     */
    private static final class Scipy implements AutoCloseable {
        private final Process process;
        private final java.io.BufferedReader in;
        private final PrintWriter out;
        final String version;

        private Scipy(Process p) throws IOException {
            this.process = p;
            this.in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            this.out = new PrintWriter(new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8),
                    true);
            String ready = in.readLine();
            if (ready == null || !ready.startsWith("ready")) {
                throw new IOException("lsap_reference.py --serve did not start: " + ready);
            }
            this.version = ready.substring("ready ".length());
        }

        static Scipy start(PrintWriter log) {
            Path script = Path.of("src", "bench", "python", "lsap_reference.py");
            try {
                Process p = new ProcessBuilder("python3", script.toString(), "--serve")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return new Scipy(p);
            } catch (IOException e) {
                log.println("scipy side by side: not run (" + e.getMessage() + "); lsap_reference.py can still read "
                        + "the matrices afterwards");
                return null;
            }
        }

        /** Wall ms per call, CPU ms per call, and {objective}. */
        double[][] time(Path matrix, int reps) throws IOException {
            out.println(matrix.toAbsolutePath() + " " + reps);
            String line = in.readLine();
            if (line == null) {
                throw new IOException("lsap_reference.py --serve ended");
            }
            String[] parts = line.split(" ");
            return new double[][] {Arrays.stream(parts[0].split(",")).mapToDouble(Double::parseDouble).toArray(),
                    Arrays.stream(parts[1].split(",")).mapToDouble(Double::parseDouble).toArray(),
                    {Double.parseDouble(parts[2])}};
        }

        @Override
        public void close() {
            out.close();
            process.destroy();
        }
    }

    /** Scenario k at this size: the sweep's seed for the size, run k, Table II values, the default rule. */
    static ExchangeInstance instance(int evs, int bss, int k) {
        long seed = ExchangeSweep.taskSeed(2024, evs, bss, k);
        var project = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), ExchangeParameters.defaults())
                .generate(evs, bss, seed);
        try {
            return new ExchangeStudy().buildInstanceWith(project, ExchangeParameters.defaults());
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row by row, every value in Java's shortest round-trip form, so scipy reads the same doubles. */
    private static void writeCsv(Path file, double[] w, int rows, int cols) throws IOException {
        StringBuilder sb = new StringBuilder(w.length * 8);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                double x = w[r * cols + c];
                sb.append(x == 0 ? "0" : Double.toString(x));
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }
}
