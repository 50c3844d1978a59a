package org.evwb.core.qubo.qaoa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
import org.evwb.core.qubo.HistogramAccumulator;
import org.evwb.core.qubo.Sample;
import org.evwb.core.solve.RunContext;

/**
 * Gate-model QAOA on a state vector (SPEC §2, paper 002): |+⟩^n, then p layers of e^{−iγ_k C} and e^{−iβ_k Σ X};
 * the angles minimise ⟨C⟩ with Nelder–Mead (commons-math3). The cost is diagonal, so it is evaluated once per basis
 * state. The optimiser sees γ in units of 1/σ_C (σ_C = standard deviation of C over all states), so the same start
 * and step sizes suit any cost scale; reported γ are in the cost's own units.
 */
public final class QaoaSimulator {

    /** Largest n simulated unless the caller raises it (2^26 states: 1.5 GiB with the cost diagonal). */
    public static final int DEFAULT_MAX_QUBITS = 26;
    public static final int MAX_LAYERS = 5;

    /**
     * @param layers         p, 1..5
     * @param shots          samples drawn from the final state
     * @param maxEvaluations budget of ⟨C⟩ evaluations for the angle search (0 = evaluate the start angles only)
     * @param maxQubits      refuse larger problems (memory: 24 bytes per basis state)
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
        double gib = 24 * Math.pow(2, n - 30);
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

    /** Applies the QAOA circuit with the given angles (γ in the cost's units) to |+⟩^n. */
    public static StateVector evolve(double[] diagonal, int n, double[] gammas, double[] betas) {
        StateVector psi = new StateVector(n);
        for (int k = 0; k < gammas.length; k++) {
            psi.applyPhase(diagonal, gammas[k]);
            psi.applyMixer(betas[k]);
        }
        return psi;
    }

    public Result run(CostFunction cost, RunContext ctx) {
        int n = cost.numVariables();
        checkSize(n, params.maxQubits());
        int p = params.layers();
        double[] diag = diagonal(cost);
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
        double[] best = start.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        int[] evals = {0};
        java.util.function.ToDoubleFunction<double[]> energy = a -> {
            if (ctx.shouldStop()) {
                throw new StopSearch();
            }
            double e = evolve(diag, n, scaled(a, 0, p, unit), Arrays.copyOfRange(a, p, 2 * p)).expectation(diag);
            evals[0]++;
            ctx.event("qaoa expected energy", evals[0], e);
            if (e < bestValue[0]) {
                bestValue[0] = e;
                System.arraycopy(a, 0, best, 0, a.length);
            }
            return e;
        };
        if (params.maxEvaluations() <= 1) {
            energy.applyAsDouble(start);
        } else {
            try {
                new SimplexOptimizer(new SimpleValueChecker(1e-6, 1e-9)).optimize(
                        new MaxEval(params.maxEvaluations()), GoalType.MINIMIZE, new InitialGuess(start),
                        new ObjectiveFunction(energy::applyAsDouble), new NelderMeadSimplex(2 * p, 0.15));
            } catch (TooManyEvaluationsException | StopSearch e) {
                // keep the best angles evaluated so far
            }
        }
        ctx.checkCancelled();
        double[] gammas = scaled(best, 0, p, unit);
        double[] betas = Arrays.copyOfRange(best, p, 2 * p);
        StateVector psi = evolve(diag, n, gammas, betas);
        return summarise(cost, diag, psi, gammas, betas, evals[0], ctx.seed());
    }

    private Result summarise(CostFunction cost, double[] diag, StateVector psi, double[] gammas, double[] betas,
                             int evaluations, long seed) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (double v : diag) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            scale = Math.max(scale, Math.abs(v));
        }
        double tol = 1e-9 * Math.max(1, scale);
        double expected = psi.expectation(diag);
        double pOpt = 0;
        double pFeasible = 0;
        boolean constrained = cost.hasConstraints();
        HistogramAccumulator hist = new HistogramAccumulator(tol, min, max);
        for (int z = 0; z < diag.length; z++) {
            double pz = psi.probability(z);
            hist.add(diag[z], pz);
            if (diag[z] <= min + tol) {
                pOpt += pz;
            }
            if (!constrained || cost.feasible(z)) {
                pFeasible += pz;
            }
        }
        List<Sample> shots = drawShots(psi, diag, params.shots(), seed, cost.numVariables());
        return new Result(gammas, betas, expected, min, pOpt, pFeasible, evaluations, hist.build(), shots);
    }

    /** {@code shots} states drawn from |ψ|²: sorted uniforms matched against the running cumulative probability. */
    private static List<Sample> drawShots(StateVector psi, double[] diag, int shots, long seed, int n) {
        if (shots == 0) {
            return List.of();
        }
        SplittableRandom r = new SplittableRandom(seed);
        double total = psi.norm();
        double[] u = new double[shots];
        for (int k = 0; k < shots; k++) {
            u[k] = r.nextDouble() * total;
        }
        Arrays.sort(u);
        List<Sample> out = new ArrayList<>();
        double cum = 0;
        int k = 0;
        for (int z = 0; z < psi.size() && k < shots; z++) {
            cum += psi.probability(z);
            int count = 0;
            while (k < shots && (u[k] < cum || z == psi.size() - 1)) {
                count++;
                k++;
            }
            if (count > 0) {
                byte[] x = new byte[n];
                for (int i = 0; i < n; i++) {
                    x[i] = (byte) (z >>> i & 1);
                }
                out.add(new Sample(x, diag[z], count));
            }
        }
        return out;
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
