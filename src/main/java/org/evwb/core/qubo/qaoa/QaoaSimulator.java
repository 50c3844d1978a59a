package org.evwb.core.qubo.qaoa;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.evwb.core.qubo.EnergyHistogram;
import org.evwb.core.qubo.Sample;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;

/**
 * Gate-model QAOA on a state vector (SPEC §2, paper 002): |+⟩^n, then p layers of e^{−iγ_k C} and e^{−iβ_k Σ X};
 * the angles minimise ⟨C⟩ with Nelder–Mead (commons-math3). The cost is diagonal, so it is evaluated once per basis
 * state. The optimiser sees γ in units of 1/σ_C (σ_C = standard deviation of C over all states), so the same start
 * and step sizes suit any cost scale; reported γ are in the cost's own units.
 */
public final class QaoaSimulator {

    /** Largest n simulated unless the caller raises it (2^26 states: 1.6 GiB, {@link StateVector#bytesNeeded}). */
    public static final int DEFAULT_MAX_QUBITS = 26;
    public static final int MAX_LAYERS = 5;

    /**
     * @param layers         p, 1..5
     * @param shots          samples drawn from the final state
     * @param maxEvaluations budget of ⟨C⟩ evaluations for the angle search (0 = evaluate the start angles only)
     * @param maxQubits      refuse larger problems (memory: 26 bytes per basis state)
     */
    public record Parameters(int layers, int shots, int maxEvaluations, int maxQubits) {
        public static final Parameters DEFAULT = new Parameters(1, 1000, 300, DEFAULT_MAX_QUBITS);

        public Parameters {
            if (layers < 1 || layers > MAX_LAYERS) {
                throw new IllegalArgumentException("QAOA layers p must be 1.." + MAX_LAYERS + ", was " + layers);
            }
            if (shots < 0 || maxEvaluations < 0 || maxQubits < 1 || maxQubits > 30) {
                throw new IllegalArgumentException("shots and maxEvaluations must be >= 0, maxQubits 1..30");
            }
        }
    }

    /** The outcome: optimised angles and the final state's statistics, plus the drawn shots as samples. */
    public record Result(double[] gammas, double[] betas, double expectedEnergy, double minEnergy,
                         double probabilityOptimal, double probabilityFeasible, int evaluations,
                         EnergyHistogram histogram, List<Sample> shots) { }

    private final Parameters params;

    public QaoaSimulator(Parameters params) {
        this.params = params;
    }

    /**
     * Throws, before anything is allocated, when n qubits are over the limit or over what the JVM may allocate; the
     * one message says the qubits, the limit and the memory the state vector would need.
     */
    public static void checkSize(int n, int maxQubits) {
        if (n > maxQubits) {
            throw new IllegalArgumentException("QAOA simulation of " + n + " qubits needs 2^" + n
                    + " amplitudes, about " + memory(n) + " of memory; the limit is " + maxQubits
                    + " qubits. Use a smaller instance, or anneal/tabu/cpsat.");
        }
        long free = Runtime.getRuntime().maxMemory();
        if (StateVector.bytesNeeded(n) > free * 0.9) {
            throw new IllegalArgumentException("QAOA simulation of " + n + " qubits needs about " + memory(n)
                    + " of memory but Java may use only " + human(free) + "; start it with a larger -Xmx");
        }
    }

    /** The memory of an n-qubit state vector and cost diagonal, for any n (2^487 does not fit in a long). */
    static String memory(int n) {
        if (n <= 50) {
            return human(StateVector.bytesNeeded(n));
        }
        double gib = 26 * Math.pow(2, n - 30);
        return String.format(java.util.Locale.ROOT, "%.1e GiB", gib);
    }

    static String human(long bytes) {
        if (bytes >= 1L << 40) {
            return String.format(java.util.Locale.ROOT, "%.1f TiB", bytes / (double) (1L << 40));
        }
        return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(java.util.Locale.ROOT, "%.0f MiB", bytes / (double) (1L << 20));
    }

    /** The diagonal of C: cost of every basis state. */
    public static double[] diagonal(CostFunction cost) {
        double[] d = new double[1 << cost.numVariables()];
        cost.fill(d);
        return d;
    }

    /** Applies the QAOA circuit with the given angles (γ in the cost's units) to |+⟩^n (a new state vector). */
    public static StateVector evolve(double[] diagonal, int n, double[] gammas, double[] betas) {
        StateVector psi = new StateVector(n);
        CostLevels levels = CostLevels.of(diagonal);
        for (int k = 0; k < gammas.length; k++) {
            psi.applyLayer(diagonal, levels, gammas[k], betas[k]);
        }
        return psi;
    }

