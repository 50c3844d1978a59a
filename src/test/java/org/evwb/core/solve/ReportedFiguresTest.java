package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one tolerance rule for reported figures (docs/results.md): 1e-6 relative, 1e-9 absolute near zero. */
class ReportedFiguresTest {

    @Test
    void numbersAgreeWithinTheStatedTolerance() {
        assertTrue(ReportedFigures.agree(45.0, 45.0 * (1 + 0.9e-6)));
        assertFalse(ReportedFigures.agree(45.0, 45.0 * (1 + 1.1e-6)));
        assertTrue(ReportedFigures.agree(0, 0.9e-9));
        assertFalse(ReportedFigures.agree(0, 1.1e-9));
        assertTrue(ReportedFigures.agree(Double.NaN, Double.NaN));
        assertFalse(ReportedFigures.agree(Double.NaN, 0));
        assertFalse(ReportedFigures.agree(Double.POSITIVE_INFINITY, 1e308));
    }

    @Test
    void aDisagreeingFigureNamesItsPathAndBothValues() {
        List<Violation> out = new ArrayList<>();
        ReportedFigures.number(out, "$.solution.pairs[0].energyKWh", null, 45, "kWh");
        ReportedFigures.number(out, "$.solution.pairs[1].energyKWh", 45.0000001, 45, "kWh");
        assertEquals(List.of(), out, "not reported, or within the tolerance");
        ReportedFigures.number(out, "$.solution.pairs[0].energyKWh", 99999.0, 45, "kWh");
        ReportedFigures.value(out, "$.solution.pairs[0].flow", "T2V", "V2V");
        assertEquals(List.of(new Violation("reported-figure", "$.solution.pairs[0].energyKWh reports 99999 kWh but the "
                + "checker recomputes 45 kWh from the project"), new Violation("reported-figure",
                "$.solution.pairs[0].flow reports T2V but the checker recomputes V2V from the project")), out);
    }
}
