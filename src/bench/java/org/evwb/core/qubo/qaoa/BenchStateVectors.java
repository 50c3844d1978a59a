package org.evwb.core.qubo.qaoa;

/**
 * The benchmarks' way to the state vector's two layer paths side by side in one JVM: the scalar loops (what runs
 * without {@code jdk.incubator.vector}) and the SIMD layer (what the launchers run).
 */
public final class BenchStateVectors {

    private BenchStateVectors() {
    }

    /** |+⟩^n whose layers run the scalar loops. */
    public static StateVector scalar(int n) {
        return new StateVector(n, null);
    }

    /** |+⟩^n whose layers run the SIMD layer when this JVM has it (else the scalar loops, too). */
    public static StateVector simd(int n) {
        return new StateVector(n, StateVector.simdKernel().orElse(null));
    }
}
