package org.evwb.core.qubo.qaoa;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A faster way to run one QAOA layer on a {@link StateVector}'s arrays than the plain Java loops, where the JVM
 * offers one. Today: {@code VectorLayer} (explicit SIMD through the incubating Vector API), which links only when the
 * module {@code jdk.incubator.vector} is in the boot layer (the product's launchers pass
 * {@code --add-modules jdk.incubator.vector}); without it the state vector keeps its scalar loops, so nothing breaks.
 */
interface LayerKernel {

    /** The layer e^{−iβΣX} e^{−iγC} on re/im (2^numQubits each); false when {@code stop} said so before it finished. */
    boolean applyLayer(double[] re, double[] im, int numQubits, double[] cost, CostLevels levels, double gamma,
            double beta, BooleanSupplier stop);

    /** Smallest number of qubits the kernel handles; fewer run the scalar loops. */
    int minQubits();

    /** What it is, for benchmarks and logs, e.g. "Vector API, 4 lanes of double". */
    String describe();

    /**
     * The vector kernel when its module is in the boot layer and the JIT can compile it (not under -Xint or a
     * C1-only tier, where every vector would be an object); empty otherwise. Loaded by name so that this class,
     * and the state vector, never link the incubating API when it is absent.
     */
    static Optional<LayerKernel> simd() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty() || !optimisingJit()) {
            return Optional.empty();
        }
        try {
            return Optional.of((LayerKernel) Class.forName("org.evwb.core.qubo.qaoa.VectorLayer")
                    .getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return Optional.empty(); // e.g. no SIMD unit wider than one double: the scalar loops are as good
        }
    }

    private static boolean optimisingJit() {
        for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.equals("-Xint") || arg.startsWith("-XX:TieredStopAtLevel=") && !arg.endsWith("=4")) {
                return false;
            }
        }
        return true;
    }
}
