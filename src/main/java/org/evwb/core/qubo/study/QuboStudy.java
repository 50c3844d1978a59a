package org.evwb.core.qubo.study;

import org.evwb.core.solve.StudyDefinition;

/**
 * A study with a QUBO formulation. Such a study offers the engine's samplers as solvers under the same ids
 * ({@code anneal}, {@code tabu}, {@code exact}, {@code cpsat}, {@code random}, {@code qaoa}) with the same parameter
 * records and one run-statistics shape, and the QUBO workbench can open its QUBO.
 */
public interface QuboStudy<I, S> extends StudyDefinition<I, S> {

    QuboFormulation<I, S> quboFormulation();
}
