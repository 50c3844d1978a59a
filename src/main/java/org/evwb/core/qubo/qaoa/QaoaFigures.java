package org.evwb.core.qubo.qaoa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.evwb.core.qubo.EnergyHistogram;
import org.evwb.core.qubo.HistogramAccumulator;
import org.evwb.core.qubo.Sample;
import org.evwb.core.solve.RunContext;

/**
 * The figures a QAOA run reports for a state: its angles, ⟨C⟩, the probability of a lowest-energy state and of a
 * feasible one, the probability per energy level and {@code shots} states drawn from |ψ|². {@link QaoaSimulator}
 * makes them for each new best state as it is found, so that a cancel can return the best so far at once instead of
 * evolving it again (seconds at 25 qubits).
 */
record QaoaFigures(double[] gammas, double[] betas, double expectedEnergy, double probabilityOptimal,
                   double probabilityFeasible, EnergyHistogram histogram, List<Sample> shots) {

    /** Basis states between two stop checks (a power of two). */
    private static final int CHECK = 1 << 16;

    /**
     * What the figures of every state share, made once from the cost diagonal: its range, the tolerance within which
     * two energies are one level, and which basis states are feasible ({@code null}: all are).
     */
    record Setup(double min, double max, double tol, long[] feasible) {
        boolean isFeasible(int z) {
            return feasible == null || (feasible[z >>> 6] >>> z & 1L) != 0;
        }
    }

    /** The setup of a cost; the feasibility pass (one test per basis state) stops at a cancel. */
    static Setup setup(CostFunction cost, double[] diag, RunContext ctx) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double scale = 0;
        for (double v : diag) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            scale = Math.max(scale, Math.abs(v));
        }
        long[] feasible = null;
        if (cost.hasConstraints()) {
            feasible = new long[(diag.length + 63) >>> 6];
            for (int z = 0; z < diag.length; z++) {
                if ((z & (CHECK - 1)) == 0) {
                    ctx.checkCancelled();
                }
                if (cost.feasible(z)) {
                    feasible[z >>> 6] |= 1L << z;
                }
            }
        }
        return new Setup(min, max, 1e-9 * Math.max(1, scale), feasible);
    }

    /**
     * The figures of {@code psi} (whose ⟨C⟩ is {@code expected}), or null when {@code stop} said so first. Two
     * sequential passes in index order — the norm, then levels, probabilities and shots — so the figures are the
     * same on any number of threads. Shots: sorted uniforms matched against the running cumulative probability.
     */
    static QaoaFigures of(Setup s, double[] diag, StateVector psi, double[] gammas, double[] betas, double expected,
                          int shots, long seed, BooleanSupplier stop) {
        int size = psi.size();
        double[] u = new double[shots];
        if (shots > 0) {
            double total = 0;
            for (int z = 0; z < size; z++) {
                if ((z & (CHECK - 1)) == 0 && stop.getAsBoolean()) {
                    return null;
                }
                total += psi.probability(z);
            }
            SplittableRandom r = new SplittableRandom(seed);
            for (int k = 0; k < shots; k++) {
                u[k] = r.nextDouble() * total;
            }
            Arrays.sort(u);
        }
        HistogramAccumulator hist = new HistogramAccumulator(s.tol(), s.min(), s.max());
        double pOpt = 0;
        double pFeasible = 0;
        List<Sample> drawn = new ArrayList<>();
        double cum = 0;
        int k = 0;
        int n = psi.numQubits();
        for (int z = 0; z < size; z++) {
            if ((z & (CHECK - 1)) == 0 && stop.getAsBoolean()) {
                return null;
            }
            double pz = psi.probability(z);
            hist.add(diag[z], pz);
            if (diag[z] <= s.min() + s.tol()) {
                pOpt += pz;
            }
            if (s.isFeasible(z)) {
                pFeasible += pz;
            }
            if (k < shots) {
                cum += pz;
                int count = 0;
                while (k < shots && (u[k] < cum || z == size - 1)) {
                    count++;
                    k++;
                }
                if (count > 0) {
                    byte[] x = new byte[n];
                    for (int i = 0; i < n; i++) {
                        x[i] = (byte) (z >>> i & 1);
                    }
                    drawn.add(new Sample(x, diag[z], count));
                }
            }
        }
        return new QaoaFigures(gammas.clone(), betas.clone(), expected, pOpt, pFeasible, hist.build(),
                List.copyOf(drawn));
    }
}
