package org.evwb.core.study.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.qubo.Decoded;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;

/**
 * Solver {@code qubo} (SPEC §3): builds the QUBO of {@link ExchangeQuboTerms} with provenance, samples it with any
 * engine sampler (SPEC §2) and decodes the lowest-energy sample into a {@link Matching}.
 *
 * <p>The sample is decoded as it is: when it selects two partners for a buyer or a seller (P too low, or a sampler
 * that did not reach a feasible state) the matching keeps both pairs, so the independent checker reports the double
 * match; {@link QuboDetails} names the broken constraints. Repairing it here would hide exactly what the penalty
 * sweep is meant to show.
 */
public final class QuboMatching implements Optimizer<ExchangeInstance, Matching> {

    public static final String ID = "qubo";

    /**
     * @param sampler           engine sampler id: anneal (default), tabu, exact, cpsat, qaoa, random
     * @param penalty           P; 0 = the default, just above the largest |gain| ({@link ExchangeQuboTerms#defaultPenalty})
     * @param samplerParameters the sampler's own parameters as {@code name=value} pairs separated by commas, e.g.
     *                          {@code reads=64, sweeps=2000}; empty = the sampler's defaults (see docs/qubo.md)
     * @param betaFromPenalty   for {@code anneal} with betaHot/betaCold left at 0: take the β range from P rather than
     *                          from the biases (see {@link #betaRange}); false = the sampler's own rule
     */
    public record Parameters(String sampler, double penalty, String samplerParameters, boolean betaFromPenalty) {
        public static final Parameters DEFAULT = new Parameters("anneal", 0, "", true);

        /** With the β range from P (the default). */
        public Parameters(String sampler, double penalty, String samplerParameters) {
            this(sampler, penalty, samplerParameters, true);
        }

        public Parameters {
            sampler = sampler == null || sampler.isBlank() ? "anneal" : sampler.strip();
            samplerParameters = samplerParameters == null ? "" : samplerParameters.strip();
            if (!(penalty >= 0) || Double.isInfinite(penalty)) {
                throw new IllegalArgumentException("penalty must be a finite number >= 0 (0 = just above the "
                        + "largest gain), was " + penalty);
            }
            samplerRecord(sampler, samplerParameters);      // fail early, naming the bad name or value
        }

        /** The chosen sampler's parameters record: its defaults with {@link #samplerParameters} applied. */
        public Record samplerRecord() {
            return samplerRecord(sampler, samplerParameters);
        }

        private static Record samplerRecord(String id, String text) {
            Samplers samplers = new Samplers();
            SolverSpec<Qubo, SampleSet> spec = samplers.byId(id).orElseThrow(() -> new IllegalArgumentException(
                    "sampler must be one of " + String.join(", ", samplers.ids()) + ", was '" + id + "'"));
            try {
                return spec.withOverrides(parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("samplerParameters: " + e.getMessage(), e);
            }
        }

        /** "reads=64, sweeps=2000" → {reads: "64", sweeps: "2000"}; Jackson converts the text to each type. */
        static Map<String, String> parse(String text) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String item : text.split("[,;]")) {
                if (item.isBlank()) {
                    continue;
                }
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("samplerParameters: '" + item.strip() + "' is not name=value "
                            + "(write e.g. reads=64, sweeps=2000)");
                }
                out.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
            }
            return out;
        }
    }

    private final Parameters params;

    public QuboMatching(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "QUBO of the acceptable pairs (one-partner penalties P), sampled by " + params.sampler();
    }

    /** The penalty this solver uses on an instance. */
    public double penalty(ExchangeInstance in) {
        return params.penalty() > 0 ? params.penalty() : ExchangeQuboTerms.defaultPenalty(in);
    }

    @Override
    public Matching solve(ExchangeInstance in, RunContext ctx) {
        ExchangeQuboTerms terms = ExchangeQuboTerms.build(in, penalty(in));
        if (terms.variableCount() == 0) {
            // no acceptable pair: nothing to sample, everyone trades with the grid
            return Matching.of(in, List.of()).withQubo(new QuboDetails(params.sampler(), terms.penalty(), 0, 0, 0,
                    List.of(), 0, 0));
        }
        Qubo qubo = terms.toQubo();
        ctx.progress(0, "sampling a QUBO of " + qubo.numVariables() + " variables and " + qubo.numCouplers()
                + " couplers with " + params.sampler());
        SampleSet set = sample(qubo, terms.penalty(), ctx);
        Sample best = set.best().orElseThrow(() -> new IllegalStateException(params.sampler()
                + " returned no sample"));
        Decoded decoded = qubo.decode(best.state());
        long reads = 0;
        long feasible = 0;
        for (Sample s : set.samples()) {
            reads += s.occurrences();
            feasible += terms.brokenConstraintCount(s.state()) == 0 ? s.occurrences() : 0;
        }
        QuboDetails details = new QuboDetails(params.sampler(), terms.penalty(), qubo.numVariables(),
                qubo.numCouplers(), best.energy(), decoded.brokenConstraints().stream().map(Decoded.Broken::constraint)
                .toList(), reads, feasible);
        ctx.progress(1, "best energy " + best.energy());
        return Matching.of(in, terms.pairs(best.state())).withQubo(details);
    }

    private SampleSet sample(Qubo qubo, double penalty, RunContext ctx) {
        return sample(params, qubo, penalty, ctx);
    }

    /** Samples an exchange QUBO built with penalty P as {@code params} say (sampler, its parameters, β range). */
    static SampleSet sample(Parameters params, Qubo qubo, double penalty, RunContext ctx) {
        SolverSpec<Qubo, SampleSet> spec = new Samplers().byId(params.sampler()).orElseThrow();
        Record r = params.samplerRecord();
        if (params.betaFromPenalty() && r instanceof AnnealSampler.Parameters a) {
            double[] range = betaRange(penalty);
            r = new AnnealSampler.Parameters(a.reads(), a.sweeps(), a.betaHot() > 0 ? a.betaHot() : range[0],
                    a.betaCold() > 0 ? a.betaCold() : range[1], a.threads(), a.traceRead());
        }
        return spec.create(r).solve(qubo, ctx);
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
}
