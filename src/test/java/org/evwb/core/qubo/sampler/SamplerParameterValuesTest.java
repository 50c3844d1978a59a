package org.evwb.core.qubo.sampler;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sampler's parameters refuse NaN and infinity however they are made — a form, code, the command line — not only
 * when they come through the command line's checks: {@code betaHot < 0} is false for NaN, which once let it through.
 */
class SamplerParameterValuesTest {

    @Test
    void annealRefusesNaNAndInfiniteBetas() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1}) {
            assertThrows(IllegalArgumentException.class, () -> new AnnealSampler.Parameters(1, 1, bad, 0, 0, false));
            assertThrows(IllegalArgumentException.class, () -> new AnnealSampler.Parameters(1, 1, 0, bad, 0, false));
        }
        assertDoesNotThrow(() -> new AnnealSampler.Parameters(1, 1, 0.1, 5, 0, false));
    }

    @Test
    void tabuRefusesANaNTimeLimit() {
        assertThrows(IllegalArgumentException.class, () -> new TabuSampler.Parameters(1, 10, 2, Double.NaN));
        assertDoesNotThrow(() -> new TabuSampler.Parameters(1, 10, 2, 0));
    }

    @Test
    void theCommandLineSaysWhichValueAndWhy() {
        var spec = new Samplers().byId("anneal").orElseThrow();
        var e = assertThrows(IllegalArgumentException.class, () -> spec.withOverrides(Map.of("betaHot", "NaN")));
        assertTrue(e.getMessage().contains("betaHot"), e.getMessage());
    }
}
