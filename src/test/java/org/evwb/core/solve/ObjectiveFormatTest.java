package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.junit.jupiter.api.Test;

/** One formatter for objective values: declared labels, units and decimals; patterns; a sensible fallback. */
class ObjectiveFormatTest {

    private final ObjectiveFormat motorway = ObjectiveFormat.of(new MotorwayStudy());

    @Test
    void aStudysObjectiveReadsWithItsLabelUnitAndDecimals() {
        assertEquals("Total trip time 382.1 min", motorway.line("totalTripMin", 382.082));
        assertEquals("Total trip time (min)", motorway.header("totalTripMin"));
        assertEquals("Charging conflicts 0", motorway.line("conflicts", 0.0));
    }

    @Test
    void thePlatformsFiguresReadTheSameForEveryStudy() {
        assertEquals("Reads 100", motorway.line("quboReads", 100.0));
        assertEquals("Reads 100", new ObjectiveFormat(List.of()).line("quboReads", 100.0));
        assertEquals("QUBO penalty weight A 1", motorway.line("quboPenaltyA", 1.0));
        assertEquals("Reads with 2 unresolved constraints 7", motorway.line("quboReadsWith2Unresolved", 7.0));
    }

    @Test
    void anUnknownNameStillReadsSensibly() {
        ObjectiveFormat none = new ObjectiveFormat(List.of());
        assertTrue(none.declared("meanPairUtility").isEmpty());
        assertEquals("Mean pair utility 12.35", none.line("meanPairUtility", 12.3456));
        assertEquals("Mean pair utility 4", none.line("meanPairUtility", 4.0));
        assertEquals("QUBO size 0.0001235", none.line("QUBOSize", 0.00012346));
    }

    @Test
    void noValueIsADashWithoutAUnitAndNoNegativeZero() {
        assertEquals("–", motorway.spec("totalTripMin").value(Double.NaN));
        assertEquals("0.0 min", motorway.spec("totalTripMin").value(-0.01));
        assertEquals("", motorway.value("totalTripMin", null));
    }

    @Test
    void aStudysOwnSpecWinsOverThePlatformsAndPatternsHoldOneStar() {
        ObjectiveFormat f = new ObjectiveFormat(List.of(ObjectiveSpec.count("quboReads", "Shots")));
        assertEquals("Shots 5", f.line("quboReads", 5.0));
        assertEquals(Map.of("Shots", "5"), f.labelled(Map.of("quboReads", 5.0)));
        assertThrows(IllegalArgumentException.class, () -> ObjectiveSpec.count("a*b*", "x"));
        assertTrue(!ObjectiveSpec.count("energy*KWh", "x").matches("energyKWh"), "the star matches something");
    }
}
