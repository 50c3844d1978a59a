package org.evwb.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The live chart's per-series budget: exact while small, bounded however long, extremes and order kept. */
class DecimatorTest {

    @Test
    void aShortSeriesIsKeptPointByPoint() {
        Decimator d = new Decimator(201); // 100 buckets
        double[] xs = new double[100];
        double[] ys = new double[100];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            xs[i] = i;
            ys[i] = r.nextDouble();
            d.add(xs[i], ys[i]);
        }
        double[][] s = d.snapshot();
        assertArrayEquals(xs, s[0]);
        assertArrayEquals(ys, s[1]);
        assertEquals(100, d.count());
    }

    @Test
    void aLongSeriesStaysWithinTheBudgetAndKeepsItsExtremesItsOrderAndItsLatestPoint() {
        int budget = 201;
        Decimator d = new Decimator(budget);
        SplittableRandom r = new SplittableRandom(7);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 1_000_003;
        double lastY = 0;
        for (int i = 0; i < n; i++) {
            double y = r.nextGaussian() + (i == 500_000 ? 100 : 0); // one spike
            min = Math.min(min, y);
            max = Math.max(max, y);
            d.add(i, y);
            lastY = y;
            if (i % 99_991 == 0) {
                assertTrue(d.snapshot()[0].length <= budget, "within the budget at " + i);
            }
        }
        double[][] s = d.snapshot();
        assertTrue(s[0].length <= budget && s[0].length > budget / 2, s[0].length + " points");
        for (int i = 1; i < s[0].length; i++) {
            assertTrue(s[0][i] > s[0][i - 1], "arrival order");
        }
        assertEquals(max, java.util.Arrays.stream(s[1]).max().orElseThrow(), "the spike survives");
        assertEquals(min, java.util.Arrays.stream(s[1]).min().orElseThrow(), "the lowest value survives");
        assertEquals(n - 1, s[0][s[0].length - 1], "the latest point is drawn");
        assertEquals(lastY, s[1][s[1].length - 1]);
        assertEquals(n, d.count());
    }

    @Test
    void notANumberIsNotDrawn() {
        Decimator d = new Decimator(11);
        d.add(0, Double.NaN);
        d.add(1, 2);
        assertArrayEquals(new double[] {1}, d.snapshot()[0]);
    }
}
