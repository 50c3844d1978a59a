package org.evwb.core.solve;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpModelProto;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.evwb.core.AppDirs;

/**
 * The one place the workbench touches OR-Tools' runtime: loading its native libraries (once per JVM, on first use,
 * on whichever solver thread needs them — never the FX thread), the one rule that turns a run's seed into a solver
 * seed, the one place CP-SAT solvers are configured, and a CP-SAT search that stops within ~20 ms when the run is
 * cancelled and reports its incumbents and bounds as live events.
 *
 * <p><b>Live events.</b> Every OR-Tools solve (CP-SAT here, LP/MILP in {@code core.solve.ortools.LinearModel})
 * reports on the run's {@link RunContext} two series with fixed names: {@value #INCUMBENT_SERIES} (the objective of
 * the best solution so far) and {@value #BOUND_SERIES} (the best proven bound on the optimum), both with x = seconds
 * since the solve started, y in the objective's units. Each series is monotone (a minimisation's incumbents only
 * fall and its bounds only rise; a maximisation's the other way), and both end at the solve's final objective and
 * bound. The relative gap of a point is {@link #relativeGap}. Events may arrive on solver threads.
 */
public final class OrTools {

    /** Series name of incumbent events: the objective of the best solution found so far. */
    public static final String INCUMBENT_SERIES = "incumbent";
    /** Series name of bound events: the best proven bound on the optimal objective so far. */
    public static final String BOUND_SERIES = "bound";

    private OrTools() {
    }

    /**
     * Loads the native libraries if not yet loaded (~60 MB, unpacked into the cache folder on the first use of this
     * OR-Tools version on the machine, loaded from there afterwards; later calls return at once).
     */
    public static void ensureLoaded() {
        if (!Natives.LOADED) {
            throw new IllegalStateException("OR-Tools natives not loaded");
        }
    }

    /** Holder idiom: class initialisation is lazy and thread-safe, so the libraries load exactly once. */
    private static final class Natives {
        static final boolean LOADED = load();

        private static boolean load() {
            if (!loadUnpacked()) {
                Loader.loadNativeLibraries();
            }
            return true;
        }

        /**
         * Loads the libraries from their folder in the cache ({@link NativeLibraries}), unpacked there on the first
         * start of this OR-Tools version; false when that cannot be done, and OR-Tools' own loader (a fresh copy in a
         * temporary folder) takes over. Windows is left to it: its DLLs must be loaded one by one in order.
         */
        private static boolean loadUnpacked() {
            String platform = com.sun.jna.Platform.RESOURCE_PREFIX;
            if (platform.startsWith("win32")) {
                return false;
            }
            String prefix = "ortools-" + platform + "/";
            try {
                URL url = Loader.class.getClassLoader().getResource(prefix);
                if (url == null) {
                    return false;
                }
                Path dir;
                if (url.getProtocol().equals("file")) {
                    dir = Path.of(url.toURI());
                } else if (url.getProtocol().equals("jar") && url.toString().contains("!/")) {
                    String s = url.toString();
                    Path jar = Path.of(URI.create(s.substring(4,
                            s.indexOf("!/"))));
                    dir = NativeLibraries.unpacked(jar, prefix,
                            AppDirs.cache(System.getenv()).resolve("natives"));
                } else {
                    return false;
                }
                System.load(dir.resolve(System.mapLibraryName("jniortools")).toAbsolutePath().toString());
                return true;
            } catch (IOException | URISyntaxException | RuntimeException | UnsatisfiedLinkError e) {
                return false;
            }
        }
    }

    /**
     * The solver seed of a run: OR-Tools' seeds are non-negative 32-bit ints, the run's is a {@code long}. Both halves
     * are folded in (seeds that differ only in their high bits still differ) and the sign bit dropped; a seed below
     * 2^31 maps to itself. Every OR-Tools caller uses this rule.
     */
    public static int solverSeed(long runSeed) {
        return (int) (runSeed ^ (runSeed >>> 32)) & Integer.MAX_VALUE;
    }

    /**
     * A CP-SAT solver configured for one run: seed from {@link #solverSeed}, {@code workers} search workers (at least
     * 1), a time limit of {@code maxSeconds} or the run's time left, whichever is shorter (none if both are
     * infinite), and CP-SAT's own SIGINT handler switched off — it aborts the JVM when Ctrl-C arrives during a solve,
     * whereas our handler cancels the run and {@link #solve} stops the search.
     */
    public static CpSolver cpSat(RunContext ctx, int workers, double maxSeconds) {
        ensureLoaded();
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(Math.max(1, workers)).setRandomSeed(solverSeed(ctx.seed()))
                .setCatchSigintSignal(false);
        double limit = Math.min(maxSeconds, ctx.secondsLeft());
        if (Double.isFinite(limit)) {
            solver.getParameters().setMaxTimeInSeconds(Math.max(0.001, limit));
        }
        return solver;
    }

    /** How CP-SAT's objective maps to the units events are reported in: {@code value = objective / divisor + offset}. */
    public record ObjectiveUnits(double divisor, double offset) {
        public static final ObjectiveUnits IDENTITY = new ObjectiveUnits(1, 0);

        public ObjectiveUnits {
            if (!(divisor > 0) || Double.isInfinite(divisor) || !Double.isFinite(offset)) {
                throw new IllegalArgumentException("divisor must be a finite number > 0 and offset finite, were "
                        + divisor + ", " + offset);
            }
        }

