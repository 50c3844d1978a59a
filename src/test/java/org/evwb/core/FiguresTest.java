package org.evwb.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void countsTakeTheRightPlural() {
        assertEquals("1 row", Figures.count(1, "row"));
        assertEquals("0 rows", Figures.count(0, "row"));
        assertEquals("2 time series", Figures.count(2, "time series"));
        assertEquals("1 time series", Figures.count(1, "time series"));
        assertEquals("3 vehicle types", Figures.count(3, "vehicle type"));
        assertEquals("2 PV sources", Figures.count(2, "PV source"));
        assertEquals("2 boxes", Figures.count(2, "box"));
        assertEquals("4 strategies", Figures.count(4, "strategy"));
        assertEquals("2 days", Figures.count(2, "day"));
        assertEquals("5 charging stations", Figures.count(5, "charging station"));
        assertEquals("2 buses", Figures.count(2, "bus"));
    }

    @Test
    void wholeNumbersHaveNoDecimals() {
        assertEquals("4", Figures.number(4.0));
        assertEquals("-436", Figures.number(-436.0));
        assertEquals("0", Figures.number(-0.0));
        assertEquals("4", Figures.fixed(4.0, 4));
        assertEquals("1000000", Figures.number(1e6));
    }

    @Test
    void otherNumbersKeepTheirPrecision() {
        assertEquals("0.4375", Figures.fixed(0.4375, 4));
        assertEquals("3.1416", Figures.fixed(Math.PI, 4));
        assertEquals("0", Figures.fixed(-0.00001, 4));
        assertEquals("53.2625", Figures.number(53.26249020577594));
        assertEquals("0.125", Figures.number(0.125));
        assertEquals("-436.1", Figures.number(-436.1));
        assertEquals("1.5e-07", Figures.number(1.5e-7));
        assertEquals("–", Figures.number(Double.NaN));
        assertEquals("–", Figures.fixed(Double.POSITIVE_INFINITY, 2));
    }
}
