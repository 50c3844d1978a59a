package org.evwb.core.qubo.sampler;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/** Uniform random bit strings: the baseline the motorway paper compares against (SPEC §2). */
public final class RandomSampler implements Optimizer<Qubo, SampleSet> {

    public static final String ID = "random";

    public record Parameters(int reads) {
        public static final Parameters DEFAULT = new Parameters(1000);

        public Parameters {
            if (reads < 1) {
                throw new IllegalArgumentException("reads must be >= 1");
            }
        }
    }

    private final Parameters params;

    public RandomSampler(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Uniform random bit strings (baseline)";
    }

    @Override
    public SampleSet solve(Qubo qubo, RunContext ctx) {
        ctx.checkCancelled();
        long t0 = System.nanoTime();
        SplittableRandom r = new SplittableRandom(ctx.seed());
        // not sized by reads up front: a run cancelled early must not have reserved room for billions
        List<byte[]> reads = new ArrayList<>(Math.min(params.reads(), 1 << 16));
        for (int k = 0; k < params.reads() && !ctx.shouldStop(); k++) {
            byte[] x = new byte[qubo.numVariables()];
            for (int i = 0; i < x.length; i++) {
                x[i] = (byte) r.nextInt(2);
            }
            reads.add(x);
        }
        if (reads.isEmpty()) {
            ctx.checkCancelled(); // a cancel keeps the reads drawn so far; none drawn is a plain cancel
        }
        return SampleSet.aggregate(ID, qubo, reads, null, new SamplerInfo.Random(reads.size()),
                new SampleSet.Timings(0, (System.nanoTime() - t0) / 1e9));
    }
}
