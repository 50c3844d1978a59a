package org.evwb.core.qubo.study;

import java.util.Map;
import java.util.Optional;
import org.evwb.core.qubo.Qubo;

/**
 * How a study's instance becomes a QUBO and a sample becomes the study's solution again. A study that has one is a
 * {@link QuboStudy} and gets the engine's samplers as solvers from {@link QuboSolvers}: each builds the encoding of
 * the instance, samples it, decodes the best read and attaches the run's {@link QuboRunStats}.
 *
 * <p>{@link #encode}, and {@link #withStats} with its inverse {@link #stats}, are all most studies need; {@link #qaoaEncoding} and
 * {@link #samplerDefaults} exist for a study whose QAOA runs on another model or whose samplers want other defaults.
 *
 * @param <I> instance type
 * @param <S> solution type
 */
public interface QuboFormulation<I, S> {

    /** A title for menus and the QUBO workbench, e.g. "Motorway GCM QUBO". */
    String title();

    /** The instance as the QUBO the samplers sample, with its decoding. */
    QuboEncoding<S> encode(I instance);

    /**
     * The model {@code qaoa} runs on: {@link #encode} by default. Motorway's QAOA uses the station model, one qubit
     * per (EMV, mode, station), with higher-order capacity penalties in {@link QuboEncoding#cost()} (paper 002 §3.4).
     */
    default QuboEncoding<S> qaoaEncoding(I instance) {
        return encode(instance);
    }

    /** The study's QUBO of the instance, labelled, with provenance: the model its QUBO solvers sample. */
    default Qubo qubo(I instance) {
        return encode(instance).qubo();
    }

    /** The solution with the run's statistics attached (written as {@code solution.qubo} in result files). */
    S withStats(S solution, QuboRunStats stats);

    /** The statistics a solution carries; empty for a solution no QUBO sampler made. */
    Optional<QuboRunStats> stats(S solution);

    /**
     * Sampler parameters that differ from the engine's defaults, by solver id (e.g. motorway's {@code anneal} takes
     * 100 reads, enough for its conflicts-per-read histogram); each value has the engine's parameters type.
     */
    default Map<String, Record> samplerDefaults() {
        return Map.of();
    }
}
