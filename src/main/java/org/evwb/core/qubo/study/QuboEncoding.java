package org.evwb.core.qubo.study;

import java.util.Map;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.CostFunction;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.qubo.qaoa.QuboCost;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.SolverSpec;

/**
 * One instance of a study as a QUBO, and the way back: what {@link QuboFormulation#encode} returns. It is built once
 * per run, so it may hold whatever decoding needs (the penalty model's variables, a decoder).
 *
 * <p>The five methods without a default say what the model is and how a state reads; the three defaults cover what
 * only some studies need: a QAOA cost with higher-order terms, a different sampler or sampler settings for this
 * model, and a solution that says "no state was found".
 *
 * @param <S> the study's solution type
 */
public interface QuboEncoding<S> {

    /** Short name of the model, written into the statistics, e.g. {@code gcm}, {@code scm}, {@code matching}. */
    String name();

    /**
     * The labelled QUBO with provenance (built with {@code QuboBuilder}, one constraint part per constraint), so that
     * {@link Qubo#decode} names what a state breaks. For a QAOA encoding with higher-order terms it is the quadratic
     * part of {@link #cost()}.
     */
    Qubo qubo();

    /** The penalty weights by name as the study calls them (e.g. A and B, or P), for the statistics. */
    Map<String, Double> penalties();

    /**
     * The study's solution a state stands for, decoded as it is: a state that breaks a constraint gives a solution
     * that breaks it too, so that the study's checker reports it (never repaired here).
     */
    S decode(byte[] state);

    /** How many constraints the state leaves unresolved; 0 exactly when its decoded solution meets them all. */
    int unresolved(byte[] state);

    /**
     * The state a solution was decoded from, as far as the solution tells, so that the checker can recompute the
     * best read's energy and broken constraints ({@link QuboStatsCheck}); empty (the default) when the encoding
     * cannot say, or the solution names something that is no variable of it.
     *
     * @param state the state read off the solution
     * @param exact true when decoding loses nothing (the read was exactly this state); false when the read may have
     *              held more ones that decoding dropped, each of which only adds penalty energy and broken
     *              constraints (motorway: a second option of an EMV)
     */
    record Source(byte[] state, boolean exact) { }

    /** The {@link Source} of {@code solution}; empty by default. */
    default java.util.Optional<Source> sourceOf(S solution) {
        return java.util.Optional.empty();
    }

    /**
     * The cost QAOA evaluates on every basis state: the QUBO by default. A {@link PenalisedCost} adds higher-order
     * penalty terms; the statistics then count them and name those the best read breaks.
     */
    default CostFunction cost() {
        return new QuboCost(qubo());
    }

    /**
     * The optimiser that samples this encoding for the engine sampler {@code engine} with {@code parameters} (of
     * {@code engine}'s parameters type): the engine's own by default. A study may choose other settings derived from
     * its model (exchange: the annealing β range from P) or another exact method for its structure (motorway: only
     * the states with at most one option per EMV above 30 variables). Not used for {@code qaoa}, which runs on
     * {@link #cost()}.
     */
    default Optimizer<Qubo, SampleSet> sampler(SolverSpec<Qubo, SampleSet> engine, Record parameters) {
        return engine.create(parameters);
    }

    /**
     * The solution when the sampler returned no state at all (CP-SAT stopped before its first solution, QAOA with no
     * shots). By default that is an error naming the sampler; a study whose checker understands "no solution" may
     * return one instead, so the run still reports its statistics.
     */
    default S noSolution(String sampler) {
        throw new IllegalStateException(sampler + " returned no state to decode (no shots, or stopped before its "
                + "first solution); give it more shots or time");
    }
}
