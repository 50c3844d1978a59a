package org.evwb.ui.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.study.Studies;
import org.evwb.core.study.motorway.MotorwayChecker;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.junit.jupiter.api.Test;

/** The what-if evaluation judges its waiting and trip schedules with the checker, so an infeasible layout says so. */
class MotorwayEvaluatorTest {

    private final MotorwayEvaluator evaluator = new MotorwayEvaluator(Studies.standard(), Duration.ofSeconds(10));

    /** The A4 with ev1 almost empty: it cannot reach any station, waiting or not. */
    static Project strandedEv1(Project a4) {
        Vehicle ev1 = a4.find(Vehicle.class, "ev1").orElseThrow();
        Vehicle empty = new Vehicle(ev1.id(), ev1.name(), ev1.typeId(), ev1.position(), 0.05, ev1.speedKmh(),
                ev1.targetSocKWh(), ev1.trip());
        return ReplaceEntities.of("Empty battery", ev1, empty).apply(a4);
    }

    @Test
    void theA4IsFeasibleAndItsVerdictsAgreeWithTheChecker() throws Exception {
        MotorwayEvaluation ev = evaluator.evaluate(MotorwayViewsFxTest.a4());
        assertTrue(ev.waitingVerdict().feasible(), ev.waitingVerdict().reason());
        assertTrue(ev.tripVerdict().feasible(), ev.tripVerdict().reason());
        assertEquals(List.of(), new MotorwayChecker().check(ev.waitingInstance(), ev.waiting()));
    }

    @Test
    void aLayoutWithoutAScheduleGetsInfeasibleVerdictsWithTheirReason() throws Exception {
        MotorwayEvaluation ev = evaluator.evaluate(strandedEv1(MotorwayViewsFxTest.a4()));
        MotorwayEvaluation.Verdict w = ev.waitingVerdict();
        assertFalse(w.feasible());
        assertFalse(ev.tripVerdict().feasible());
        // recomputed: either the solver proved there is none, or the checker finds what the schedule breaks
        var violations = new MotorwayChecker().check(ev.waitingInstance(), ev.waiting());
        if (ev.waiting().status() == MotorwaySchedule.Status.PROVED_INFEASIBLE) {
            assertEquals("proved infeasible", w.reason());
        } else {
            assertFalse(violations.isEmpty());
            assertTrue(w.reason().startsWith(violations.size() + " violation"), w.reason());
        }
        MotorwayEvaluation.Summary s = ev.summary();
        assertFalse(s.waiting().feasible() || s.trip().feasible(), "the summary carries the verdicts");
        System.out.println("stranded ev1: " + ev.waiting().status() + " / " + w.reason() + "; totals "
                + s.totalWaitingMin() + " " + s.totalTripMin());
    }
}
