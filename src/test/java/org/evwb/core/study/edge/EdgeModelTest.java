package org.evwb.core.study.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC §4's power model, its anchors and its inverse; the task window. */
class EdgeModelTest {

    private final PowerModel fluid = new PowerModel(64, 2000, 500, false);
    private final PowerModel whole = new PowerModel(64, 2000, 500, true);

    @Test
    void anchorsOfThePapersExample() {
        assertEquals(987.43, fluid.power(44), 0.005, "P(44)");
        assertEquals(55.9, fluid.capacity(1500), 0.05, "1500 W allows 55.9 fluid cores");
        assertEquals(55, whole.capacity(1500), "and 55 whole ones");
        assertEquals(0, fluid.power(0), "an idle server sleeps");
        assertEquals(500, fluid.power(1e-9), 1e-6, "any load pays the static power");
        assertEquals(2000, fluid.power(64), 1e-9);
        assertEquals(0, fluid.capacity(499.9), "below P_static nothing runs");
        assertEquals(64, fluid.capacity(5000), "capped at U_max");
    }

    @Test
    void wholeCoreCapacityIsFoundBySearchEvenAtPOfKExactly() {
        for (int k = 1; k <= 64; k++) {
            assertEquals(k, whole.capacity(fluid.fluidPower(k)), "A = P(" + k + ")");
            assertEquals(k - 1, whole.capacity(fluid.fluidPower(k) - 1e-6), "just below P(" + k + ")");
        }
        assertEquals(45, whole.power(44.2) == fluid.fluidPower(45) ? 45 : -1, "whole cores draw P(⌈W⌉)");
    }

    @Test
    void fluidCapacityInvertsThePower() {
        for (double w = 0.5; w <= 64; w += 0.5) {
            assertEquals(w, fluid.capacity(fluid.power(w)), 1e-9);
        }
    }

    @Test
    void windowIsArrivalToArrivalPlusSlackCutAtTheDay() {
        EdgeTask t = new EdgeTask(0, 10, 3, 0.5, 1);
        assertEquals(14, t.deadlineSlot(), "d = a + e + k·e");
        assertEquals(13, t.lastSlot(100));
        assertEquals(11, t.lastSlot(12), "cut at T − 1");
        assertTrue(t.runsIn(10, 100) && t.runsIn(13, 100) && !t.runsIn(14, 100) && !t.runsIn(9, 100));
        assertEquals(0.5 * 2 * (2 - 3 / 5.0), EdgeTaskGenerator.revenue(2, 0.5, 3), 1e-12, "r = ρ·u·(2 − k/5)");
    }
}
