package org.evwb.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.CpuClock;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeChecker;
import org.evwb.core.study.exchange.ExchangeGenerator;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.ExchangeQuboTerms;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.Matching;

/**
 * Study {@code exchange}'s benchmarks (docs/benchmarks.md, "Exchange study"), at the paper's largest size, 200 EVs ×
 * 5 BSs, on seeded generated scenarios: solve time of {@code optimal} and {@code gale-shapley}; the {@code qubo}
 * solver's social welfare against the optimum with anneal for a few read/sweep budgets and penalties; the full
 * Figs. 4–7 sweep on 2 threads. Every figure is measured, never asserted; every solver output goes through the
 * checker and the number that fail it is reported.
 *
 * <p>Run with the other benchmarks ({@code mvn -Pbench -DskipTests verify}, docs/benchmarks.md) or alone:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.evwb.bench.ExchangeBenchmarks [--seeds N] [--sweep-runs N]
 * [--sweep-threads N] [--no-sweep] [--quick] [--beta-comparison]}; {@code --beta-comparison} runs only qubo at 8 reads ×
 * 1,000 sweeps with the β range from P and from the biases (the engine's rule).
 */
public final class ExchangeBenchmarks {

    /** One anneal budget for the qubo solver. */
    record QuboCase(int reads, int sweeps, double penaltyTimesMaxGain, boolean betaFromPenalty) {
        QuboCase(int reads, int sweeps, double penaltyTimesMaxGain) {
            this(reads, sweeps, penaltyTimesMaxGain, true);
        }

        String samplerParameters() {
            return "reads=" + reads + ", sweeps=" + sweeps;
        }

        AnnealSampler.Parameters annealParameters() {
            return new AnnealSampler.Parameters(reads, sweeps, 0, 0, 0, false);
        }
    }

    private final int seeds;
    private final int sweepRuns;
    private final int sweepThreads;
    private final boolean sweep;
    private final PrintWriter log;
    private final ExchangeStudy study = new ExchangeStudy();
    private final ExchangeChecker checker = new ExchangeChecker();
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();

    public ExchangeBenchmarks(int seeds, int sweepRuns, int sweepThreads, boolean sweep, PrintWriter log) {
        this.seeds = seeds;
        this.sweepRuns = sweepRuns;
        this.sweepThreads = sweepThreads;
        this.sweep = sweep;
        this.log = log;
    }

    public static void main(String[] args) {
        run(Arrays.asList(args), new PrintWriter(System.out, true));
    }

    /** Runs the benchmarks the options ask for, printing progress and the table to {@code log}. */
    public static void run(List<String> a, PrintWriter log) {
        boolean quick = a.contains("--quick");
        int seeds = intArg(a, "--seeds", quick ? 3 : 20);
        int runs = intArg(a, "--sweep-runs", quick ? 2 : 100);
        int threads = intArg(a, "--sweep-threads", 2);
        log.printf("machine: %d cores, %s %s, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        var bench = new ExchangeBenchmarks(seeds, runs, threads, !a.contains("--no-sweep"), log);
        List<QuboBenchmarks.Row> rows = a.contains("--beta-comparison") ? bench.betaComparison() : bench.runAll(quick);
        log.println();
        log.print(QuboBenchmarks.table(rows));
        log.flush();
    }

    private static int intArg(List<String> a, String name, int dflt) {
        int k = a.indexOf(name);
        return k >= 0 && k + 1 < a.size() ? Integer.parseInt(a.get(k + 1)) : dflt;
    }

    /** The paper-size scenario number k (the sweep's seed for 200 × 5, run k). */
    static ExchangeInstance instance(int k) {
        long seed = ExchangeSweep.taskSeed(2024, 200, 5, k);
        var project = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), ExchangeParameters.defaults())
                .generate(200, 5, seed);
        try {
            return new ExchangeStudy().buildInstanceWith(project, ExchangeParameters.defaults());
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ExchangeInstance> instances() {
        List<ExchangeInstance> ins = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            ins.add(instance(k));
        }
        return ins;
    }

