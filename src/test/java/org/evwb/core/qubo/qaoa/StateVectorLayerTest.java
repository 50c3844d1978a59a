package org.evwb.core.qubo.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.evwb.core.qubo.RandomQubos;
import org.junit.jupiter.api.Test;

/**
 * The blocked QAOA layer (phase table, low qubits in cache-sized blocks, high qubits in tiles) against the plain
 * one-pass-per-qubit definition written out here: the same amplitudes at every size that takes a different path
 * (one block; blocks and one or two tile passes of up to 5 qubits), and a stop test asked every 2^14 amplitudes.
 */
class StateVectorLayerTest {

    /** The definition: phase e^{−iγC(z)} per amplitude, then for q = 0..n−1 the pairwise X rotation. */
    static double[][] simpleLayers(double[] diag, int n, double[] gammas, double[] betas) {
        int size = 1 << n;
        double[] re = new double[size];
        double[] im = new double[size];
        java.util.Arrays.fill(re, Math.pow(2, -n / 2.0));
        for (int k = 0; k < gammas.length; k++) {
            for (int z = 0; z < size; z++) {
                double phi = -gammas[k] * diag[z];
                double c = Math.cos(phi);
                double s = Math.sin(phi);
                double r = re[z];
                double i = im[z];
                re[z] = r * c - i * s;
                im[z] = r * s + i * c;
            }
            double c = Math.cos(betas[k]);
            double s = Math.sin(betas[k]);
            for (int q = 0; q < n; q++) {
                for (int a = 0; a < size; a++) {
                    if ((a >> q & 1) == 0) {
                        int b = a | 1 << q;
                        double ar = re[a];
                        double ai = im[a];
                        double br = re[b];
                        double bi = im[b];
                        re[a] = c * ar + s * bi;
                        im[a] = c * ai - s * br;
                        re[b] = c * br + s * ai;
                        im[b] = c * bi - s * ar;
                    }
                }
            }
        }
        return new double[][] {re, im};
    }

    @Test
    void layersMatchThePlainDefinitionAtEverySize() {
        double[] gammas = {0.37, 1.1};
        double[] betas = {0.61, 0.23};
        for (int n : new int[] {1, 2, 3, 5, 9, 13, 14, 15, 16, 17, 18, 20}) { // 20: two high-qubit passes
            for (boolean integer : new boolean[] {true, false}) {
                double[] diag = QaoaSimulator.diagonal(new QuboCost(RandomQubos.random(n, 0.5, integer, n)));
                CostLevels levels = CostLevels.of(diag);
                if (integer) {
                    assertTrue(levels != null && levels.count() <= 1 << n, "n " + n + ": integer weights, levels");
                }
                double[][] want = simpleLayers(diag, n, gammas, betas);
                StateVector layered = new StateVector(n, null); // the scalar loops, as without the Vector API
                StateVector split = new StateVector(n, null);
                for (int k = 0; k < 2; k++) {
                    assertTrue(layered.applyLayer(diag, levels, gammas[k], betas[k], () -> false));
                    split.applyPhase(diag, gammas[k]);
                    split.applyMixer(betas[k]);
                }
                for (int z = 0; z < 1 << n; z++) {
                    // the layer's factored mixer rounds once per fused multiply-add, the definition twice per sum
                    assertEquals(want[0][z], layered.re(z), 1e-15, "re, n " + n + ", z " + z);
                    assertEquals(want[1][z], layered.im(z), 1e-15, "im, n " + n + ", z " + z);
                    assertEquals(want[0][z], split.re(z), 1e-15, "re (phase, mixer), n " + n + ", z " + z);
                    assertEquals(want[1][z], split.im(z), 1e-15, "im (phase, mixer), n " + n + ", z " + z);
                }
                assertEquals(1, layered.norm(), 1e-12);
            }
        }
    }

    /**
     * The SIMD layer (run whenever the Vector API module is present, as in this build): within 1e-12 of the
     * definition, since its fused multiply-adds round once where the definition rounds twice.
     */
    @Test
    void theSimdLayerMatchesThePlainDefinitionWithin1e12() {
        assumeTrue(StateVector.simdKernel().isPresent(), "no jdk.incubator.vector in the boot layer (test.jvm.args adds"
                + " it): only the scalar layer runs here");
        LayerKernel simd = StateVector.simdKernel().orElseThrow();
        assertFactoredLayerMatchesTheDefinition(simd);
        assertTrue(StateVector.layerKernel().startsWith("Vector API"), StateVector.layerKernel());
        assertEquals(simd, new StateVector(14).kernelForTest(), "a state vector made the ordinary way uses it");
    }

