package org.evwb.ui.platform;

/** Starts solver runs on the open project (the runs panel does it; study views ask it to). */
@FunctionalInterface
public interface RunLauncher {

    /** Starts a run (FX thread); the returned entry is already in {@link AppState#getRuns()}. */
    RunEntry start(RunRequest request);
}
