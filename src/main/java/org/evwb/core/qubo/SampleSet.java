package org.evwb.core.qubo;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sampler returns (SPEC §2): distinct states with energy and occurrence count, best (lowest energy) first,
 * ties by bit string, plus the sampler's own report and timings.
 */
public record SampleSet(String sampler, int numVariables, List<Sample> samples, SamplerInfo info, Timings timings) {

    /** Wall-clock seconds spent preparing (β range, model, angles...) and sampling. */
    public record Timings(double setupSeconds, double samplingSeconds) {
        public double totalSeconds() {
            return setupSeconds + samplingSeconds;
        }
    }

    public SampleSet {
        samples = List.copyOf(samples);
    }

    public Optional<Sample> best() {
        return samples.isEmpty() ? Optional.empty() : Optional.of(samples.get(0));
    }

    /** Lowest energy, or NaN when the set is empty. */
    public double bestEnergy() {
        return samples.isEmpty() ? Double.NaN : samples.get(0).energy();
    }

    /** Total number of reads (sum of occurrences). */
    public long totalOccurrences() {
        return samples.stream().mapToLong(Sample::occurrences).sum();
    }

    public SampleSet withTimings(Timings t) {
        return new SampleSet(sampler, numVariables, samples, info, t);
    }

    /**
     * Groups raw states into distinct samples, with energies recomputed exactly from the QUBO (never trusted from
     * a sampler's incremental sums), sorted best first; ties by bit string so the order never depends on threads.
     */
    public static SampleSet aggregate(String sampler, Qubo qubo, List<byte[]> states, long[] counts,
                                      SamplerInfo info, Timings timings) {
        Map<ByteBuffer, long[]> seen = new LinkedHashMap<>();
        for (int r = 0; r < states.size(); r++) {
            long c = counts == null ? 1 : counts[r];
            seen.computeIfAbsent(ByteBuffer.wrap(states.get(r)), k -> new long[1])[0] += c;
        }
        List<Sample> out = new ArrayList<>(seen.size());
        for (Map.Entry<ByteBuffer, long[]> e : seen.entrySet()) {
            byte[] s = e.getKey().array();
            out.add(new Sample(s, qubo.energy(s), e.getValue()[0]));
        }
        out.sort(ORDER);
        return new SampleSet(sampler, qubo.numVariables(), out, info, timings);
    }

    /** Best first, then by bit string. */
    public static final Comparator<Sample> ORDER = Comparator.comparingDouble(Sample::energy)
            .thenComparing((a, b) -> Arrays.compare(a.state(), b.state()));
}
