package org.evwb.core.study.v2g;

import org.evwb.core.qubo.qaoa.StateVector;

/**
 * The ZZ-feature-map kernel K(x, y) = |⟨φ(x)|φ(y)⟩|² of the {@code learned-quantum-kernel} solver, computed on the
 * QUBO engine's state-vector simulator: one qubit per feature, {@code reps} repetitions of H^⊗n then
 * U_Φ(x) = exp(i·[Σ_i 2x_i·Z'_i + Σ_{i<j} 2(π − x_i)(π − x_j)·Z'_iZ'_j]), the phases of Qiskit's {@code ZZFeatureMap}
 * (P(2x_i) on each qubit and CX–P(2φ_ij)–CX on each pair; as a diagonal: e^{i·[Σ 2x_i·b_i + Σ 2φ_ij·(b_i ⊕ b_j)]}).
 * The simulator starts in |+⟩^n (the first H layer) and has the diagonal phase and the X mixer; a later H layer is
 * S·RX(π/2)·S, i.e. a phase, the mixer at β = π/4, a phase — exactly H on every qubit.
 */
public final class V2gZzKernel {

    private final int qubits;
    private final int reps;
    private final double[] popcount;

    /** The paper's map: {@code qubits} features (5), {@code reps} repetitions (2). */
    public V2gZzKernel(int qubits, int reps) {
        if (qubits < 1 || qubits > 12 || reps < 1) {
            throw new IllegalArgumentException("the ZZ feature map takes 1–12 qubits and ≥ 1 repetition, was "
                    + qubits + " qubits, " + reps + " repetitions");
        }
        this.qubits = qubits;
        this.reps = reps;
        popcount = new double[1 << qubits];
        for (int z = 0; z < popcount.length; z++) {
            popcount[z] = Integer.bitCount(z);
        }
    }

    public int qubits() {
        return qubits;
    }

    /** |φ(x)⟩ as interleaved (re, im) amplitudes; x is scaled to about [0, π] per feature. */
    public double[] state(double[] x) {
        if (x.length != qubits) {
            throw new IllegalArgumentException("the feature map has " + qubits + " qubits, got " + x.length
                    + " features");
        }
        int size = 1 << qubits;
        double[] phase = new double[size];
        for (int z = 0; z < size; z++) {
            double p = 0;
            for (int i = 0; i < qubits; i++) {
                int bi = (z >>> i) & 1;
                p += 2 * x[i] * bi;
                for (int j = i + 1; j < qubits; j++) {
                    int bj = (z >>> j) & 1;
                    p += 2 * (Math.PI - x[i]) * (Math.PI - x[j]) * (bi ^ bj);
                }
            }
            phase[z] = p;
        }
        StateVector sv = new StateVector(qubits);
        for (int r = 0; r < reps; r++) {
            if (r > 0) {
                // H = S·RX(π/2)·S on every qubit: S adds the phase π/2 per set bit (applyPhase adds −γ·C)
                sv.applyPhase(popcount, -Math.PI / 2);
                sv.applyMixer(Math.PI / 4);
                sv.applyPhase(popcount, -Math.PI / 2);
            }
            sv.applyPhase(phase, -1);
        }
        double[] amp = new double[2 * size];
        for (int z = 0; z < size; z++) {
            amp[2 * z] = sv.re(z);
            amp[2 * z + 1] = sv.im(z);
        }
        return amp;
    }

    /** |⟨a|b⟩|² of two states from {@link #state}. */
    public static double overlap(double[] a, double[] b) {
        double re = 0;
        double im = 0;
        for (int z = 0; z < a.length; z += 2) {
            // conj(a)·b
            re += a[z] * b[z] + a[z + 1] * b[z + 1];
            im += a[z] * b[z + 1] - a[z + 1] * b[z];
        }
        return re * re + im * im;
    }
}
