package org.evwb.core.qubo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuboModelTest {

    /** Energy from the merged arrays equals the sum of the parts' own energies, for every state. */
    @Test
    void mergedEnergyEqualsSumOfParts() {
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", 5);
        int obj = b.objective("cost");
        int c = b.constraint("pair");
        b.addLinear(obj, 0, 2).addQuadratic(obj, 3, 1, -4).addQuadratic(c, 1, 3, 1.5).addOffset(c, 0.25);
        b.addQuadratic(obj, 2, 2, 7); // x² = x
        Qubo q = b.build();
        assertEquals(7, q.linear(2));
        assertEquals(-2.5, q.quadratic(1, 3));
        assertEquals(-2.5, q.quadratic(3, 1));
        assertEquals(1, q.numCouplers());
        for (long s = 0; s < 32; s++) {
            byte[] x = bits(s, 5);
            double parts = q.parts().stream().mapToDouble(p -> p.energy(x)).sum();
            assertEquals(parts, q.energy(x), 1e-12);
            assertEquals(q.energy(x), q.energy(s), 1e-12);
        }
    }

    @Test
    void flipDeltaAndLocalFieldsMatchEnergyDifferences() {
        Qubo q = RandomQubos.random(12, 0.4, false, 7);
        SplittableRandom r = new SplittableRandom(1);
        for (int t = 0; t < 50; t++) {
            byte[] x = bits(r.nextLong(1 << 12), 12);
            double[] f = q.localFields(x);
            for (int i = 0; i < 12; i++) {
                byte[] y = x.clone();
                y[i] ^= 1;
                double diff = q.energy(y) - q.energy(x);
                assertEquals(diff, q.flipDelta(x, i), 1e-12);
                assertEquals(diff, (1 - 2 * x[i]) * f[i], 1e-12);
            }
        }
    }

    /** (1 − x0 − x1 − x2)² is zero exactly when one of the three is set; the decoder names the constraint. */
    @Test
    void decodeNamesBrokenConstraints() {
        QuboBuilder b = new QuboBuilder();
        for (String l : List.of("EV1 mode1", "EV1 mode2", "EV1 mode3", "EV2 mode1")) {
            b.addVariable(l);
        }
        int obj = b.objective("trip time");
        int oneHot = b.constraint("one-hot EV1");
        int conflict = b.constraint("conflict EV1 mode1 / EV2 mode1");
        b.addLinear(obj, 0, 3).addLinear(obj, 1, 2).addLinear(obj, 2, 1).addLinear(obj, 3, 5);
        b.addSquaredLinear(oneHot, 10, 1, new int[] {0, 1, 2}, new double[] {-1, -1, -1});
        b.addQuadratic(conflict, 0, 3, 10);
        Qubo q = b.build();

        Decoded ok = q.decode(new byte[] {0, 0, 1, 0});
        assertTrue(ok.feasible());
        assertEquals(1, ok.objective());
        assertEquals(1, ok.energy());

        Decoded two = q.decode(new byte[] {1, 1, 0, 1});
        assertEquals(List.of("one-hot EV1", "conflict EV1 mode1 / EV2 mode1"),
                two.brokenConstraints().stream().map(Decoded.Broken::constraint).toList());
        assertEquals(10, two.brokenConstraints().get(0).penalty()); // (1 − 2)² × 10
        assertEquals(10, two.objective());

        Decoded none = q.decode(new byte[] {0, 0, 0, 0});
        assertEquals(List.of("one-hot EV1"), none.brokenConstraints().stream().map(Decoded.Broken::constraint)
                .toList());
        assertFalse(none.feasible());
    }

    /** Dyadic coefficients (multiples of 1/8): every halving and quartering is exact, so the round trip is too. */
    @Test
    void isingRoundTripIsExact() {
        SplittableRandom r = new SplittableRandom(3);
        for (int t = 0; t < 50; t++) {
            int n = 1 + r.nextInt(15);
            QuboBuilder b = new QuboBuilder();
            b.addVariables("v", n);
            int p = b.objective("o");
            b.addOffset(p, r.nextInt(-64, 64) / 8.0);
            for (int i = 0; i < n; i++) {
                b.addLinear(p, i, r.nextInt(-64, 64) / 8.0);
                for (int j = i + 1; j < n; j++) {
                    if (r.nextBoolean()) {
                        b.addQuadratic(p, i, j, r.nextInt(-64, 64) / 8.0);
                    }
                }
            }
            Qubo q = b.build();
            Ising ising = Ising.fromQubo(q);
            Qubo back = ising.toQubo();
            assertTrue(q.sameCoefficients(back), "round trip changed coefficients at t=" + t);
            assertEquals(ising, Ising.fromQubo(back));
            for (long s = 0; s < Math.min(1L << n, 256); s++) {
                byte[] x = bits(s, n);
                assertEquals(q.energy(x), ising.energy(Ising.bitsToSpins(x)), 0.0);
            }
        }
    }

    @Test
    void isingEnergyAgreesForArbitraryDoubles() {
        Qubo q = RandomQubos.random(10, 0.5, false, 11);
        Ising ising = Ising.fromQubo(q);
        for (long s = 0; s < 1024; s++) {
            byte[] x = bits(s, 10);
            assertEquals(q.energy(x), ising.energy(Ising.bitsToSpins(x)), 1e-12);
            assertArrayEquals(x, Ising.spinsToBits(Ising.bitsToSpins(x)));
        }
    }

    @Test
    void builderRejectsBadInput() {
        QuboBuilder b = new QuboBuilder();
        b.addVariable("a");
        assertThrows(IllegalArgumentException.class, () -> b.addVariable("a"));
        int p = b.objective("o");
        assertThrows(IllegalArgumentException.class, () -> b.addLinear(p, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> b.addLinear(p, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> b.constraint("o"));
    }

    static byte[] bits(long s, int n) {
        byte[] x = new byte[n];
        for (int i = 0; i < n; i++) {
            x[i] = (byte) (s >>> i & 1);
        }
        return x;
    }
}