    /** qubo, 8 reads × 1,000 sweeps: β range from P (the solver's default) against the engine's rule. */
    public List<QuboBenchmarks.Row> betaComparison() {
        List<ExchangeInstance> ins = instances();
        return List.of(qubo(new QuboCase(8, 1000, 0, true), ins), qubo(new QuboCase(8, 1000, 0, false), ins));
    }

    public List<QuboBenchmarks.Row> runAll(boolean quick) {
        List<ExchangeInstance> ins = instances();
        log.printf("%d scenarios of 200 EVs × 5 BSs: %.0f acceptable pairs, %.0f couplers on average%n", seeds,
                ins.stream().mapToInt(ExchangeInstance::acceptablePairCount).average().orElse(0),
                ins.stream().mapToLong(ExchangeQuboTerms::couplerCount).average().orElse(0));
        List<QuboBenchmarks.Row> rows = new ArrayList<>();
        rows.add(timed("optimal", "< 100 ms", ins));
        rows.add(timed("gale-shapley", "-", ins));
        List<QuboCase> cases = quick ? List.of(new QuboCase(2, 200, 0))
                : List.of(new QuboCase(32, 1000, 0), new QuboCase(8, 1000, 0), new QuboCase(8, 1000, 2.0),
                new QuboCase(2, 200, 0));
        for (QuboCase c : cases) {
            rows.add(qubo(c, ins));
        }
        if (sweep) {
            rows.add(fullSweep());
        }
        return rows;
    }

    /** Median and max wall time and median thread CPU time of one solver over the scenarios, after warm-up. */
    QuboBenchmarks.Row timed(String id, String target, List<ExchangeInstance> ins) {
        var spec = study.solver(id).orElseThrow();
        for (int w = 0; w < 3; w++) {
            spec.create(spec.defaults()).solve(ins.get(w % ins.size()), RunContext.of(w));   // JIT, natives
        }
        double[] wall = new double[ins.size()];
        double[] cpu = new double[ins.size()];
        int infeasible = 0;
        for (int k = 0; k < ins.size(); k++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Matching m = spec.create(spec.defaults()).solve(ins.get(k), RunContext.of(k));
            wall[k] = (System.nanoTime() - t0) / 1e6;
            cpu[k] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            infeasible += checker.check(ins.get(k), m).isEmpty() ? 0 : 1;
        }
        log.printf("%s: wall ms %s%n", id, Arrays.toString(Arrays.stream(wall).map(x -> Math.round(x * 10) / 10.0)
                .toArray()));
        return new QuboBenchmarks.Row(id + ", 200 EVs × 5 BSs, solve time", target,
                String.format(Locale.ROOT, "median %.1f ms wall (%.1f ms CPU), max %.1f ms", median(wall),
                        median(cpu), Arrays.stream(wall).max().orElse(0)),
                String.format(Locale.ROOT, "%d scenarios, after 3 warm-up solves; %d fail the checker",
                        ins.size(), infeasible));
    }

