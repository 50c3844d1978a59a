package org.evwb.ui.qubo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.RandomQubos;
import org.junit.jupiter.api.Test;

/** Block aggregation against a direct scan of the dense matrix. */
class BlockGridTest {

    @Test
    void everyBlockHoldsTheStrongestCoefficientOfItsCellsAndTheirCount() {
        Qubo q = RandomQubos.random(37, 0.3, false, 7);
        int[][] views = {{0, 37, 0, 37, 37, 37}, {0, 37, 0, 37, 5, 7}, {3, 30, 10, 37, 4, 9}, {20, 21, 0, 37, 1, 3}};
        for (int[] v : views) {
            BlockGrid g = BlockGrid.of(q, v[0], v[1], v[2], v[3], v[4], v[5]);
            for (int br = 0; br < g.rows(); br++) {
                for (int bc = 0; bc < g.cols(); bc++) {
                    int rEnd = br + 1 < g.rows() ? g.firstRow(br + 1) : g.r1();
                    int cEnd = bc + 1 < g.cols() ? g.firstCol(bc + 1) : g.c1();
                    double strongest = 0;
                    int count = 0;
                    for (int i = g.firstRow(br); i < rEnd; i++) {
                        assertEquals(br, g.blockRowOf(i));
                        for (int j = g.firstCol(bc); j < cEnd; j++) {
                            double c = i == j ? q.linear(i) : i < j ? q.quadratic(i, j) : 0;
                            if (c != 0) {
                                count++;
                                if (Math.abs(c) > Math.abs(strongest)) {
                                    strongest = c;
                                }
                            }
                        }
                    }
                    assertEquals(count, g.count(br, bc), "count at " + br + "," + bc);
                    assertEquals(strongest, count == 0 ? 0 : g.value(br, bc), "value at " + br + "," + bc);
                }
            }
        }
    }

    @Test
    void largeQuboAggregatesToThePixelBudget() {
        Qubo q = RandomQubos.random(2500, 0.002, true, 3);
        BlockGrid g = BlockGrid.of(q, 0, 2500, 0, 2500, 500, 500);
        long total = 0;
        for (int c : g.counts()) {
            total += c;
        }
        long nonZeroLinear = 0;
        for (int i = 0; i < 2500; i++) {
            nonZeroLinear += q.linear(i) != 0 ? 1 : 0;
        }
        assertEquals(q.numCouplers() + nonZeroLinear, total, "every coefficient lands in exactly one block");
        assertTrue(!g.oneCellPerBlock());
    }
}
