package org.evwb.core.study.exchange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.geo.Geo;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.SolverSpec;

/**
 * The headless sweep behind paper 000's Figs. 4–7: for every (N_EV, N_BS) and seeded run, generate a scenario, run
 * every solver through {@link OptimizerRunner} (timings, compute-carbon estimate, checker verdict, objectives) and
 * simulate each BS's edge-computing task for every (P_chg, s_EV).
 *
 * <p>Runs on a pool of threads; each task's seed depends only on the base seed and its (N_EV, N_BS, run), and rows
 * are returned in task order, so the results (timings aside) are the same for any thread count. CPU time per run is
 * the worker thread's CPU time during the solve (the process CPU time, also reported, includes the other workers and
 * is only as fine as the OS's accounting tick).
 */
public final class ExchangeSweep {

    /**
     * What to sweep. {@code threads} 0 means all cores. {@code solverParameters} maps a solver id to the parameters it
     * runs with in the sweep (a solver not in the map runs with its defaults).
     */
    public record Settings(List<Integer> evCounts, List<Integer> bsCounts, int runs, long baseSeed, int threads,
                           List<String> solverIds, List<Double> chargingPowersKW, List<Double> chunkSizesM,
                           ExchangeParameters params, ExchangeGenerator.Settings generator,
                           ComputeCarbon.Settings carbon, Map<String, Record> solverParameters) {

        /** Every solver with its defaults. */
        public Settings(List<Integer> evCounts, List<Integer> bsCounts, int runs, long baseSeed, int threads,
                        List<String> solverIds, List<Double> chargingPowersKW, List<Double> chunkSizesM,
                        ExchangeParameters params, ExchangeGenerator.Settings generator,
                        ComputeCarbon.Settings carbon) {
            this(evCounts, bsCounts, runs, baseSeed, threads, solverIds, chargingPowersKW, chunkSizesM, params,
                    generator, carbon, Map.of());
        }

        public Settings {
            solverParameters = Map.copyOf(solverParameters);
            evCounts = List.copyOf(evCounts);
            bsCounts = List.copyOf(bsCounts);
            solverIds = List.copyOf(solverIds);
            chargingPowersKW = List.copyOf(chargingPowersKW);
            chunkSizesM = List.copyOf(chunkSizesM);
            if (runs < 1 || threads < 0) {
                throw new IllegalArgumentException("runs must be >= 1 and threads >= 0");
            }
        }

        /**
         * The paper's preset: N_EV 100, 125, …, 200; N_BS 3, 4, 5; 100 runs each; every solver; P_chg 40 and 110 kW;
         * s_EV from 20 to 1000 M (Decision: the paper does not print Fig. 7's axis; this range shows EVs leaving
         * before their chunk is done at 110 kW but not at 40 kW). The QUBO is solved by {@code anneal} with
         * {@link #SWEEP_QUBO}: fewer reads than its default, so that 1,500 scenarios take minutes, not an hour
         * (docs/benchmarks.md).
         */
        public static Settings paper(long baseSeed) {
            return new Settings(List.of(100, 125, 150, 175, 200), List.of(3, 4, 5), 100, baseSeed, 0,
                    List.of("gale-shapley", "optimal", "greedy", AnnealSampler.ID), List.of(40.0, 110.0),
                    List.of(20.0, 100.0, 200.0, 400.0, 600.0, 800.0, 1000.0), ExchangeParameters.defaults(),
                    ExchangeGenerator.Settings.defaults(), ComputeCarbon.Settings.DEFAULT,
                    Map.of(AnnealSampler.ID, SWEEP_QUBO));
        }

        /**
         * {@code anneal} in the paper preset: 2 reads × 200 sweeps on one thread (the sweep already runs a scenario
         * per core), β range from P (the study's default rule).
         */
        public static final AnnealSampler.Parameters SWEEP_QUBO = new AnnealSampler.Parameters(2, 200, 0, 0, 1,
                false);

        public Settings withRuns(int newRuns, int newThreads) {
            return new Settings(evCounts, bsCounts, newRuns, baseSeed, newThreads, solverIds, chargingPowersKW,
                    chunkSizesM, params, generator, carbon, solverParameters);
        }

        /** The same settings with these solvers (and parameters for some of them). */
        public Settings withSolvers(List<String> ids, Map<String, Record> parameters) {
            return new Settings(evCounts, bsCounts, runs, baseSeed, threads, ids, chargingPowersKW, chunkSizesM,
                    params, generator, carbon, parameters);
        }

        /** The parameters a solver runs with in this sweep. */
        public Record parametersOf(SolverSpec<?, ?> spec) {
            return solverParameters.getOrDefault(spec.id(), spec.defaults());
        }
    }

