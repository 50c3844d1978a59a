package org.evwb.core.qubo.study;

import org.evwb.core.qubo.Qubo;

/**
 * How a study's instance becomes a QUBO and a sample becomes the study's solution again.
 *
 * @param <I> instance type
 * @param <S> solution type
 */
public interface QuboFormulation<I, S> {

    /** A title for the QUBO workbench, e.g. "Motorway GCM QUBO". */
    String title();

    /** The study's QUBO of the instance, labelled, with provenance: the model its QUBO solvers sample. */
    Qubo qubo(I instance);
}
