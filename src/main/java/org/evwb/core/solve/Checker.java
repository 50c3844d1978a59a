package org.evwb.core.solve;

import java.util.List;

/** The independent feasibility checker of a study: every violated constraint, empty when feasible. */
@FunctionalInterface
public interface Checker<I, S> {

    List<Violation> check(I instance, S solution);
}
