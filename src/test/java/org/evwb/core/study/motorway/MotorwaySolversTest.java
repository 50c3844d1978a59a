package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.junit.jupiter.api.Test;

/** cpsat and greedy on hand-made instances; every schedule goes through the checker. */
class MotorwaySolversTest {

    private final MotorwayStudy study = new MotorwayStudy();
    private final ObjectMapper mapper = Json.newMapper();

    private MotorwaySchedule solve(String solver, MotorwayInstance in) {
        MotorwaySchedule s = study.solver(solver).orElseThrow().create(study.solver(solver).orElseThrow()
                .defaults()).solve(in, new RunContext(1, Duration.ofSeconds(30), RunListener.NONE));
        List<Violation> v = study.checker().check(in, s);
        if (s.status() == MotorwaySchedule.Status.OPTIMAL || s.status() == MotorwaySchedule.Status.FEASIBLE) {
            assertEquals(List.of(), v, "cpsat schedules must pass the checker");
        }
        return s;
    }

    private static Project crowdedFig7() {
        Project p = MotorwaySamples.fig7();
        for (String id : List.of("C", "D")) {
            p = MotorwayQuboTermsTest.withArrival(p, id, 0);
        }
        return p;
    }

    @Test
    void cpsatFindsTheTinySchedule() {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwaySchedule s = solve("cpsat", in);
        assertEquals(MotorwaySchedule.Status.OPTIMAL, s.status());
        assertEquals(2, s.assignments().size());
        assertEquals(0, s.reportedConflicts());
    }

    @Test
    void cpsatProvesInfeasibilityAndTheReportSaysSo() {
        MotorwayInstance in = TinyProjects.instance(crowdedFig7(), MotorwayParameters.DEFAULT);
        OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);
        var spec = study.solver("cpsat").orElseThrow();
        RunOutcome<MotorwaySchedule> out = runner.run(study, spec, spec.defaults(), in, RunContext.of(3));
        assertEquals(MotorwaySchedule.Status.PROVED_INFEASIBLE, out.solution().status());
        assertEquals(List.of("proved-infeasible"), out.report().violations().stream().map(Violation::constraint)
                .toList());
        assertEquals(1.0, out.report().objectives().get("provedInfeasible"));
        JsonNode json = study.solutionToJson(in, out.solution(), mapper);
        assertEquals("proved_infeasible", json.get("status").asText());
    }

    @Test
    void withWaitingTheCrowdedStationIsFeasible() {
        MotorwayInstance in = TinyProjects.instance(crowdedFig7(), MotorwayParameters.DEFAULT.withWaiting(true,
                Objective.WAITING_TIME));
        MotorwaySchedule s = solve("cpsat", in);
        assertEquals(MotorwaySchedule.Status.OPTIMAL, s.status());
        Map<String, Double> obj = study.objectives(in, s);
        assertEquals(0.0, obj.get("conflicts"));
        // Two chargers, A (100 min) and B, C, D (30 min each) all ready at 12: two short jobs first, then the
        // other two after them, each waiting 30 min -> 60 min; no schedule waits less (two must wait >= 30).
        assertEquals(60.0, obj.get("totalWaitingMin"), 0.01);
        MotorwaySchedule g = solve("greedy", in);
        assertEquals(List.of(), study.checker().check(in, g));
        assertTrue(obj.get("totalWaitingMin") <= study.objectives(in, g).get("totalWaitingMin") + 0.01);
    }

    @Test
    void modelIIWithTheExactRuleAcceptsFig7AndThePaperRuleDoesNot() {
        MotorwayParameters p2 = MotorwayParameters.DEFAULT.withModel(ChargingPointModel.STATION);
        MotorwayInstance exact = TinyProjects.instance(MotorwaySamples.fig7(), p2);
        assertEquals(MotorwaySchedule.Status.OPTIMAL, solve("cpsat", exact).status());
        MotorwayInstance paper = exact.with(p2.withStationRule(StationRule.PAPER_PAIRWISE));
        assertEquals(MotorwaySchedule.Status.PROVED_INFEASIBLE, solve("cpsat", paper).status());
    }

    @Test
    void greedyReportsTheConflictsTheCheckerFinds() {
        for (MotorwayParameters p : List.of(MotorwayParameters.DEFAULT,
                MotorwayParameters.DEFAULT.withModel(ChargingPointModel.STATION))) {
            MotorwayInstance in = TinyProjects.instance(crowdedFig7(), p);
            MotorwaySchedule g = solve("greedy", in);
            long checked = study.checker().check(in, g).stream()
                    .filter(v -> MotorwayChecker.CONFLICT_KINDS.contains(v.constraint())).count();
            assertTrue(checked > 0);
            assertEquals(checked, g.reportedConflicts());
            assertEquals((double) checked, study.objectives(in, g).get("conflicts"));
        }
    }

    @Test
    void solutionJsonRoundTrips() throws Exception {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwaySchedule s = solve("cpsat", in);
        JsonNode json = study.solutionToJson(in, s, mapper);
        JsonNode first = json.get("assignments").get(0);
        assertTrue(first.has("speedKmh") && first.has("stationName") && first.has("charger"));
        MotorwaySchedule back = study.solutionFromJson(in, mapper.readTree(mapper.writeValueAsString(json)), mapper);
        assertEquals(s, back);
    }
}
