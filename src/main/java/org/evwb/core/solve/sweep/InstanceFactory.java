package org.evwb.core.solve.sweep;

/** Builds a task's instance from its grid point and seed (e.g. generate a scenario, then build the study instance). */
@FunctionalInterface
public interface InstanceFactory<I> {

    /** Called on a worker thread; may throw, and the sweep then fails naming the point and seed. */
    I build(SweepPoint point, long seed) throws Exception;
}
