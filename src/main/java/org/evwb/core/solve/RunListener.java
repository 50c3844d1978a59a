package org.evwb.core.solve;

/** Receives progress and intermediate events from a running optimiser. Called on the solver's thread. */
public interface RunListener {

    RunListener NONE = new RunListener() { };

    /** Progress in [0, 1], or NaN when unknown, with a short human-readable message. */
    default void onProgress(double fraction, String message) { }

    /** An intermediate value such as "best energy so far" for a live chart. */
    default void onEvent(RunEvent event) { }
}