        double apply(double objective) {
            return objective / divisor + offset;
        }
    }

    /** {@link #solve(CpSolver, CpModel, CpSolverSolutionCallback, ObjectiveUnits, RunContext)} in model units. */
    public static CpSolverStatus solve(CpSolver solver, CpModel model, CpSolverSolutionCallback onSolution,
                                       RunContext ctx) {
        return solve(solver, model, onSolution, ObjectiveUnits.IDENTITY, ctx);
    }

    /**
     * Solves {@code model} and stops the search when {@code ctx} is cancelled. Make the solver with {@link #cpSat}.
     * Reports {@value #INCUMBENT_SERIES} events for every improving solution when {@code onSolution} is null or a
     * {@link ReportingCallback} (a plain callback of the caller's is called as given: CP-SAT allows one solution
     * callback, and only the callback itself can read a solution's objective), and {@value #BOUND_SERIES} events for
     * the bound as each improving solution finds it, when it has improved (CP-SAT's own bound callback is not used:
     * see the comment in the code). Both series end with the final objective and bound.
     */
    public static CpSolverStatus solve(CpSolver solver, CpModel model, CpSolverSolutionCallback onSolution,
                                       ObjectiveUnits units, RunContext ctx) {
        ensureLoaded();
        // Also here, for solvers not made by cpSat(): a SIGINT during the search must never abort the JVM.
        solver.getParameters().setCatchSigintSignal(false);
        Events events = new Events(ctx, units, maximises(model.model()));
        CpSolverSolutionCallback callback = onSolution == null ? new ReportingCallback() : onSolution;
        if (callback instanceof ReportingCallback reporting) {
            reporting.events = events;
        }
        // No best-bound callback: the wrapper's std::function bridge crashed the JVM (SIGSEGV in a CP-SAT worker
        // thread just attached to the JVM, and with one worker in jni_NewObjectV, OR-Tools 9.12), a lost night's work
        // for a user. The bound is read instead in each improving solution's callback (a SWIG director, which checks
        // its Java object), and once more at the end.
        CpSolverStatus status;
        try (CancelWatch watch = CancelWatch.start(ctx, solver::stopSearch, "cpsat-cancel-watch")) {
            status = solver.solve(model, callback);
        }
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            events.incumbent(solver.objectiveValue());
            events.bound(solver.bestObjectiveBound());
        }
        return status;
    }

    /**
     * The relative gap between an incumbent and a bound: {@code |bound − incumbent| / |incumbent|}; 0 when they are
     * equal (to 1e-9 relative), infinite when the incumbent is 0 and the bound is not, NaN when either is missing.
     */
    public static double relativeGap(double incumbent, double bound) {
        if (Double.isNaN(incumbent) || Double.isNaN(bound) || Double.isInfinite(incumbent)) {
            return Double.NaN;
        }
        double diff = Math.abs(bound - incumbent);
        if (diff <= 1e-9 * Math.max(1, Math.abs(incumbent))) {
            return 0;
        }
        return incumbent == 0 ? Double.POSITIVE_INFINITY : diff / Math.abs(incumbent);
    }

    private static boolean maximises(CpModelProto proto) {
        if (proto.hasFloatingPointObjective()) {
            return proto.getFloatingPointObjective().getMaximize();
        }
        // CpModel.maximize() stores the negated objective with a negative scaling factor
        return proto.hasObjective() && proto.getObjective().getScalingFactor() < 0;
    }

    /**
     * A CP-SAT solution callback that reports each improving solution as an {@value #INCUMBENT_SERIES} event, then
     * calls {@link #onSolution()} (on the solver's thread; read the solution there with {@code value()}).
     */
    public static class ReportingCallback extends CpSolverSolutionCallback {
        private volatile Events events;

        @Override
        public final void onSolutionCallback() {
            Events e = events;
            if (e != null) {
                e.incumbent(objectiveValue());
                e.bound(bestObjectiveBound());
            }
            onSolution();
        }

        /** Called after the event for each improving solution. Does nothing by default. */
        protected void onSolution() {
        }
    }

    /**
     * Forwards improving incumbents and bounds to the run; drops values that are not improvements, so each series is
     * monotone even when solver threads race. Synchronised: callbacks come from several solver threads.
     */
    static final class Events {
        private final RunContext ctx;
        private final ObjectiveUnits units;
        private final boolean maximise;
        private final long startNanos = System.nanoTime();
        private double incumbent = Double.NaN;
        private double bound = Double.NaN;

        Events(RunContext ctx, ObjectiveUnits units, boolean maximise) {
            this.ctx = ctx;
            this.units = units;
            this.maximise = maximise;
        }

        synchronized void incumbent(double objective) {
            if (Double.isFinite(objective) && (Double.isNaN(incumbent)
                    || (maximise ? objective > incumbent : objective < incumbent))) {
                incumbent = objective;
                ctx.event(INCUMBENT_SERIES, seconds(), units.apply(objective));
            }
        }

        synchronized void bound(double value) {
            if (Double.isFinite(value) && (Double.isNaN(bound) || (maximise ? value < bound : value > bound))) {
                bound = value;
                ctx.event(BOUND_SERIES, seconds(), units.apply(value));
            }
        }

        private double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }
}
