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
 * objective must equal ours.
 *
 * <p>Options: {@code --quick} (fewer scenarios and repetitions), {@code --csv-dir DIR}.
 */
public final class ExchangeAssignmentBenchmark {

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final ExchangeStudy study = new ExchangeStudy();
    private final ExchangeChecker checker = new ExchangeChecker();
    private final PrintWriter log;

    private ExchangeAssignmentBenchmark(PrintWriter log) {
        this.log = log;
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
        var bench = new ExchangeAssignmentBenchmark(log);
        List<QuboBenchmarks.Row> rows = new ArrayList<>();
        try (Writer index = Files.newBufferedWriter(dir.resolve("index.csv"), StandardCharsets.UTF_8)) {
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

    private List<QuboBenchmarks.Row> size(int evs, int bss, int scenarios, int reps, Path dir, Writer index)
            throws IOException {
        String size = evs + "x" + bss;
        double[] assign = new double[scenarios];
        double[] assignCpu = new double[scenarios];
        double[] solve = new double[scenarios];
        double[] orTools = new double[scenarios];
        int failed = 0;
        int differ = 0;
        long cells = 0;
        for (int s = 0; s < scenarios; s++) {
            ExchangeInstance in = instance(evs, bss, s);
            int nb = in.buyerCount();
            int ns = in.sellerCount();
            cells += (long) nb * ns;
            double[] w = new double[nb * ns];
            for (int b = 0; b < nb; b++) {
                for (int j = 0; j < ns; j++) {
                    double g = in.gain(b, j);
                    w[b * ns + j] = in.acceptable(b, j) && g > 0 ? g : 0;
                }
            }
            String file = size + "-" + s + ".csv";
            writeCsv(dir.resolve(file), w, nb, ns);
            // warm-up: the JIT compiles the inner loops; OR-Tools loads its natives
            for (int r = 0; r < Math.max(3, reps / 4); r++) {
                RectangularAssignment.maximiseMatching(w, nb, ns);
            }
            OrToolsAssignmentReference.optimalPairs(in);
            double[] wall = new double[reps];
            double[] cpu = new double[reps];
            int[] mate = null;
            for (int r = 0; r < reps; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                mate = RectangularAssignment.maximiseMatching(w, nb, ns);
                wall[r] = (System.nanoTime() - t0) / 1e6;
                cpu[r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            assign[s] = ExchangeBenchmarks.median(wall);
            assignCpu[s] = ExchangeBenchmarks.median(cpu);
            double objective = 0;
            for (int b = 0; b < nb; b++) {
                objective += mate[b] >= 0 ? w[b * ns + mate[b]] : 0;
            }
            index.write(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.6f,%.6f,%.17g%n", file, size, nb, ns, reps,
                    assign[s], assignCpu[s], objective));

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
        return List.of(
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
                        differ + " of " + scenarios + " scenarios differ from `optimal` in welfare"));
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
