package org.evwb.core.study.v2g;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/** The checker catches each broken rule of a tampered schedule, and nothing in a good one. */
class V2gCheckerTest {

    private final V2gChecker checker = new V2gChecker();

    /** One EV from 10 to 15 kWh over eight slots, L3 with a 20 kW site limit. */
    private static V2gInstance oneEv(int level) {
        double[] vol = {5, 5, -5, -5, 5, 5, -5, -5};
        double[] price = {0.3, 0.3, 0.1, 0.1, 0.3, 0.3, 0.1, 0.1};
        return V2gTestData.instance(level, new double[][]{{10, 15}}, vol, price, 0.05, 20.0);
    }

    private static V2gSchedule schedule(double... mu) {
        return new V2gSchedule(new double[][]{mu}, null, null, null);
    }

    private List<String> kinds(V2gInstance in, V2gSchedule s) {
        return checker.check(in, s).stream().map(Violation::constraint).distinct().toList();
    }

    @Test
    void aScheduleThatKeepsEveryRulePasses() {
        V2gInstance in = oneEv(3);
        // discharge, discharge, charge ×4 (one change at slot 2), idle, idle
        V2gSchedule s = schedule(-2.5, -2.5, 2.5, 2.5, 2.5, 2.5, 0, 0);
        assertEquals(List.of(), checker.check(in, s));
        assertEquals(List.of(), checker.check(in, s.withFigures(in.cost(s.fleetKWhPerSlot(8)), null, null)));
    }

    @Test
    void theHourlyRuleIsEnforcedOnTamperedSchedules() {
        V2gInstance in = oneEv(3);
        // charge, discharge, charge: two changes in slots 1 and 2
        V2gSchedule twice = schedule(2.5, -2.5, 2.5, 2.5, 0, 0, 0, 0);
        assertEquals(List.of("direction-rule"), kinds(in, twice));
        // idling keeps the direction: discharge at 0, idle 1–2, charge at 3 (change), discharge at 5 — 2 slots later
        V2gSchedule idleKeeps = schedule(-2.5, 0, 0, 2.5, 2.5, -2.5, 2.5, 2.5);
        assertEquals(List.of("direction-rule"), kinds(in, idleKeeps));
        // four slots apart is allowed: changes at slots 1 and 5
        V2gSchedule apart = schedule(2.5, -2.5, 0, 0, 0, 2.5, 2.5, 0);
        assertEquals(List.of(), checker.check(in, apart));
        // without the rule (L2) the same tampered schedule is fine
        assertEquals(List.of(), checker.check(oneEv(2), twice));
    }

    @Test
    void aTamperedCostIsCaught() {
        V2gInstance in = oneEv(3);
        V2gSchedule s = schedule(0, 0, 2.5, 2.5, 0, 0, 0, 0);
        double real = in.cost(s.fleetKWhPerSlot(8));
        List<Violation> v = checker.check(in, s.withFigures(real - 1, null, null));
        assertEquals(1, v.size());
        assertEquals(ReportedFigures.CONSTRAINT, v.get(0).constraint());
        assertTrue(v.get(0).message().contains("$.solution.costReported"), v.get(0).message());
    }

    @Test
    void socPowerFinalAndSiteLimitsAreEachCaught() {
        V2gInstance in = oneEv(3);
        assertEquals(List.of("power-limit"), kinds(in, schedule(3, 2, 0, 0, 0, 0, 0, 0)));
        assertEquals(List.of("soc-range"), kinds(in, schedule(2.5, 2.5, 2.5, 2.5, 2.5, 0, 0, 0)));
        assertEquals(List.of("final-soc"), kinds(in, schedule(2.5, 0, 0, 0, 0, 0, 0, 0)));
        V2gInstance two = V2gTestData.instance(2, new double[][]{{10, 15}, {10, 15}}, new double[8], new double[8],
                0.05, 5.0);
        V2gSchedule both = new V2gSchedule(new double[][]{{2.5, 2.5, 0, 0, 0, 0, 0, 0},
                {2.5, 0, 2.5, 0, 0, 0, 0, 0}}, null, null, null);
        assertEquals(List.of("site-limit"), kinds(two, both));
    }

    @Test
    void theCheckerAgreesWithTheSolversOnTheirOwnCost() {
        V2gInstance in = oneEv(3);
        for (var solver : List.of(new V2gGreedy(), new V2gAdp(V2gAdp.Parameters.DEFAULT),
                new V2gMilp(V2gMilp.Parameters.DEFAULT))) {
            V2gSchedule s = solver.solve(in, RunContext.of(1));
            assertEquals(List.of(), checker.check(in, s), solver.id());
        }
    }
}