    /**
     * The qubo solver with anneal: SW against the optimum. "Gain share" is (SW − SW_grid) / (SW_opt − SW_grid), the
     * part of the optimum's improvement over "everyone trades with the grid" that the sample keeps; SW / SW_opt is
     * also given, but SW is dominated by the grid trades (and can be negative), so it hides most differences.
     */
    QuboBenchmarks.Row qubo(QuboCase c, List<ExchangeInstance> ins) {
        double[] ratio = new double[ins.size()];
        double[] share = new double[ins.size()];
        double[] wall = new double[ins.size()];
        double[] cpu = new double[ins.size()];
        int infeasible = 0;
        int negativeOpt = 0;
        for (int k = 0; k < ins.size(); k++) {
            ExchangeInstance in = ins.get(k);
            double penalty = c.penaltyTimesMaxGain() > 0 ? c.penaltyTimesMaxGain() * in.maxAbsGain() : 0;
            // P and the β rule are study parameters: the same instance with them set
            in = new ExchangeInstance(in.source(), in.participants(), in.params().withQubo(penalty,
                    c.betaFromPenalty()));
            var solver = study.solver(AnnealSampler.ID).orElseThrow().create(c.annealParameters());
            long c0 = CpuClock.processCpuNanos();
            long t0 = System.nanoTime();
            Matching m = solver.solve(in, RunContext.of(k));
            wall[k] = (System.nanoTime() - t0) / 1e9;
            cpu[k] = (CpuClock.processCpuNanos() - c0) / 1e9;
            infeasible += checker.check(in, m).isEmpty() ? 0 : 1;
            double grid = in.socialWelfare(List.of());
            var o = study.objectives(in, m);
            double opt = o.get("socialWelfare") + o.get("socialWelfareGapToOptimal");
            ratio[k] = m.reportedSocialWelfare() / opt;
            share[k] = (m.reportedSocialWelfare() - grid) / (opt - grid);
            negativeOpt += opt < 0 ? 1 : 0;
        }
        log.printf("qubo %s β from P %s, P %s: gain shares %s%n", c.samplerParameters(), c.betaFromPenalty(),
                c.penaltyTimesMaxGain() > 0
                ? c.penaltyTimesMaxGain() + "×max gain" : "default", Arrays.toString(Arrays.stream(share)
                .map(x -> Math.round(x * 1e6) / 1e6).toArray()));
        return new QuboBenchmarks.Row(String.format(Locale.ROOT, "qubo anneal %d reads × %d sweeps, P = %s, "
                        + "β %s, 200 × 5", c.reads(), c.sweeps(), c.penaltyTimesMaxGain() > 0
                        ? c.penaltyTimesMaxGain() + "× max gain" : "default (1.01× max gain)",
                        c.betaFromPenalty() ? "from P" : "from the biases (engine rule)"),
                "median SW >= 99 % of optimal",
                String.format(Locale.ROOT, "median SW/SW_opt %.6f; gain share median %.4f %%, min %.4f %%",
                        median(ratio), 100 * median(share), 100 * Arrays.stream(share).min().orElse(0)),
                String.format(Locale.ROOT, "%d seeds; %d fail the checker; %d with SW_opt < 0; median %.2f s wall "
                        + "(%.2f CPU-s) per solve", ins.size(), infeasible, negativeOpt, median(wall), median(cpu)));
    }

    /** The paper preset (Figs. 4–7) with every solver, qubo at its sweep budget, on the given threads. */
    QuboBenchmarks.Row fullSweep() {
        var s = ExchangeSweep.Settings.paper(2024).withRuns(sweepRuns, sweepThreads);
        var sw = new ExchangeSweep(study, new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper()));
        sw.run(s.withRuns(1, sweepThreads), RunContext.of(0));      // warm-up
        long c0 = CpuClock.processCpuNanos();
        long t0 = System.nanoTime();
        var res = sw.run(s, RunContext.of(0));
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpu = (CpuClock.processCpuNanos() - c0) / 1e9;
        long infeasible = res.algorithmRows().stream().filter(r -> !r.feasible()).count();
        double quboSec = res.algorithmRows().stream().filter(r -> r.algorithm().equals(AnnealSampler.ID))
                .mapToDouble(r -> r.wallSeconds()).sum();
        log.printf("sweep: %d algorithm rows, %d edge rows in %.1f s%n", res.algorithmRows().size(),
                res.edgeRows().size(), sec);
        return new QuboBenchmarks.Row(String.format(Locale.ROOT, "Figs. 4–7 sweep, %d runs per cell, %d threads",
                        sweepRuns, sweepThreads), "-",
                String.format(Locale.ROOT, "%.1f s wall (%.1f CPU-s)", sec, cpu),
                String.format(Locale.ROOT, "%d scenarios × %d solvers (qubo: %s), %d edge tasks; qubo's solves "
                                + "%.1f s of the wall time summed over threads; %d rows fail the checker",
                        res.algorithmRows().size() / s.solverIds().size(), s.solverIds().size(),
                        ExchangeSweep.Settings.SWEEP_QUBO, res.edgeRows().size(), quboSec,
                        infeasible));
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length == 0 ? Double.NaN : c.length % 2 == 1 ? c[c.length / 2]
                : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