    /** All rows, in task order. */
    public record Result(List<SweepRows.AlgorithmRow> algorithmRows, List<SweepRows.EdgeRow> edgeRows) { }

    private final ExchangeStudy study;
    private final OptimizerRunner runner;

    public ExchangeSweep(ExchangeStudy study, OptimizerRunner runner) {
        this.study = study;
        this.runner = runner;
    }

    /** The seed of one task: a function of the base seed and the task's coordinates only. */
    public static long taskSeed(long baseSeed, int evs, int bss, int run) {
        long h = baseSeed;
        for (long v : new long[] {evs, bss, run}) {
            h = (h ^ v) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 31;
        }
        return h;
    }

    public Result run(Settings s, RunContext ctx) {
        List<int[]> tasks = new ArrayList<>();
        for (int evs : s.evCounts()) {
            for (int bss : s.bsCounts()) {
                for (int r = 0; r < s.runs(); r++) {
                    tasks.add(new int[] {evs, bss, r});
                }
            }
        }
        int threads = s.threads() == 0 ? Runtime.getRuntime().availableProcessors() : s.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "exchange-sweep");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int[] t : tasks) {
                futures.add(pool.submit(() -> {
                    if (ctx.isCancelled()) {
                        throw new CancelledException();
                    }
                    Result r = runTask(s, t[0], t[1], t[2], ctx);
                    int d = done.incrementAndGet();
                    ctx.progress((double) d / tasks.size(), d + " of " + tasks.size() + " scenarios");
                    return r;
                }));
            }
            List<SweepRows.AlgorithmRow> alg = new ArrayList<>();
            List<SweepRows.EdgeRow> edge = new ArrayList<>();
            for (Future<Result> f : futures) {
                Result r = await(f, ctx);
                alg.addAll(r.algorithmRows());
                edge.addAll(r.edgeRows());
            }
            return new Result(List.copyOf(alg), List.copyOf(edge));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result await(Future<Result> f, RunContext ctx) {
        while (true) {
            ctx.checkCancelled();
            try {
                return f.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // poll the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancelledException c) {
                    throw c;
                }
                throw new IllegalStateException("sweep task failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** One scenario: every solver, then the edge-computing tasks. */
    Result runTask(Settings s, int evs, int bss, int run, RunContext parent) {
        long seed = taskSeed(s.baseSeed(), evs, bss, run);
        Project project = new ExchangeGenerator(s.generator(), s.params()).generate(evs, bss, seed);
        ExchangeInstance in;
        try {
            in = study.buildInstanceWith(project, s.params());
        } catch (ProjectFileException e) {
            throw new IllegalStateException("generated scenario is invalid: " + e.getMessage(), e);
        }
        List<SweepRows.AlgorithmRow> rows = new ArrayList<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String id : s.solverIds()) {
            parent.checkCancelled();
            SolverSpec<ExchangeInstance, Matching> spec = study.solver(id).orElseThrow(() ->
                    new IllegalArgumentException("exchange has no solver '" + id + "'"));
            // the runner's CPU figure is process-wide (other workers included, and coarse); time the solve alone on
            // this thread by wrapping the optimiser
            long[] solveCpuNanos = new long[1];
            SolverSpec<ExchangeInstance, Matching> timed = SolverSpec.of(spec.id(), spec.description(),
                    spec.defaults(), params -> threadTimed(spec.create(params), mx, solveCpuNanos));
            RunOutcome<Matching> out = runner.run(study, timed, s.parametersOf(spec), in, RunContext.of(seed));
            var rep = out.report();
            double cpu = solveCpuNanos[0] / 1e9;
            ComputeCarbon carbon = ComputeCarbon.estimate(cpu, rep.wallSeconds(), s.carbon());
            Map<String, Double> o = rep.objectives();
            rows.add(new SweepRows.AlgorithmRow(evs, bss, run, seed, id, rep.status().name().toLowerCase(),
                    rep.feasible(), rep.wallSeconds(), cpu, rep.cpuSeconds(), carbon.energyKWh(), carbon.co2Kg(),
                    in.buyerCount(), in.sellerCount(), in.acceptablePairCount(), (int) v(o, "matchedPairs"),
                    (int) v(o, "blockingPairs"), v(o, "socialWelfare"), v(o, "socialWelfareGapToOptimal"),
                    v(o, "meanPairUtility"), v(o, "energyV2GKWh"), v(o, "energyG2VKWh"), v(o, "energyT2GKWh"),
                    v(o, "energyG2TKWh"), v(o, "energyT2VKWh"), v(o, "energyV2TKWh"), v(o, "energyV2VKWh"),
                    v(o, "energyT2TKWh")));
        }
        return new Result(rows, edgeRows(s, in, evs, bss, run));
    }

    private static Optimizer<ExchangeInstance, Matching> threadTimed(Optimizer<ExchangeInstance, Matching> inner,
                                                                     ThreadMXBean mx, long[] cpuNanos) {
        return new Optimizer<>() {
            @Override
            public String id() {
                return inner.id();
            }

            @Override
            public String description() {
                return inner.description();
            }

            @Override
            public Matching solve(ExchangeInstance instance, RunContext context) {
                long t0 = mx.getCurrentThreadCpuTime();
                try {
                    return inner.solve(instance, context);
                } finally {
                    cpuNanos[0] = mx.getCurrentThreadCpuTime() - t0;
                }
            }
        };
    }

    private static double v(Map<String, Double> o, String key) {
        return o.getOrDefault(key, Double.NaN);
    }

    /**
     * Fig. 7: each BS offloads N_s chunks to its K nearest EVs (Decision: nearest by distance, whatever their role;
     * a one-to-one matching gives a BS at most one EV, too few for the experiment). An EV's charging time is its own
     * trade energy (a buyer's demand, a seller's surplus) at P_chg.
     */
    static List<SweepRows.EdgeRow> edgeRows(Settings s, ExchangeInstance in, int evs, int bss, int run) {
        List<SweepRows.EdgeRow> rows = new ArrayList<>();
        List<Participant> ps = in.participants();
        for (int k = 0; k < ps.size(); k++) {
            Participant bs = ps.get(k);
            if (bs.isEv()) {
                continue;
            }
            List<Integer> near = new ArrayList<>();
            for (int e = 0; e < ps.size(); e++) {
                if (ps.get(e).isEv()) {
                    near.add(e);
                }
            }
            near.sort(Comparator.<Integer>comparingDouble(e -> Geo.haversineKm(bs.position(), ps.get(e).position()))
                    .thenComparingInt(e -> e));
            int kEvs = Math.min(s.params().evsPerTask(), near.size());
            for (double pChg : s.chargingPowersKW()) {
                for (double size : s.chunkSizesM()) {
                    ExchangeParameters p = s.params().withChunkAndCharging(size, pChg);
                    double[] chg = new double[kEvs];
                    for (int e = 0; e < kEvs; e++) {
                        chg[e] = EdgeComputing.chargingHours(in.tradeKWh(near.get(e)), p);
                    }
                    var t = EdgeComputing.simulate(p.chunksPerTask(), chg, p);
                    rows.add(new SweepRows.EdgeRow(evs, bss, run, bs.id(), pChg, size, t.chunks(), t.evs(),
                            t.taskHours() * 3600, t.bsComputeHours() * 3600, t.bsAddHours() * 3600,
                            t.sumEvComputeHours() * 3600, t.lowerBoundHours() * 3600, t.upperBoundHours() * 3600,
                            t.paperLowerBoundHours() * 3600, t.paperUpperBoundHours() * 3600,
                            t.withinBounds(1e-12), t.withinPaperBounds(1e-12)));
                }
            }
        }
        return rows;
    }
}
