package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.solve.CancelMidRun;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;
import org.junit.jupiter.api.Test;

/**
 * The study's own {@code cpsat}, cancelled from another thread while it minimises the total trip time on the busy
 * A4 (over a minute without a proof), keeps its incumbent like at a time limit: the report says CANCELLED, the
 * schedule covers every EMV and the checker accepts it.
 */
class MotorwayCancelTest {

    private final MotorwayStudy study = new MotorwayStudy();
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void cancelledCpSatKeepsItsIncumbentSchedule() throws Exception {
        Project busy = ClasspathSamples.load("motorway-a4-busy.evwb.json");
        MotorwayInstance base = study.buildInstance(busy, busy.studyConfig(MotorwayStudy.ID).orElse(null));
        MotorwayInstance in = base.with(base.parameters().withWaiting(false, Objective.TRIP_TIME));
        SolverSpec<MotorwayInstance, MotorwaySchedule> cpsat = study.solver("cpsat").orElseThrow();
        CancelMidRun cancel = CancelMidRun.onEvent(OrTools.INCUMBENT_SERIES, 0);
        RunOutcome<MotorwaySchedule> o = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper)
                .run(study, cpsat, cpsat.defaults(), in, cancel.context(1));
        assertTrue(cancel.reached(), "CP-SAT found a first schedule before the cancel");
        assertEquals(RunStatus.CANCELLED, o.report().status(), String.valueOf(o.report().error()));
        MotorwaySchedule s = o.solution();
        assertNotNull(s, "a cancel keeps CP-SAT's incumbent");
        assertEquals(MotorwaySchedule.Status.FEASIBLE, s.status(), "found, not proved optimal");
        assertEquals(in.emvs().size(), s.assignments().size());
        List<Violation> verdict = study.checker().check(in, s);
        assertEquals(List.of(), verdict, "CP-SAT's schedules are conflict-free");
        assertEquals(verdict, o.report().violations());
        double reported = cancel.events(OrTools.INCUMBENT_SERIES).stream().mapToDouble(e -> e.y()).min()
                .orElseThrow();
        // the incumbent series is in minutes, from CP-SAT's 0.1 s units rounded per option: the trip time is within that
        assertEquals(reported, o.report().objectives().get("totalTripMin"),
                0.001 * in.emvs().size() + 1e-6, "the schedule is CP-SAT's best incumbent");
        assertEquals(verdict, study.checker().check(in, study.solutionFromJson(in,
                study.solutionToJson(in, s, mapper), mapper)));
    }
}
