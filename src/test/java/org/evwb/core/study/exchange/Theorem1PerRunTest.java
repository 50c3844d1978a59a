package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/**
 * Theorem 1 in every exchange result: the objectives carry each base station's task time and bounds, the result file
 * writes the tasks, and the checker recomputes them and flags a task outside its bounds or one that was edited.
 */
class Theorem1PerRunTest {

    private final ExchangeStudy study = new ExchangeStudy();
    private final ObjectMapper mapper = Json.newMapper();

    /** London with this s_EV; at 600–1000 M EVs leave before their chunk is done, so BSs compute leftovers. */
    private ExchangeInstance london(double chunkSizeM) throws Exception {
        Project p = new ProjectIO().load(ExchangeSamplesTest.sample("exchange-london"));
        return study.buildInstanceWith(p, ExchangeParameters.defaults().withChunkAndCharging(chunkSizeM, 110));
    }

    @Test
    void everySolversObjectivesCarryEachBaseStationsTaskWithinItsBounds() throws Exception {
        ExchangeInstance in = london(1000);
        OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);
        int paperUpperFails = 0;
        int withLeftovers = 0;
        for (String id : List.of("gale-shapley", "optimal", "greedy")) {
            var spec = study.solver(id).orElseThrow();
            RunOutcome<Matching> run = runner.run(study, spec, spec.defaults(), in, RunContext.of(1));
            assertTrue(run.report().feasible(), () -> id + " " + run.report().violations());
            Map<String, Double> o = run.report().objectives();
            assertEquals(5.0, o.get("theorem1Tasks"));
            assertEquals(0.0, o.get("theorem1TasksOutsideBounds"));
            for (Participant bs : in.participants().stream().filter(x -> !x.isEv()).toList()) {
                double t = o.get("theorem1TaskSeconds[" + bs.id() + "]");
                double lo = o.get("theorem1LowerBoundSeconds[" + bs.id() + "]");
                double hi = o.get("theorem1UpperBoundSeconds[" + bs.id() + "]");
                assertTrue(lo <= t + 1e-9 && t <= hi + 1e-9, bs.id() + ": " + lo + " ≤ " + t + " ≤ " + hi);
                assertTrue(hi > lo, "the EVs' computing widens the bounds: " + lo + ", " + hi);
                withLeftovers += lo > 0 ? 1 : 0;
            }
        }
        assertTrue(withLeftovers > 0, "EVs left early, so some BS computes their leftovers");
        for (EdgeTasks.EdgeTask t : EdgeTasks.of(in)) {
            assertEquals(5, t.evs().size());
            assertTrue(t.withinBounds(1e-9));
            paperUpperFails += t.withinPaperBounds(1e-9) ? 0 : 1;
        }
        assertTrue(paperUpperFails > 0, "the paper's printed upper bound fails here while ours holds");
    }

    /** The tasks are the same as the sweep's Fig. 7 rows for the same scenario and (P_chg, s_EV). */
    @Test
    void theTasksAreTheSweepsFig7Rows() throws Exception {
        ExchangeInstance in = london(20);
        var settings = ExchangeSweep.Settings.paper(1);
        var rows = ExchangeSweep.edgeRows(new ExchangeSweep.Settings(List.of(150), List.of(5), 1, 1, 1,
                List.of(), List.of(110.0), List.of(20.0), in.params(), settings.generator(), settings.carbon()),
                in, 150, 5, 0);
        List<EdgeTasks.EdgeTask> tasks = EdgeTasks.of(in);
        assertEquals(rows.size(), tasks.size());
        for (int k = 0; k < rows.size(); k++) {
            assertEquals(rows.get(k).baseStation(), tasks.get(k).baseStation());
            assertEquals(rows.get(k).taskSeconds(), tasks.get(k).taskSeconds(), 0);
            assertEquals(rows.get(k).upperBoundSeconds(), tasks.get(k).upperBoundSeconds(), 0);
        }
    }

    private JsonNode written(ExchangeInstance in, String solver) {
        var spec = study.solver(solver).orElseThrow();
        Matching m = spec.create(spec.defaults()).solve(in, RunContext.of(1));
        JsonNode json = study.solutionToJson(in, m, mapper);
        assertEquals(5, json.path("edgeTasks").size(), "the result file writes every BS's task");
        return json;
    }

    private List<Violation> checkEdited(ExchangeInstance in, JsonNode json, Consumer<ObjectNode> edit)
            throws Exception {
        ObjectNode copy = json.deepCopy();
        edit.accept(copy);
        Matching read = study.solutionFromJson(in, copy, mapper);
        assertNotNull(read.edgeTasks());
        return new ExchangeChecker().check(in, read);
    }

    private static ObjectNode task(ObjectNode solution, int k) {
        return (ObjectNode) solution.path("edgeTasks").get(k);
    }

    private static List<String> kinds(List<Violation> v) {
        return v.stream().map(Violation::constraint).distinct().sorted().toList();
    }

    @Test
    void theCheckerRecomputesTheReportedTasksAndFlagsEveryEdit() throws Exception {
        ExchangeInstance in = london(600);
        JsonNode json = written(in, "optimal");
        assertEquals(List.of(), checkEdited(in, json, s -> { }), "as written: feasible");

        // the task pushed past its upper bound: outside the bounds and not what the checker simulates
        List<Violation> late = checkEdited(in, json, s -> task(s, 0).put("taskSeconds",
                task(s, 0).path("upperBoundSeconds").asDouble() + 100));
        assertEquals(List.of("edge-task", "theorem1-bounds"), kinds(late), late::toString);
        assertTrue(late.stream().anyMatch(v -> v.message().contains("taskSeconds")), late::toString);

        // a bound raised so the time still looks inside: the recomputed bound disagrees
        List<Violation> bound = checkEdited(in, json, s -> task(s, 1).put("lowerBoundSeconds",
                task(s, 1).path("lowerBoundSeconds").asDouble() * 0.5));
        assertEquals(List.of("edge-task"), kinds(bound), bound::toString);

        // another EV, a missing task, an unknown base station
        assertEquals(List.of("edge-task"), kinds(checkEdited(in, json, s -> ((ArrayNode) task(s, 2).path("evs"))
                .set(0, s.textNode("nobody")))));
        List<Violation> missing = checkEdited(in, json, s -> ((ArrayNode) s.path("edgeTasks")).remove(4));
        assertTrue(missing.stream().anyMatch(v -> v.message().contains("has no edge task")), missing::toString);
        List<Violation> unknown = checkEdited(in, json, s -> task(s, 3).put("baseStation", "bs-x"));
        assertTrue(unknown.stream().anyMatch(v -> v.message().contains("\"bs-x\", which is not a base station")),
                unknown::toString);
    }

    /** A result file written before edge tasks were reported still reads and checks; its tasks come from the model. */
    @Test
    void aResultWithoutEdgeTasksStillChecksAndGetsTheModelsTasks() throws Exception {
        ExchangeInstance in = london(20);
        ObjectNode json = written(in, "gale-shapley").deepCopy();
        json.remove("edgeTasks");
        Matching read = study.solutionFromJson(in, json, mapper);
        assertEquals(null, read.edgeTasks());
        assertEquals(List.of(), new ExchangeChecker().check(in, read));
        assertEquals(5.0, study.objectives(in, read).get("theorem1Tasks"));
        assertFalse(study.solutionToJson(in, read, mapper).path("edgeTasks").isMissingNode());
    }

    /** The independent recomputation agrees with the model's simulation over varied settings and random scenarios. */
    @Test
    void theIndependentRecomputationAgreesWithTheModelOnRandomScenarios() {
        for (long seed = 0; seed < 60; seed++) {
            ExchangeInstance base = ExchangeTestSupport.random(seed, 25, 4);
            double size = new double[] {20, 200, 1000}[(int) (seed % 3)];
            ExchangeParameters p = base.params().withChunkAndCharging(size, seed % 2 == 0 ? 40 : 110);
            ExchangeInstance in = new ExchangeInstance("t", base.participants(), p);
            List<Violation> v = new Theorem1Check().check(in, new Matching(List.of(), in.socialWelfare(List.of())),
                    amounts(in));
            assertEquals(List.of(), v, "seed " + seed);
        }
    }

    private static double[] amounts(ExchangeInstance in) {
        double[] a = new double[in.participants().size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = in.tradeKWh(k);
        }
        return a;
    }
}
