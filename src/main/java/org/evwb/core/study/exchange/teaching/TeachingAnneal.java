package org.evwb.core.study.exchange.teaching;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;

/**
 * One read of the real simulated annealer ({@link AnnealSampler}) on the exchange QUBO, watched as it cools: the
 * annealer's own per-sweep energy trace is passed on as {@code "anneal energy"} events, and at checkpoints the state
 * is decoded into a matching (with its broken one-partner constraints) for the map.
 *
 * <p>How the state at sweep k is obtained without changing the engine: the same read is re-run for k sweeps with the
 * schedule cut at β_k. The read's start state and random stream depend on the seed only, and a geometric schedule
 * from β_hot to β_k in k steps is the first k values of the full one, so the re-run follows the same trajectory and
 * stops where the full run is at sweep k ({@code TeachingAnnealTest} checks the decoded energies against the trace).
 * The cost is about checkpoints/2 full reads — nothing at classroom size.
 */
public final class TeachingAnneal {

    public static final String ENERGY_SERIES = "anneal energy";
    public static final String BEST_SERIES = "best so far";

    /**
     * @param sweeps      sweeps of the full schedule (the engine's default is 1,000)
     * @param checkpoints how many times the state is decoded on the way (≥ 1; the last is the end)
     * @param pauseMillis wait after each checkpoint, so a class can watch a tiny instance cool (0 in tests)
     */
    public record Settings(int sweeps, int checkpoints, long pauseMillis) {
        public static final Settings CLASSROOM = new Settings(1000, 40, 120);

        public Settings {
            if (sweeps < 1 || checkpoints < 1 || pauseMillis < 0) {
                throw new IllegalArgumentException("anneal needs sweeps >= 1, checkpoints >= 1, pause >= 0");
            }
        }
    }

    /** The state after {@code sweep} sweeps, at inverse temperature {@code beta}. */
    public record Snapshot(int sweep, double beta, double energy, ExchangeQuboModel.Decoded decoded) { }

    /** Receives each checkpoint and the best (lowest-energy) snapshot so far; called on the annealing thread. */
    public interface Listener {
        void snapshot(Snapshot current, Snapshot best);
    }

    public record Result(List<Snapshot> snapshots, Snapshot best) {
        public Result {
            snapshots = List.copyOf(snapshots);
        }
    }

    private final ExchangeQuboModel model;

    public TeachingAnneal(ExchangeQuboModel model) {
        this.model = model;
    }

    /** The β schedule's ends the engine derives from the biases (hot, cold). */
    public double[] betaRange() {
        return AnnealSampler.defaultBetaRange(Ising.fromQubo(model.qubo()));
    }

    /** Sweeps at which the state is decoded: evenly spread, distinct, ending at {@code sweeps}. */
    static int[] checkpoints(Settings s) {
        int n = Math.min(s.checkpoints(), s.sweeps());
        int[] out = new int[n];
        for (int i = 1; i <= n; i++) {
            out[i - 1] = (int) Math.round((double) s.sweeps() * i / n);
        }
        return out;
    }

    public Result run(Settings s, RunContext ctx, Listener listener) {
        List<Snapshot> snaps = new ArrayList<>();
        if (model.variables() == 0) {
            return new Result(snaps, null);
        }
        double[] range = betaRange();
        double hot = range[0];
        double cold = range[1];
        double ratio = s.sweeps() == 1 ? 0 : Math.log(cold / hot) / (s.sweeps() - 1);
        Snapshot best = null;
        int done = 0;
        for (int k : checkpoints(s)) {
            ctx.checkCancelled();
            double betaK = k == s.sweeps() ? cold : hot * Math.exp(ratio * (k - 1));
            final int from = done;
            RunContext[] child = new RunContext[1];
            child[0] = new RunContext(ctx.seed(), null, new RunListener() {
                @Override
                public void onEvent(RunEvent e) {
                    if (e.x() > from) {
                        ctx.event(e.series(), e.x(), e.y()); // only the sweeps not shown yet
                    }
                    if (ctx.isCancelled()) {
                        child[0].cancel();
                    }
                }
            });
            SampleSet set = new AnnealSampler(new AnnealSampler.Parameters(1, k, hot, betaK, 1, true))
                    .solve(model.qubo(), child[0]);
            ctx.checkCancelled();
            var sample = set.best().orElseThrow();
            Snapshot snap = new Snapshot(k, betaK, sample.energy(), model.decode(sample.state()));
            snaps.add(snap);
            if (best == null || snap.energy() < best.energy()) {
                best = snap;
            }
            ctx.event(BEST_SERIES, k, best.energy());
            ctx.progress((double) k / s.sweeps(), "sweep " + k + " of " + s.sweeps());
            listener.snapshot(snap, best);
            done = k;
            pause(s.pauseMillis(), ctx);
        }
        return new Result(snaps, best);
    }

    private static void pause(long millis, RunContext ctx) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            ctx.checkCancelled();
            try {
                Thread.sleep(Math.min(20, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.evwb.core.solve.CancelledException();
            }
        }
    }
}
