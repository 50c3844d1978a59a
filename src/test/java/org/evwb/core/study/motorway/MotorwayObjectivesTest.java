package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/**
 * The motorway figures as docs/studies/motorway.md defines them: {@code conflicts} counts charging conflicts only,
 * unscheduled EMVs are counted apart; a {@code cpsat} run with an objective reports CP-SAT's bound and gap, also when
 * it stops at its time limit.
 */
class MotorwayObjectivesTest {

    private final MotorwayStudy study = new MotorwayStudy();
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper());

    private RunOutcome<MotorwaySchedule> run(MotorwayInstance in, String solver, Record params, Duration limit) {
        var spec = study.solver(solver).orElseThrow();
        return runner.run(study, spec, params == null ? spec.defaults() : params, in,
                new RunContext(1, limit, RunListener.NONE));
    }

    private static MotorwayInstance instance(Project p, Map<String, Object> parameters) throws Exception {
        return new MotorwayStudy().buildInstance(p, new StudyConfig("m", MotorwayStudy.ID, null, parameters));
    }

    @Test
    void conflictsCountChargingOverlapsOnlyAndUnscheduledEmvsAreApart() throws Exception {
        MotorwayInstance in = instance(ClasspathSamples.load("motorway-a4-busy.evwb.json"), Map.of());
        // random's best read: overlaps, and EMVs whose read chose no option
        RunOutcome<MotorwaySchedule> random = run(in, "random", null, Duration.ofSeconds(30));
        List<Violation> v = random.report().violations();
        Map<String, Double> o = random.report().objectives();
        long overlaps = v.stream().filter(x -> MotorwayChecker.CONFLICT_KINDS.contains(x.constraint())).count();
        assertTrue(overlaps > 0, "random leaves charging conflicts");
        assertEquals((double) overlaps, o.get("conflicts"));
        Set<String> assigned = new HashSet<>();
        random.solution().assignments().forEach(a -> assigned.add(a.vehicleId()));
        long unscheduled = in.emvs().stream().filter(e -> !assigned.contains(e.vehicleId())).count();
        assertEquals((double) unscheduled, o.get("unscheduledEmvs"));

        // a conflict-free schedule with one EMV dropped: no conflict, one unscheduled EMV, an assignment-count
        MotorwaySchedule cp = run(in, "cpsat", null, Duration.ofSeconds(30)).solution();
        List<MotorwaySchedule.Assignment> fewer = new ArrayList<>(cp.assignments());
        String dropped = fewer.remove(3).vehicleId();
        MotorwaySchedule partial = new MotorwaySchedule(fewer, MotorwaySchedule.Status.HEURISTIC, 0);
        Map<String, Double> p = study.objectives(in, partial);
        assertEquals(0.0, p.get("conflicts"));
        assertEquals(1.0, p.get("unscheduledEmvs"));
        List<Violation> pv = study.checker().check(in, partial);
        assertEquals(List.of("assignment-count"), pv.stream().map(Violation::constraint).toList());
        assertTrue(pv.get(0).message().contains(dropped));
    }

    /** Proved optimal: the bound is the value, the gap 0, and the value is the schedule's own total trip time. */
    @Test
    void anOptimalObjectiveRunReportsItsBoundAndAZeroGap() throws Exception {
        MotorwayInstance in = instance(ClasspathSamples.load("motorway-a4.evwb.json"), Map.of("objective",
                "trip_time"));
        RunOutcome<MotorwaySchedule> r = run(in, "cpsat", null, Duration.ofSeconds(60));
        assertTrue(r.report().feasible(), r.report()::toString);
        assertEquals(MotorwaySchedule.Status.OPTIMAL, r.solution().status());
        Map<String, Double> o = r.report().objectives();
        assertEquals(0.0, o.get("relativeGap"));
        // CP-SAT counts in 0.1 s: its bound (= its value) is at most half a tick per EMV off the real total
        assertEquals(o.get("totalTripMin"), o.get("objectiveBound"), in.emvs().size() / 1200.0 + 1e-9);
        // the result file has the block, and it reads back with the same figures
        var mapper = Json.newMapper();
        var json = study.solutionToJson(in, r.solution(), mapper);
        var block = json.path("cpsat");
        assertEquals("trip_time", block.path("objective").asText());
        assertEquals("min", block.path("unit").asText());
        assertEquals(o.get("objectiveBound"), block.path("bound").asDouble(), 0);
        assertEquals(block.path("value").asDouble(), block.path("bound").asDouble(), 1e-9);
        assertEquals(o, study.objectives(in, study.solutionFromJson(in, json, mapper)));
    }

    /**
     * Stopped by its time limit on a generated instance (20 EMVs, every one just able to charge at the lowest speed):
     * a feasible schedule, status {@code time_limit}, and the bound and gap say how far from optimal it can be.
     */
    @Test
    void aTimeLimitedObjectiveRunReportsBoundAndGapNotOnlyTheStatus() throws Exception {
        // 30 EMVs: CP-SAT has a schedule within 2 s but no proof in 20 s on the idle development machine (20 EMVs,
        // used before, were proven optimal in 2.9 s: too near the limit once OR-Tools' natives load in 0.3 s)
        var params = RecordValues.withOverrides("generator", MotorwayGenerator.Parameters.DEFAULT, Map.of(
                "emvCount", 30, "density", 0.9, "minChargers", 2, "maxChargers", 2, "horizonMin", 60));
        Project p = new MotorwayGenerator().generate(params, 2).project();
        MotorwayInstance in = instance(p, Map.of("objective", "trip_time"));
        RunOutcome<MotorwaySchedule> r = run(in, "cpsat", null, Duration.ofSeconds(2));
        assertEquals(RunStatus.TIME_LIMIT, r.report().status());
        assertTrue(r.report().feasible(), () -> "a schedule within 2 s: " + r.report());
        assertEquals(MotorwaySchedule.Status.FEASIBLE, r.solution().status());
        Map<String, Double> o = r.report().objectives();
        double bound = o.get("objectiveBound");
        double gap = o.get("relativeGap");
        assertTrue(bound > 0 && bound < o.get("totalTripMin"), () -> "bound " + bound + " below " + o);
        assertTrue(gap > 0 && gap < 1, "gap " + gap);
        var block = study.solutionToJson(in, r.solution(), Json.newMapper()).path("cpsat");
        double value = block.path("value").asDouble();
        assertEquals(o.get("totalTripMin"), value, in.emvs().size() / 1200.0 + 1e-9);
        assertEquals((value - bound) / value, gap, 1e-12);
    }

    /** Feasibility (the paper's problem) has no objective, so nothing to bound. */
    @Test
    void aFeasibilityRunHasNoBound() throws Exception {
        MotorwayInstance in = instance(ClasspathSamples.load("motorway-a4.evwb.json"), Map.of());
        RunOutcome<MotorwaySchedule> r = run(in, "cpsat", null, Duration.ofSeconds(60));
        assertTrue(!r.report().objectives().containsKey("objectiveBound"));
        assertTrue(study.solutionToJson(in, r.solution(), Json.newMapper()).path("cpsat").isMissingNode());
        assertEquals(0.0, r.report().objectives().get("unscheduledEmvs"));
    }
}
