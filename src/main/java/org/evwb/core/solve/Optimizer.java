package org.evwb.core.solve;

/**
 * A solver for one study: a plain class, registered by id, the same id in the UI, the CLI and tests.
 *
 * @param <I> the study's instance type
 * @param <S> the study's solution type
 */
public interface Optimizer<I, S> {

    /** Stable id used on the command line and in result files, e.g. {@code "anneal"}. */
    String id();

    /** One line for menus and {@code --help}. */
    String description();

    /**
     * Solves the instance. Returns the best solution found; when the context says stop (cancel or time limit) the
     * optimiser returns its best so far or throws {@link CancelledException}. Never certifies its own result: the
     * study's {@link Checker} does.
     */
    S solve(I instance, RunContext context);
}
