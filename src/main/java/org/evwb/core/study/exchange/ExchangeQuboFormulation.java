package org.evwb.core.study.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.study.QuboEncoding;
import org.evwb.core.qubo.study.QuboFormulation;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.SolverSpec;

/**
 * The exchange study's QUBO formulation (SPEC §3): {@link ExchangeQuboTerms} with the study's penalty P
 * ({@link ExchangeParameters#quboPenalty}, 0 = just above the largest |gain|). A state decodes into the pairs it
 * selects, as they are: when it selects two partners for a buyer or a seller (P too low, or a sampler that did not
 * reach a feasible state) the matching keeps both pairs, so the independent checker reports the double match and the
 * statistics name the broken constraints. Repairing it here would hide exactly what the penalty sweep is meant to
 * show.
 *
 * <p>{@code anneal} with its β range left at 0 takes the range from P ({@link #betaRange}) unless the study's
 * {@link ExchangeParameters#quboBetaFromPenalty} is false.
 */
public final class ExchangeQuboFormulation implements QuboFormulation<ExchangeInstance, Matching> {

    @Override
    public String title() {
        return "Exchange matching QUBO";
    }

    /** The penalty P the study uses on an instance: its parameter, or just above the largest |gain| when that is 0. */
    public static double penalty(ExchangeInstance in) {
        return in.params().quboPenalty() > 0 ? in.params().quboPenalty() : ExchangeQuboTerms.defaultPenalty(in);
    }

    @Override
    public Encoding encode(ExchangeInstance in) {
        return encode(in, penalty(in));
    }

    /** The encoding with penalty {@code penalty} instead of the study's (the penalty sweep). */
    public Encoding encode(ExchangeInstance in, double penalty) {
        return new Encoding(in, ExchangeQuboTerms.build(in, penalty));
    }

    @Override
    public Matching withStats(Matching m, QuboRunStats stats) {
        return m.withQubo(stats);
    }

    @Override
    public Optional<QuboRunStats> stats(Matching m) {
        return Optional.ofNullable(m.qubo());
    }

    /**
     * The annealing β range for this QUBO's scales, {β_hot, β_cold}. The engine's default takes it from the Ising
     * biases (neal's rule), which here are dominated by the penalty couplers: at 200 EVs a spin has ~180 couplers of
     * P/4, so β_hot ≈ 1/(90 P) spends half the schedule far above any useful temperature, and β_cold comes from the
     * smallest coupler-mixed bias rather than from the gains, leaving gain differences of ~0.1–0.5 excited
     * (measured: the best of 8 reads double-matched on a 200 × 5 instance). Instead: β_hot = ln 2 / (2P) accepts
     * half the time a flip that breaks two one-partner constraints (the most a flip into a near-matching breaks);
     * β_cold = ln 100 / (0.001·P) excites an energy difference of 0.1 % of P (about 0.1 % of the largest gain) with
     * probability at most 1 %.
     */
    public static double[] betaRange(double penalty) {
        return new double[] {Math.log(2) / (2 * penalty), Math.log(100) / (1e-3 * penalty)};
    }

    /**
     * {@code parameters} with the β range from P filled in where it is left at 0, when they are anneal's; any other
     * sampler's parameters unchanged.
     */
    public static Record withBetaFromPenalty(Record parameters, double penalty) {
        if (parameters instanceof AnnealSampler.Parameters a) {
            double[] range = betaRange(penalty);
            return new AnnealSampler.Parameters(a.reads(), a.sweeps(), a.betaHot() > 0 ? a.betaHot() : range[0],
                    a.betaCold() > 0 ? a.betaCold() : range[1], a.threads(), a.traceRead());
        }
        return parameters;
    }

    /** One instance's exchange QUBO with penalty P: variable k is pair k of {@link #terms()}. */
    public static final class Encoding implements QuboEncoding<Matching> {

        private final ExchangeInstance in;
        private final ExchangeQuboTerms terms;
        private final Qubo qubo;

        Encoding(ExchangeInstance in, ExchangeQuboTerms terms) {
            this.in = in;
            this.terms = terms;
            this.qubo = terms.toQubo();
        }

        public ExchangeQuboTerms terms() {
            return terms;
        }

        @Override
        public String name() {
            return "matching";
        }

        @Override
        public Qubo qubo() {
            return qubo;
        }

        @Override
        public Map<String, Double> penalties() {
            return Map.of("P", terms.penalty());
        }

        @Override
        public Matching decode(byte[] state) {
            return Matching.of(in, terms.pairs(state));
        }

        /** The matching's pairs as a state: exact, since decoding keeps every selected pair as it is. */
        @Override
        public Optional<Source> sourceOf(Matching m) {
            Map<Matching.Pair, Integer> index = new HashMap<>();
            for (int v = 0; v < terms.variables().size(); v++) {
                index.put(terms.variables().get(v).pair(), v);
            }
            byte[] x = new byte[terms.variables().size()];
            for (Matching.Pair p : m.pairs()) {
                Integer v = index.get(p);
                if (v == null) {
                    return Optional.empty(); // not an acceptable pair: the checker reports it
                }
                x[v] = 1;
            }
            return Optional.of(new Source(x, true));
        }

        /** Buyers plus sellers with two or more selected pairs. */
        @Override
        public int unresolved(byte[] state) {
            return terms.brokenConstraintCount(state);
        }

        @Override
        public Optimizer<Qubo, SampleSet> sampler(SolverSpec<Qubo, SampleSet> engine, Record parameters) {
            return engine.create(in.params().quboBetaFromPenalty()
                    ? withBetaFromPenalty(parameters, terms.penalty()) : parameters);
        }
    }
}