    /** The scalar layer (every launcher without the module) in its factored form, swapped outputs included. */
    @Test
    void theScalarLayerMatchesThePlainDefinitionWithin1e12InBothForms() {
        assertFactoredLayerMatchesTheDefinition(null);
    }

    /**
     * Both forms of the factored mixer (|cos β| ≥ |sin β| and the swapped one, β near ±π/2 included), with and
     * without the level table, at every size that takes a different path (one vector, part of a block, blocks, one
     * and two tile passes); {@code kernel} null for the scalar loops, whose n = 20 (two tile passes, the same pair
     * loop as one) the first test covers.
     */
    private static void assertFactoredLayerMatchesTheDefinition(LayerKernel kernel) {
        double[] betas = {0.61, -0.23, 1.3, Math.PI / 2, -2.0, 2.9};
        for (int n : kernel == null ? new int[] {2, 3, 5, 10, 11, 14, 15} : new int[] {2, 3, 5, 10, 11, 14, 15, 20}) {
            double[] diag = QaoaSimulator.diagonal(new QuboCost(RandomQubos.random(n, 0.5, true, n)));
            CostLevels levels = CostLevels.of(diag);
            for (int b = 0; b < betas.length; b += n >= 20 ? 3 : 1) {
                double[] gammas = {0.37, 1.1};
                double[] bs = {betas[b], betas[(b + 1) % betas.length]};
                double[][] want = simpleLayers(diag, n, gammas, bs);
                StateVector table = new StateVector(n, kernel);
                StateVector noTable = new StateVector(n, kernel);
                assertEquals(kernel, table.kernelForTest());
                for (int k = 0; k < 2; k++) {
                    assertTrue(table.applyLayer(diag, levels, gammas[k], bs[k], () -> false));
                    assertTrue(noTable.applyLayer(diag, null, gammas[k], bs[k], () -> false));
                }
                double worst = 0;
                for (int z = 0; z < 1 << n; z++) {
                    worst = Math.max(worst, Math.abs(want[0][z] - table.re(z)) + Math.abs(want[1][z] - table.im(z)));
                    worst = Math.max(worst, Math.abs(want[0][z] - noTable.re(z))
                            + Math.abs(want[1][z] - noTable.im(z)));
                }
                assertTrue(worst <= 1e-12, (kernel == null ? "scalar" : "SIMD") + ", n " + n + ", β " + bs[0] + ", "
                        + bs[1] + ": max |Δ amplitude| " + worst);
                assertEquals(1, table.norm(), 1e-12);
            }
        }
    }

    @Test
    void theLayerAsksItsStopTestEvery2To14Amplitudes() {
        int n = 18; // 16 blocks, then 16 tiles
        double[] diag = QaoaSimulator.diagonal(new QuboCost(RandomQubos.random(n, 0.3, true, 1)));
        StateVector psi = new StateVector(n);
        AtomicInteger asked = new AtomicInteger();
        assertTrue(psi.applyLayer(diag, CostLevels.of(diag), 0.2, 0.3, () -> {
            asked.incrementAndGet();
            return false;
        }));
        assertEquals(2 * (1 << (n - 14)), asked.get(), "once per block and once per tile");
        AtomicInteger left = new AtomicInteger(5);
        assertFalse(psi.applyLayer(diag, null, 0.2, 0.3, () -> left.decrementAndGet() < 0),
                "a stop test that says stop ends the layer");
    }

    @Test
    void costLevelsGiveUpBeyondTheirTableSize() {
        double[] many = new double[CostLevels.MAX_LEVELS + 1];
        for (int z = 0; z < many.length; z++) {
            many[z] = z * 0.5;
        }
        assertNull(CostLevels.of(many));
        double[] few = {3, 1, 3, 3, 1, 2};
        CostLevels l = CostLevels.of(few);
        assertEquals(3, l.count());
        for (int z = 0; z < few.length; z++) {
            assertEquals(few[z], l.values()[l.level(z)]);
        }
    }
}
