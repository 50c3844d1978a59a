package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.ProjectValidator;
import org.evwb.core.project.VehicleType;
import org.evwb.core.study.motorway.MotorwayGenerator.Generated;
import org.evwb.core.study.motorway.MotorwayGenerator.Parameters;
import org.junit.jupiter.api.Test;

class MotorwayGeneratorTest {

    private final MotorwayGenerator gen = new MotorwayGenerator();
    private final MotorwayChecker checker = new MotorwayChecker();

    /** Paper §4.2 ranges drawn per seed: n in 3..33, 1..8 stations, 2..14 nodes, 6 modes. */
    static Parameters paperRange(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        return Parameters.DEFAULT.withSizes(3 + r.nextInt(31), 1 + r.nextInt(8), 2 + r.nextInt(13), 6)
                .withCrowding(r.nextDouble(), 30 + r.nextDouble(300));
    }

    @Test
    void everyGeneratedInstanceHasAFeasibleLowestSpeedScheduleOn500Seeds() throws Exception {
        ProjectValidator validator = new ProjectValidator();
        MotorwayStudy study = new MotorwayStudy();
        for (long seed = 1; seed <= 500; seed++) {
            Parameters p = paperRange(seed);
            Generated g = gen.generate(p, seed);
            if (seed % 10 == 0) { // the reflective validator is the slow part; a sample of seeds suffices
                assertEquals(List.of(), validator.validate(g.project()), "seed " + seed);
            }
            MotorwayInstance in = study.buildInstance(g.project(), null);
            assertEquals(p.emvCount(), in.emvs().size());
            assertEquals(List.of(), checker.check(in, g.witness()), "seed " + seed);
            assertTrue(g.witness().assignments().stream().allMatch(a -> a.mode() == 0), "lowest speed");
        }
    }

    @Test
    void typesFollowThePapersRanges() {
        Generated g = gen.generate(Parameters.DEFAULT.withSizes(33, 25, 18, 6), 11);
        assertEquals(25, g.project().infrastructure().chargingStations().size());
        assertTrue(g.project().infrastructure().chargingStations().stream()
                .allMatch(s -> s.chargers().size() == 2 || s.chargers().size() == 3));
        for (VehicleType t : g.project().fleet().vehicleTypes()) {
            assertTrue(t.batteryCapacityKWh() >= 10 && t.batteryCapacityKWh() <= 30);
            assertEquals(6, t.drivingModes().size());
            for (int k = 0; k < 6; k++) {
                DrivingMode m = t.drivingModes().get(k);
                assertTrue(m.consumptionWhPerKm() >= 80 && m.consumptionWhPerKm() <= 250);
                if (k > 0) {
                    assertTrue(m.consumptionWhPerKm() > t.drivingModes().get(k - 1).consumptionWhPerKm());
                    assertTrue(m.speedKmh() > t.drivingModes().get(k - 1).speedKmh());
                }
            }
        }
    }

    @Test
    void sameSeedSameProjectAndItSurvivesTheFileFormat() throws Exception {
        Parameters p = Parameters.DEFAULT;
        ProjectIO io = new ProjectIO();
        String a = io.toJson(gen.generate(p, 42).project());
        assertEquals(a, io.toJson(gen.generate(p, 42).project()));
        assertTrue(!a.equals(io.toJson(gen.generate(p, 43).project())));
        var reread = io.read(a.getBytes(java.nio.charset.StandardCharsets.UTF_8), "generated");
        MotorwayInstance in = new MotorwayStudy().buildInstance(reread, null);
        assertEquals(List.of(), checker.check(in, gen.generate(p, 42).witness()));
    }
}
