package org.evwb.core.solve;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one place the workbench touches OR-Tools' runtime: loading its native libraries (once per JVM, on first use,
 * on whichever solver thread needs them — never the FX thread) and running a CP-SAT search that stops within
 * ~20 ms when the run is cancelled.
 */
public final class OrTools {

    private OrTools() {
    }

    /** Loads the native libraries if not yet loaded (~50 MB unpacked on first use; later calls return at once). */
    public static void ensureLoaded() {
        if (!Natives.LOADED) {
            throw new IllegalStateException("OR-Tools natives not loaded");
        }
    }

    /** Holder idiom: class initialisation is lazy and thread-safe, so the libraries load exactly once. */
    private static final class Natives {
        static final boolean LOADED = load();

        private static boolean load() {
            Loader.loadNativeLibraries();
            return true;
        }
    }

    /**
     * Solves {@code model}, calling {@code onSolution} (may be null) for each improving solution, and stops the search
     * when {@code ctx} is cancelled. The caller sets time limit, workers and seed on {@code solver} beforehand.
     */
    public static CpSolverStatus solve(CpSolver solver, CpModel model, CpSolverSolutionCallback onSolution,
                                       RunContext ctx) {
        ensureLoaded();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cpsat-cancel-watch");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleAtFixedRate(() -> {
            if (ctx.isCancelled()) {
                solver.stopSearch();
            }
        }, 20, 20, TimeUnit.MILLISECONDS);
        try {
            return onSolution == null ? solver.solve(model) : solver.solve(model, onSolution);
        } finally {
            watcher.shutdownNow();
        }
    }
}
