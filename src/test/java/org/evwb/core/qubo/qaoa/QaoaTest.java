package org.evwb.core.qubo.qaoa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;

class QaoaTest {

    /**
     * One qubit, C(x) = x. |+⟩ = (|0⟩ + |1⟩)/√2. The phase layer gives (|0⟩ + e^{−iγ}|1⟩)/√2. The mixer
     * e^{−iβX} = cos β·I − i sin β·X maps (a, b) to (cos β·a − i sin β·b, −i sin β·a + cos β·b). With γ = π/2
     * (e^{−iγ} = −i): a = (cos β − sin β)/√2 (real), b = −i (sin β + cos β)/√2 (imaginary).
     */
    @Test
    void oneQubitMatchesHandDerivation() {
        double beta = 0.3;
        StateVector psi = QaoaSimulator.evolve(new double[] {0, 1}, 1, new double[] {Math.PI / 2},
                new double[] {beta});
        double r2 = Math.sqrt(2);
        assertEquals((Math.cos(beta) - Math.sin(beta)) / r2, psi.re(0), 1e-12);
        assertEquals(0, psi.im(0), 1e-12);
        assertEquals(0, psi.re(1), 1e-12);
        assertEquals(-(Math.sin(beta) + Math.cos(beta)) / r2, psi.im(1), 1e-12);
    }

    /**
     * Two qubits, C = x0·x1 (only |11⟩ costs 1), γ = π: the phase layer flips the sign of |11⟩, giving
     * ½(|00⟩ + |01⟩ + |10⟩ − |11⟩). With β = π/4 each qubit's mixer is (I − iX)/√2, so
     * ⟨z|U_B|w⟩ = ½ · (−i)^{d(z,w)} with d the Hamming distance. Amplitude of z = ¼ Σ_w s_w (−i)^{d(z,w)},
     * s = (1, 1, 1, −1):
     * z=00: w=00 d0 (1), w=01 d1 (−i), w=10 d1 (−i), w=11 d2 (−1)·(−1) = 1 → ¼(2 − 2i) → (½, −½);
     * z=01: w=00 d1 (−i), w=01 d0 (1), w=10 d2 (−1), w=11 d1 (−i)·(−1) = i → ¼(−i + 1 − 1 + i) = 0;
     * z=10: symmetric → 0;  z=11: w=00 d2 (−1), w=01 d1 (−i), w=10 d1 (−i), w=11 d0 (−1) → ¼(−2 − 2i) → (−½, −½).
     * Probabilities ½, 0, 0, ½.
     */
    @Test
    void twoQubitsMatchHandDerivation() {
        StateVector psi = QaoaSimulator.evolve(new double[] {0, 0, 0, 1}, 2, new double[] {Math.PI},
                new double[] {Math.PI / 4});
        double[][] expected = {{0.5, -0.5}, {0, 0}, {0, 0}, {-0.5, -0.5}};
        for (int z = 0; z < 4; z++) {
            assertEquals(expected[z][0], psi.re(z), 1e-12, "re " + z);
            assertEquals(expected[z][1], psi.im(z), 1e-12, "im " + z);
        }
    }

    /**
     * Three and four qubits, p = 2: the same derivation in general form. One layer maps amplitudes a_w to
     * a'_z = Σ_w ⟨z|U_B(β)|w⟩ e^{−iγC(w)} a_w with ⟨z|U_B|w⟩ = cos(β)^{n−d} (−i sin β)^{d}, d = Hamming distance —
     * evaluated here as a dense 2^n × 2^n product, independently of the simulator's pairwise gate code.
     */
    @Test
    void threeAndFourQubitsMatchDenseDerivation() {
        for (int n = 3; n <= 4; n++) {
            Qubo q = RandomQubos.random(n, 0.7, false, n);
            double[] diag = QaoaSimulator.diagonal(new QuboCost(q));
            double[] gammas = {0.4, 0.9};
            double[] betas = {0.7, 0.2};
            int size = 1 << n;
            double[] re = new double[size];
            double[] im = new double[size];
            java.util.Arrays.fill(re, Math.pow(2, -n / 2.0));
            for (int k = 0; k < 2; k++) {
                double[] pr = new double[size];
                double[] pi = new double[size];
                for (int w = 0; w < size; w++) { // phase
                    double c = Math.cos(gammas[k] * diag[w]);
                    double s = -Math.sin(gammas[k] * diag[w]);
                    pr[w] = re[w] * c - im[w] * s;
                    pi[w] = re[w] * s + im[w] * c;
                }
                double[] nr = new double[size];
                double[] ni = new double[size];
                for (int z = 0; z < size; z++) {
                    for (int w = 0; w < size; w++) {
                        int d = Integer.bitCount(z ^ w);
                        double mag = Math.pow(Math.cos(betas[k]), n - d) * Math.pow(Math.sin(betas[k]), d);
                        // (−i)^d: 1, −i, −1, i
                        double mr = d % 4 == 0 ? mag : d % 4 == 2 ? -mag : 0;
                        double mi = d % 4 == 1 ? -mag : d % 4 == 3 ? mag : 0;
                        nr[z] += mr * pr[w] - mi * pi[w];
                        ni[z] += mr * pi[w] + mi * pr[w];
                    }
                }
                re = nr;
                im = ni;
            }
            StateVector psi = QaoaSimulator.evolve(diag, n, gammas, betas);
            for (int z = 0; z < size; z++) {
                assertEquals(re[z], psi.re(z), 1e-12);
                assertEquals(im[z], psi.im(z), 1e-12);
            }
            assertEquals(1, psi.norm(), 1e-12);
            for (int z = 0; z < size; z++) {
                assertEquals(q.energy(z), diag[z], 1e-12);
            }
        }
    }