    /**
     * Optimises the angles and returns the final state's figures and shots. Cancel and time limit stop it like any
     * sampler, keeping the best so far: the figures of the best state evaluated. The state-vector passes ask the
     * context every chunk, so a cancel lands within milliseconds, not at the end of a ⟨C⟩ evaluation (seconds at 25
     * qubits): the evaluation in flight is dropped, and the best state's figures are ready, made when it was found.
     * The first evaluation is stopped only by a cancel (a time limit always leaves one result); a cancel before it
     * finished throws {@link CancelledException}.
     */
    public Result run(CostFunction cost, RunContext ctx) {
        int n = cost.numVariables();
        checkSize(n, params.maxQubits());
        ctx.checkCancelled();
        int p = params.layers();
        double[] diag = new double[1 << n];
        if (!cost.fill(diag, ctx::isCancelled)) {
            throw new CancelledException();
        }
        QaoaFigures.Setup setup = QaoaFigures.setup(cost, diag, ctx);
        // made once per run, used by each of its hundreds of evaluations; null for many distinct energies
        CostLevels levels = CostLevels.of(diag, ctx::isCancelled);
        ctx.checkCancelled();
        double mean = 0;
        for (double v : diag) {
            mean += v;
        }
        mean /= diag.length;
        double var = 0;
        for (double v : diag) {
            var += (v - mean) * (v - mean);
        }
        double sigma = Math.sqrt(var / diag.length);
        double unit = sigma > 0 ? 1 / sigma : 1;
        // Start from a linear ramp (a discretised annealing path): γ rises, β falls.
        double[] start = new double[2 * p];
        for (int k = 0; k < p; k++) {
            start[k] = 0.8 * (k + 1) / (p + 1);
            start[p + k] = 0.8 * (1 - (k + 1.0) / (p + 1));
        }
        Search search = new Search(diag, levels, setup, n, p, unit, params.shots(), ctx);
        try {
            if (params.maxEvaluations() <= 1) {
                search.value(start);
            } else {
                new SimplexOptimizer(new SimpleValueChecker(1e-6, 1e-9)).optimize(
                        new MaxEval(params.maxEvaluations()), GoalType.MINIMIZE, new InitialGuess(start),
                        new ObjectiveFunction(search::value), new NelderMeadSimplex(2 * p, 0.15));
            }
        } catch (TooManyEvaluationsException | StopSearch e) {
            // keep the best state evaluated so far
        }
        QaoaFigures b = search.best;
        if (b == null) {
            ctx.checkCancelled();
            throw new IllegalStateException("no QAOA evaluation finished"); // only a cancel stops the first one
        }
        return new Result(b.gammas(), b.betas(), b.expectedEnergy(), setup.min(), b.probabilityOptimal(),
                b.probabilityFeasible(), search.evaluations, b.histogram(), b.shots());
    }

    /**
     * The angle search's objective: each call evolves |+⟩ into the one work buffer (allocated once) and returns
     * ⟨C⟩; a state better than any before gets its figures made at once (two sequential passes, a few per cent of
     * an evaluation's p·(n + 1) + 1 parallel ones), so the best so far never needs its state again.
     */
    private static final class Search {
        private final double[] diag;
        private final CostLevels levels;
        private final QaoaFigures.Setup setup;
        private final int n;
        private final int p;
        private final double unit;
        private final int shots;
        private final RunContext ctx;
        private final BooleanSupplier interrupt;
        private StateVector work;
        private double bestValue = Double.POSITIVE_INFINITY;
        private QaoaFigures best;
        private int evaluations;

        Search(double[] diag, CostLevels levels, QaoaFigures.Setup setup, int n, int p, double unit, int shots,
               RunContext ctx) {
            this.diag = diag;
            this.levels = levels;
            this.setup = setup;
            this.n = n;
            this.p = p;
            this.unit = unit;
            this.shots = shots;
            this.ctx = ctx;
            // a cancel always interrupts; the time limit only once there is a best state to return
            this.interrupt = () -> ctx.isCancelled() || (best != null && ctx.isTimeUp());
        }

        double value(double[] a) {
            if (interrupt.getAsBoolean()) {
                throw new StopSearch();
            }
            double[] gammas = scaled(a, 0, p, unit);
            double[] betas = Arrays.copyOfRange(a, p, 2 * p);
            if (work == null) {
                work = new StateVector(n);
            } else {
                work.reset();
            }
            for (int k = 0; k < p; k++) {
                if (!work.applyLayer(diag, levels, gammas[k], betas[k], interrupt)) {
                    throw new StopSearch(); // the half-evolved state is dropped
                }
            }
            double e = work.expectation(diag, interrupt);
            if (Double.isNaN(e)) {
                throw new StopSearch();
            }
            if (e < bestValue) {
                QaoaFigures f = QaoaFigures.of(setup, diag, work, gammas, betas, e, shots, ctx.seed(), interrupt);
                if (f == null) {
                    throw new StopSearch(); // stopped while making the figures: the previous best stands
                }
                bestValue = e;
                best = f;
            }
            // counted and reported only once it is kept: every evaluation the run reports is one its best covers
            evaluations++;
            ctx.event("qaoa expected energy", evaluations, e);
            return e;
        }
    }

    private static double[] scaled(double[] a, int from, int to, double factor) {
        double[] out = new double[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = a[k] * factor;
        }
        return out;
    }

    /** Unwinds the optimiser when the run must stop. */
    private static final class StopSearch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopSearch() {
            super(null, null, false, false);
        }
    }
}
