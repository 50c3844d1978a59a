package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortest-augmenting-path assignment against exhaustive search on small matrices of every shape, with many ties
 * (small integer costs) and with continuous costs.
 */
class RectangularAssignmentTest {

    @Test
    void minimiseEqualsBruteForceOnEveryShapeUpToSixBySeven() {
        SplittableRandom r = new SplittableRandom(7);
        int cases = 0;
        for (int rows = 1; rows <= 6; rows++) {
            for (int cols = rows; cols <= 7; cols++) {
                for (int k = 0; k < 40; k++) {
                    boolean ties = k % 2 == 0;
                    double[] c = new double[rows * cols];
                    for (int e = 0; e < c.length; e++) {
                        c[e] = ties ? r.nextInt(-3, 4) : r.nextDouble(-100, 100);
                    }
                    int[] a = RectangularAssignment.minimise(c, rows, cols);
                    assertDistinct(a, cols);
                    double got = 0;
                    for (int i = 0; i < rows; i++) {
                        got += c[i * cols + a[i]];
                    }
                    double best = bruteMin(c, rows, cols, 0, new boolean[cols]);
                    assertEquals(best, got, 1e-9, rows + " × " + cols + " case " + k);
                    cases++;
                }
            }
        }
        assertEquals(27 * 40, cases);
    }

    @Test
    void maximiseMatchingEqualsBruteForceOnAnyShapeWithZerosAndNegatives() {
        SplittableRandom r = new SplittableRandom(11);
        int withPairs = 0;
        int empty = 0;
        for (int k = 0; k < 3000; k++) {
            int rows = r.nextInt(0, 7);
            int cols = r.nextInt(0, 7);
            double[] w = new double[rows * cols];
            double density = r.nextDouble();
            for (int e = 0; e < w.length; e++) {
                double x = r.nextDouble();
                w[e] = x > density ? 0 : k % 3 == 0 ? r.nextInt(-2, 3) : r.nextDouble(-5, 10);
            }
            int[] mate = RectangularAssignment.maximiseMatching(w, rows, cols);
            assertEquals(rows, mate.length);
            assertDistinct(mate, cols);
            double got = 0;
            int pairs = 0;
            for (int i = 0; i < rows; i++) {
                if (mate[i] >= 0) {
                    assertTrue(w[i * cols + mate[i]] > 0, "only pairs that gain are formed");
                    got += w[i * cols + mate[i]];
                    pairs++;
                }
            }
            assertEquals(bruteMax(w, rows, cols, 0, new boolean[cols]), got, 1e-9, "case " + k);
            withPairs += pairs > 0 ? 1 : 0;
            empty += pairs == 0 ? 1 : 0;
        }
        assertTrue(withPairs > 1500 && empty > 100, withPairs + " with pairs, " + empty + " without");
    }

    @Test
    void tallAndWideMatricesGiveTheSameWelfareAsTheirTranspose() {
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 200; k++) {
            int rows = r.nextInt(1, 40);
            int cols = r.nextInt(1, 40);
            double[] w = new double[rows * cols];
            double[] t = new double[rows * cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    w[i * cols + j] = r.nextInt(4) == 0 ? r.nextDouble(0, 50) : 0;
                    t[j * rows + i] = w[i * cols + j];
                }
            }
            assertEquals(total(w, cols, RectangularAssignment.maximiseMatching(w, rows, cols)),
                    total(t, rows, RectangularAssignment.maximiseMatching(t, cols, rows)), 1e-9);
        }
    }

    @Test
    void noPositiveWeightMeansEveryoneStaysWithTheGrid() {
        assertArrayEquals(new int[] {-1, -1}, RectangularAssignment.maximiseMatching(new double[] {0, -1, -2, 0, 0,
                Double.NaN}, 2, 3));
        assertArrayEquals(new int[0], RectangularAssignment.maximiseMatching(new double[0], 0, 4));
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        var inf = assertThrows(IllegalArgumentException.class, () -> RectangularAssignment.maximiseMatching(
                new double[] {1, Double.POSITIVE_INFINITY}, 1, 2));
        assertTrue(inf.getMessage().contains("infinite"), inf.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RectangularAssignment.minimise(new double[6], 3, 2));
        assertThrows(IllegalArgumentException.class, () -> RectangularAssignment.maximiseMatching(new double[5], 2, 3));
    }

    private static double total(double[] w, int cols, int[] mate) {
        double s = 0;
        for (int i = 0; i < mate.length; i++) {
            s += mate[i] >= 0 ? w[i * cols + mate[i]] : 0;
        }
        return s;
    }

    private static void assertDistinct(int[] a, int cols) {
        boolean[] seen = new boolean[cols];
        for (int c : a) {
            if (c >= 0) {
                assertTrue(c < cols && !seen[c], "column " + c + " used twice or out of range");
                seen[c] = true;
            }
        }
    }

    private static double bruteMin(double[] c, int rows, int cols, int i, boolean[] used) {
        if (i == rows) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cols; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, c[i * cols + j] + bruteMin(c, rows, cols, i + 1, used));
                used[j] = false;
            }
        }
        return best;
    }

    private static double bruteMax(double[] w, int rows, int cols, int i, boolean[] used) {
        if (i == rows) {
            return 0;
        }
        double best = bruteMax(w, rows, cols, i + 1, used);      // row i unmatched
        for (int j = 0; j < cols; j++) {
            if (!used[j] && w[i * cols + j] > 0) {
                used[j] = true;
                best = Math.max(best, w[i * cols + j] + bruteMax(w, rows, cols, i + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
