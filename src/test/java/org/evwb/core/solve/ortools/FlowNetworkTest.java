package org.evwb.core.solve.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;

class FlowNetworkTest {

    /**
     * The network of Cormen et al., Introduction to Algorithms, Fig. 26.1: s=0, v1..v4 = 1..4, t=5. By hand: the
     * cut ({s, v1, v2, v4} | {v3, t}) has capacity c(v1,v3) + c(v4,v3) + c(v4,t) = 12 + 7 + 4 = 23, and the paths
     * s-v1-v3-t (12), s-v2-v4-t (4), s-v2-v4-v3-t (7) carry 23, so 23 is the maximum.
     */
    @Test
    void textbookNetwork() {
        FlowNetwork g = new FlowNetwork();
        int[][] arcs = {{0, 1, 16}, {0, 2, 13}, {2, 1, 4}, {1, 3, 12}, {3, 2, 9}, {2, 4, 14}, {4, 3, 7}, {3, 5, 20},
            {4, 5, 4}};
        for (int[] a : arcs) {
            g.addArc(a[0], a[1], a[2]);
        }
        MaxFlowResult r = g.maxFlow(0, 5, RunContext.of(1));
        assertEquals(23, r.flow());
        long[] net = new long[6];
        for (int k = 0; k < arcs.length; k++) {
            assertTrue(r.arcFlow(k) >= 0 && r.arcFlow(k) <= arcs[k][2], "arc " + k + " within its capacity");
            net[arcs[k][0]] -= r.arcFlow(k);
            net[arcs[k][1]] += r.arcFlow(k);
        }
        assertEquals(-23, net[0]);
        assertEquals(23, net[5]);
        for (int v = 1; v <= 4; v++) {
            assertEquals(0, net[v], "conservation at node " + v);
        }
        // the minimum cut found is the hand-computed one
        boolean[] expected = {true, true, true, false, true, false};
        long cut = 0;
        for (int v = 0; v < 6; v++) {
            assertEquals(expected[v], r.onSourceSide(v), "node " + v);
        }
        for (int k = 0; k < arcs.length; k++) {
            if (r.onSourceSide(arcs[k][0]) && !r.onSourceSide(arcs[k][1])) {
                cut += arcs[k][2];
                assertEquals(arcs[k][2], r.arcFlow(k), "cut arcs are saturated");
            }
        }
        assertEquals(23, cut);
    }

    @Test
    void disconnectedSinkHasNoFlowAndBadInputIsNamed() {
        FlowNetwork g = new FlowNetwork();
        g.addArc(0, 1, 5);
        g.addArc(2, 3, 5);
        MaxFlowResult r = g.maxFlow(0, 3, RunContext.of(1));
        assertEquals(0, r.flow());
        assertTrue(r.onSourceSide(1));
        assertFalse(r.onSourceSide(3));
        var e = assertThrows(IllegalArgumentException.class, () -> g.addArc(0, 1, -1));
        assertTrue(e.getMessage().contains("arc 2") && e.getMessage().contains("capacity"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> g.maxFlow(0, 0, RunContext.of(1)));
        assertThrows(IllegalArgumentException.class, () -> g.maxFlow(0, 9, RunContext.of(1)));
        RunContext cancelled = RunContext.of(1);
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> g.maxFlow(0, 3, cancelled));
    }
}
