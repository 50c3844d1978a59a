package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.HistogramAccumulator;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;

/**
 * Exact ground states of the GCM QUBO when it has more variables than the engine's brute force takes (n &gt; 30),
 * by enumerating only the states with at most one option per EMV: Π (m_i + 1) states instead of 2^n.
 *
 * <p>Why that is exact: with A, B &gt; 0, take any state in which some EMV has c ≥ 2 options. Switching all but one of
 * them off lowers that EMV's one-hot energy from A·(1 − c)² ≥ A to 0 and can only remove conflict terms (each +B),
 * so the energy drops strictly. Every ground state therefore has at most one option per EMV. The energy histogram
 * covers the enumerated subspace only.
 */
final class AtMostOneExact implements Optimizer<Qubo, SampleSet> {

    /** Largest subspace enumerated (about the engine's 2^30). */
    static final long MAX_STATES = 1L << 30;
    private static final int MAX_GROUND = 1024;

    /** Π (m_i + 1), or {@link Long#MAX_VALUE} when it overflows. */
    static long subspaceSize(MotorwayQuboTerms t) {
        int[] m = new int[t.emvIds().size()];
        for (EmvOption o : t.variables()) {
            m[o.emv()]++;
        }
        long size = 1;
        for (int c : m) {
            if (size > Long.MAX_VALUE / (c + 1)) {
                return Long.MAX_VALUE;
            }
            size *= c + 1;
        }
        return size;
    }

    private final MotorwayQuboTerms t;

    /** @param t the GCM model whose QUBO this enumerates (variable v of the QUBO is option v of {@code t}) */
    AtMostOneExact(MotorwayQuboTerms t) {
        this.t = t;
    }

    @Override
    public String id() {
        return ExactSampler.ID;
    }

    @Override
    public String description() {
        return "Exhaustive search of the states with at most one option per EMV (every ground state is one)";
    }

    @Override
    public SampleSet solve(Qubo q, RunContext ctx) {
        long total = subspaceSize(t);
        if (total > MAX_STATES) {
            throw new IllegalArgumentException("exact: the QUBO has " + q.numVariables() + " variables (over the "
                    + "engine's 30) and even the " + (total == Long.MAX_VALUE ? "astronomical" : total)
                    + " states with at most one option per EMV are over " + MAX_STATES
                    + "; use anneal, tabu or cpsat");
        }
        long t0 = System.nanoTime();
        int emvs = t.emvIds().size();
        List<List<Integer>> groups = new ArrayList<>();
        for (int e = 0; e < emvs; e++) {
            groups.add(new ArrayList<>());
        }
        for (int v = 0; v < t.variables().size(); v++) {
            groups.get(t.variables().get(v).emv()).add(v);
        }
        double scale = Math.abs(q.offset()) + q.maxAbsCoefficient() * (q.numVariables() + q.numCouplers());
        double tol = 1e-9 * Math.max(1, scale);
        HistogramAccumulator hist = new HistogramAccumulator(tol, q.offset() - scale, q.offset() + scale);
        byte[] x = new byte[q.numVariables()];
        int[] digit = new int[emvs]; // 0 = no option, k = the k-th option of the EMV
        double e = q.energy(x);
        double best = Double.POSITIVE_INFINITY;
        List<byte[]> ground = new ArrayList<>();
        long visited = 0;
        boolean stopped = false;
        while (true) {
            visited++;
            hist.add(e, 1);
            if (e < best - tol) {
                best = e;
                ground.clear();
            }
            if (e <= best + tol && ground.size() < MAX_GROUND) {
                ground.add(x.clone());
            }
            if ((visited & 0xFFFF) == 0) {
                e = q.energy(x); // re-anchor the running sum
                if (ctx.shouldStop()) {
                    stopped = true;
                    break;
                }
                ctx.progress((double) visited / total, "exact: " + visited + " of " + total + " states");
            }
            // mixed-radix odometer: advance the lowest digit that can, resetting the ones below
            int d = 0;
            while (d < emvs && digit[d] == groups.get(d).size()) {
                if (digit[d] > 0) {
                    e += flip(q, x, groups.get(d).get(digit[d] - 1));
                }
                digit[d] = 0;
                d++;
            }
            if (d == emvs) {
                break;
            }
            if (digit[d] > 0) {
                e += flip(q, x, groups.get(d).get(digit[d] - 1));
            }
            digit[d]++;
            e += flip(q, x, groups.get(d).get(digit[d] - 1));
        }
        // a cancel keeps the ground states of the part enumerated, like the time limit (the report says incomplete)
        double exactBest = ground.stream().mapToDouble(q::energy).min().orElse(Double.NaN);
        List<byte[]> keep = ground.stream().filter(s -> q.energy(s) <= exactBest + tol).toList();
        SamplerInfo info = new SamplerInfo.Exact(visited, !stopped, exactBest, keep.size(), hist.build());
        return SampleSet.aggregate("exact", q, keep, null, info,
                new SampleSet.Timings(0, (System.nanoTime() - t0) / 1e9));
    }

    private static double flip(Qubo q, byte[] x, int v) {
        double delta = q.flipDelta(x, v);
        x[v] ^= 1;
        return delta;
    }
}
