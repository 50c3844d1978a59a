package org.evwb.core.solve.sweep;

import org.evwb.core.solve.StudyRegistry;

/**
 * A distributed sweep backend as a plug-in, found by {@link java.util.ServiceLoader} in its own jar
 * ({@code META-INF/services/org.evwb.core.solve.sweep.SweepBackendProvider}), so the desktop jar carries no engine.
 */
public interface SweepBackendProvider {

    /** The name {@code --backend} takes, e.g. {@code hazelcast}. */
    String id();

    /**
     * Connects to the cluster in {@code options} (or starts embedded members, which run tasks of the studies in
     * {@code studies}); throws {@link IllegalArgumentException} with the reason when it cannot.
     */
    SweepBackend open(SweepBackendOptions options, StudyRegistry studies);
}
