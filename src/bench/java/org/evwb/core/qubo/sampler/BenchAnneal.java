package org.evwb.core.qubo.sampler;

import org.evwb.core.qubo.Qubo;

/**
 * The benchmarks' way to the β schedule {@link AnnealSampler} runs by default, so a reference annealer can be given
 * exactly the same doubles.
 */
public final class BenchAnneal {

    private BenchAnneal() {
    }

    /** The schedule of a default-range {@code AnnealSampler} run of {@code sweeps} sweeps on {@code q}. */
    public static double[] schedule(Qubo q, int sweeps) {
        double[] range = AnnealSampler.betaRange(q);
        return AnnealSampler.geometric(range[0], range[1], sweeps);
    }
}
