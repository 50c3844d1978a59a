package org.evwb.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.study.netzero.NetzeroChecker;
import org.evwb.core.study.netzero.NetzeroComparison;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroMilp;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroSolution;
import org.evwb.core.study.netzero.NetzeroStudy;

/**
 * Study {@code netzero}'s benchmarks (docs/benchmarks.md, "Net-zero study"): {@code milp} at 2,000 EVs (instance build
 * and solve separately, the usual regime where every offer is taken and a subset-sum regime where the cap binds and
 * offers are dearer than the grid); the full Fig. 6 sweep preset on 2 threads; and the Table VIII reproduction (load
 * and cost reductions over N_EV 500–2000). Measured, never asserted; every solution goes through the checker.
 *
 * <p>Alone: {@code java -cp target/classes:target/test-classes:target/lib/* org.evwb.bench.NetzeroBenchmarks
 * [--quick] [--milp-only] [--seeds N] [--table-runs N] [--threads N]}.
 */
public final class NetzeroBenchmarks {

    private NetzeroBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        run(Arrays.asList(args), new PrintWriter(System.out, true));
    }

    public static void run(List<String> a, PrintWriter log) throws Exception {
        boolean quick = a.contains("--quick");
        int seeds = intArg(a, "--seeds", quick ? 3 : 10);
        int tableRuns = intArg(a, "--table-runs", quick ? 2 : 20);
        int threads = intArg(a, "--threads", 2);
        NetzeroStudy study = new NetzeroStudy();
        Project sample = ClasspathSamples.load(NetzeroStudy.SAMPLE);
        NetzeroChecker checker = new NetzeroChecker();
        NetzeroMilp milp = new NetzeroMilp(NetzeroMilp.Parameters.DEFAULT);
        // OR-Tools' natives load on the first solve: outside the timings
        milp.solve(study.buildInstanceWith(sample, params(Map.of("fleetSize", 50)), null, null), RunContext.of(0));

        log.println("## milp at 2,000 EVs (" + seeds + " seeds each); load average at the start "
                + String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage()));
        log.println();
        log.println("| regime | method | build ms (median) | solve ms (median) | solve ms (max) | solve CPU ms "
                + "(median) | offers | taken | unmet kWh (mean) | status | gap (max) | objective vs MPSolver "
                + "(max rel. diff) | checker |");
        log.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        NetzeroMilp scip = new NetzeroMilp(new NetzeroMilp.Parameters(
                org.evwb.core.solve.ortools.LinearBackend.SCIP, 1e-6, 10, NetzeroMilp.Method.MPSOLVER));
        for (String regime : List.of("paper (p_EV 6, S̄_G 29 MWh)", "subset-sum (p_EV 20, S̄_G 31 MWh)")) {
            double[] reference = new double[seeds];
            for (NetzeroMilp solver : List.of(scip, milp)) {
                double[] build = new double[seeds];
                double[] solve = new double[seeds];
                double[] cpu = new double[seeds];
                long offers = 0;
                long taken = 0;
                double unmet = 0;
                double maxGap = 0;
                double maxDiff = 0;
                int bad = 0;
                java.util.Map<String, Integer> status = new java.util.TreeMap<>();
                for (int s = 0; s < seeds; s++) {
                    Map<String, Object> v = regime.startsWith("paper") ? Map.of("fleetSize", 2000, "fleetSeed", s)
                            : Map.of("fleetSize", 2000, "fleetSeed", s, "evPricePerKWh", 20.0, "gridCapKWh",
                            31000.0);
                    long t0 = System.nanoTime();
                    NetzeroInstance in = study.buildInstanceWith(sample, params(v), null, null);
                    long t1 = System.nanoTime();
                    long c1 = mx.getCurrentThreadCpuTime();
                    NetzeroSolution sol = solver.solve(in, RunContext.of(s));
                    long c2 = mx.getCurrentThreadCpuTime();
                    long t2 = System.nanoTime();
                    build[s] = (t1 - t0) / 1e6;
                    solve[s] = (t2 - t1) / 1e6;
                    cpu[s] = (c2 - c1) / 1e6;
                    offers += in.eligible().length;
                    taken += sol.taken().length;
                    unmet += sol.unmetKWh();
                    bad += checker.check(in, sol).isEmpty() ? 0 : 1;
                    double obj = sol.reported().gridCost() + in.parameters().unmetPenalty() * sol.unmetKWh();
                    if (solver == scip) {
                        reference[s] = obj;
                    } else {
                        maxDiff = Math.max(maxDiff, (obj - reference[s]) / Math.abs(reference[s]));
                    }
                    maxGap = Math.max(maxGap, sol.solve() == null ? 0 : sol.solve().relativeGap());
                    status.merge(sol.solve() == null ? "closed form" : sol.solve().backend() + " "
                            + sol.solve().status(), 1, Integer::sum);
                }
                log.printf(Locale.ROOT, "| %s | %s | %.0f | %.1f | %.1f | %.1f | %d | %d | %.1f | %s | %.2g | %s | "
                                + "%d of %d fail |%n", regime, solver == scip ? "MPSolver (SCIP)" : "exact",
                        median(build), median(solve), Arrays.stream(solve).max().orElse(0), median(cpu),
                        offers / seeds, taken / seeds, unmet / seeds, status.toString(), maxGap,
                        solver == scip ? "reference" : String.format(Locale.ROOT, "%+.2g", maxDiff), bad, seeds);
            }
        }
        log.println();
        if (a.contains("--milp-only")) {
            return;
        }

        log.println("## Fig. 6 sweep preset (fig6-ev-price), " + threads + " threads");
        var preset = study.sweepPreset("fig6-ev-price").orElseThrow();
        var spec = StudySweeps.ofPreset(study, preset, sample, sample.studyConfig(NetzeroStudy.ID).orElse(null))
                .withThreads(threads);
        if (quick) {
            spec = spec.withRuns(1);
        }
        long t0 = System.nanoTime();
        var out = StudySweeps.run(spec, new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper()),
                ComputeCarbon.Settings.DEFAULT, RunContext.of(0));
        double sweepS = (System.nanoTime() - t0) / 1e9;
        long feasible = out.rows().stream().filter(r -> r.feasible()).count();
        log.printf(Locale.ROOT, "%d tasks (%d points × %d runs, 500 EVs each) in %.1f s wall; %d of %d rows "
                + "feasible%n%n", spec.taskCount(), preset.grid().points().size(), spec.runs(), sweepS, feasible,
                out.rows().size());

        log.println("## Table VIII reproduction: N_EV 500, 750, …, 2000 × " + tableRuns + " runs");
        t0 = System.nanoTime();
        NetzeroComparison.Summary sum = NetzeroComparison.run(sample, NetzeroParameters.DEFAULT,
                new int[] {500, 750, 1000, 1250, 1500, 1750, 2000}, tableRuns, RunContext.of(0));
        log.printf(Locale.ROOT, "grid load reduction %.2f %% (paper 38.21 %%, reference model 38.1 %%); without "
                        + "prosumers %.2f %%%ncost reduction with prosumers %.2f %% (paper 5.3 %%, reference 5.55 %%)%n"
                        + "renewables vs fossil: %.2f %% cheaper, fossil costs %.2f %% more (paper 50.97 %%)%n"
                        + "mean unmet demand: no prosumers %.1f kWh, prosumers %.1f kWh%n%.1f s wall%n",
                sum.loadReductionPct(), sum.loadReductionNoProsumersPct(), sum.costReductionPct(),
                sum.renewableCheaperThanFossilPct(), sum.fossilCostsMorePct(), sum.meanUnmetNoProsumersKWh(),
                sum.meanUnmetProsumersKWh(), (System.nanoTime() - t0) / 1e9);
    }

    private static NetzeroParameters params(Map<String, Object> values) {
        return RecordValues.withOverrides("benchmark", NetzeroParameters.DEFAULT, values);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static int intArg(List<String> a, String name, int def) {
        int i = a.indexOf(name);
        return i >= 0 && i + 1 < a.size() ? Integer.parseInt(a.get(i + 1)) : def;
    }
}