    /** Two EVs, two modes each, one-hot constraints; the report's probabilities are consistent with the state. */
    @Test
    void samplerReportsFeasibleAndOptimalProbabilitiesAndStreamsExpectedEnergy() {
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", 4);
        int obj = b.objective("time");
        b.addLinear(obj, 0, 1).addLinear(obj, 1, 2).addLinear(obj, 2, 2).addLinear(obj, 3, 1);
        int c1 = b.constraint("one-hot EV1");
        int c2 = b.constraint("one-hot EV2");
        b.addSquaredLinear(c1, 4, 1, new int[] {0, 1}, new double[] {-1, -1});
        b.addSquaredLinear(c2, 4, 1, new int[] {2, 3}, new double[] {-1, -1});
        Qubo q = b.build();
        List<RunEvent> events = new ArrayList<>();
        RunContext ctx = new RunContext(3, null, new RunListener() {
            @Override
            public void onEvent(RunEvent e) {
                events.add(e);
            }
        });
        SampleSet s = new QaoaSampler(new QaoaSimulator.Parameters(2, 2000, 150, 26)).solve(q, ctx);
        SamplerInfo.Qaoa info = (SamplerInfo.Qaoa) s.info();
        assertEquals(2, info.minEnergy(), 1e-12); // x = 1001
        assertEquals(info.evaluations(), events.size());
        assertTrue(info.evaluations() > 10);
        double start = events.get(0).y();
        assertTrue(info.expectedEnergy() <= start + 1e-12, "optimiser made things worse");
        // feasible states are 0101, 0110, 1001, 1010 (one of each pair); the optimum 1001 is among them
        assertTrue(info.probabilityFeasible() >= info.probabilityOptimal());
        assertTrue(info.probabilityOptimal() > 1.0 / 16, "no better than uniform: " + info.probabilityOptimal());
        assertEquals(1, info.histogram().totalWeight(), 1e-9);
        assertEquals(2000, s.totalOccurrences());
        long feasibleShots = s.samples().stream().filter(x -> q.decode(x.state()).feasible())
                .mapToLong(x -> x.occurrences()).sum();
        assertEquals(info.probabilityFeasible(), feasibleShots / 2000.0, 0.05);
    }

    @Test
    void higherOrderPenaltyAddsToTheDiagonal() {
        Qubo q = RandomQubos.random(3, 0.5, true, 8);
        PenalisedCost cost = new PenalisedCost(new QuboCost(q),
                List.of(new PenalisedCost.Monomial("three at once", new int[] {0, 1, 2}, 100)));
        double[] d = QaoaSimulator.diagonal(cost);
        for (int z = 0; z < 8; z++) {
            assertEquals(q.energy(z) + (z == 7 ? 100 : 0), d[z], 1e-12);
            assertEquals(z != 7, cost.feasible(z));
        }
    }

    @Test
    void refusesTooManyQubitsNamingTheMemory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QaoaSimulator.checkSize(27, 26));
        assertTrue(e.getMessage().contains("27 qubits") && e.getMessage().contains("3.3 GiB"), e.getMessage());
    }

    /**
     * The cancel latency the product promises (200 ms, the one timing a test may assert): a 22-qubit QAOA run whose
     * single ⟨C⟩ evaluation takes a good part of a second is cancelled halfway through its third evaluation, and
     * returns within 200 ms with the best state of the two evaluations it finished.
     */
    @Test
    void cancelLandsWithin200MillisecondsInsideAnEvaluationAt22Qubits() throws Exception {
        int n = 22;
        Qubo q = RandomQubos.random(n, 0.05, false, 22);
        List<Long> eventNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Double> energies = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch second = new java.util.concurrent.CountDownLatch(2);
        RunContext ctx = new RunContext(5, null, new RunListener() {
            @Override
            public void onEvent(RunEvent e) {
                if (e.series().equals("qaoa expected energy")) {
                    eventNanos.add(System.nanoTime());
                    energies.add(e.y());
                    second.countDown();
                }
            }
        });
        long[] cancelledAt = {0};
        Thread canceller = new Thread(() -> {
            try {
                second.await();
                // halfway through the third evaluation: as long after the second as the second took after the first
                long evaluation = eventNanos.get(1) - eventNanos.get(0);
                Thread.sleep(Math.max(1, evaluation / 2_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancelledAt[0] = System.nanoTime();
            ctx.cancel();
        }, "test-canceller");
        canceller.setDaemon(true);
        canceller.start();
        SampleSet set = new QaoaSampler(new QaoaSimulator.Parameters(2, 100, 1_000_000, 26)).solve(q, ctx);
        long returned = System.nanoTime();
        canceller.join();
        double latencyMs = (returned - cancelledAt[0]) / 1e6;
        assertTrue(latencyMs <= 200, "returned " + latencyMs + " ms after the cancel");
        SamplerInfo.Qaoa info = (SamplerInfo.Qaoa) set.info();
        assertEquals(energies.size(), info.evaluations(), "the evaluation in flight is dropped, not counted");
        assertTrue(info.evaluations() >= 2, info.evaluations() + " evaluations");
        assertEquals(energies.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), info.expectedEnergy(),
                1e-9, "the best state so far is the result");
        assertEquals(100, set.totalOccurrences());
    }
}
