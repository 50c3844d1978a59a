package org.evwb.core.qubo.study;

import org.evwb.core.solve.StudyDefinition;

/**
 * A study with a QUBO formulation. Such a study offers the engine's samplers as solvers under the same ids
 * ({@code anneal}, {@code tabu}, {@code exact}, {@code cpsat}, {@code random}, {@code qaoa}) with the same parameter
 * records and one run-statistics shape ({@link QuboRunStats}), and the QUBO workbench can open its QUBO.
 *
 * <p>Its {@link #solvers()} are its own solvers followed by the sampler ones,
 * {@code QuboSolvers.withSamplers(own, quboFormulation())}; an own solver with a sampler's id replaces that sampler
 * (motorway's {@code cpsat} solves the interval model exactly instead of the linearised QUBO).
 */
public interface QuboStudy<I, S> extends StudyDefinition<I, S> {

    QuboFormulation<I, S> quboFormulation();
}
