package org.evwb.core.study.v2g;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.evwb.core.project.Project;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;

/**
 * {@code adp} on primitive arrays through the shared step ({@link V2gActionStep}) makes exactly the schedules the
 * object-per-state version before it made ({@link LegacyV2gAdp}), on seeded nights at every level, including nights
 * where the site limit makes C choose among the EVs and D stop at the completion test.
 */
class V2gAdpStepTest {

    private final V2gStudy study = new V2gStudy();
    private final V2gChecker checker = new V2gChecker();

    @Test
    void theSchedulesAreTheSameAsBeforeOnSeededNightsAtEveryLevel() throws Exception {
        V2gAdp.Parameters beam = new V2gAdp.Parameters(80);
        int nights = 0;
        for (int level = 0; level <= 3; level++) {
            for (long seed = 1; seed <= 2; seed++) {
                // 40 EVs with the site limit of L2+ (0.9 · d · power): C then picks among the EVs below target
                Project p = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(40)
                        .withLevel(level), seed);
                V2gInstance in = study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
                V2gSchedule before = new LegacyV2gAdp(beam).solve(in, RunContext.of(seed));
                V2gSchedule now = new V2gAdp(beam).solve(in, RunContext.of(seed));
                for (int i = 0; i < in.evCount(); i++) {
                    assertArrayEquals(before.energyKWh()[i], now.energyKWh()[i],
                            "level " + level + ", seed " + seed + ", EV " + i);
                }
                assertEquals(before.reportedCost(), now.reportedCost(), 0.0, "level " + level + ", seed " + seed);
                assertTrue(checker.check(in, now).isEmpty(), checker.check(in, now).toString());
                nights++;
            }
        }
        assertEquals(8, nights);
    }

    @Test
    void theSiteLimitBindsOnTheBenchmarkNightsShape() throws Exception {
        // the benchmark's 200-EV L3 night, cut to a beam that keeps the test quick: C selects (m < d) and D stops
        Project p = V2gGenerators.fleet(V2gGenerators.FleetParameters.DEFAULT.withEvCount(200).withLevel(3), 2);
        V2gInstance in = study.buildInstance(p, p.studyConfig(V2gStudy.ID).orElseThrow());
        assertTrue(new V2gPolicyFleet(in).m < in.evCount(), "the site limit must bind for this test to mean much");
        V2gAdp.Parameters beam = new V2gAdp.Parameters(30);
        V2gSchedule before = new LegacyV2gAdp(beam).solve(in, RunContext.of(2));
        V2gSchedule now = new V2gAdp(beam).solve(in, RunContext.of(2));
        assertTrue(Arrays.deepEquals(before.energyKWh(), now.energyKWh()));
        assertTrue(checker.check(in, now).isEmpty());
    }

    @Test
    void selectingTheSmallestKeysKeepsExactlyTheSmallest() {
        Random r = new Random(5);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + r.nextInt(300);
            long[] a = r.longs(n, 0, 1L << 40).distinct().toArray();
            n = a.length;
            int take = 1 + r.nextInt(n);
            long[] sorted = a.clone();
            Arrays.sort(sorted);
            V2gActionStep.selectSmallest(a, n, take);
            long[] head = Arrays.copyOf(a, take);
            Arrays.sort(head);
            assertArrayEquals(Arrays.copyOf(sorted, take), head, "n " + n + ", take " + take);
        }
    }
}
