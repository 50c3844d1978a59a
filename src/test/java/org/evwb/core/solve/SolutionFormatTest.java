package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.evwb.core.project.Json;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Result files written before solutions were mapped with Jackson ({@code src/test/resources/results/}, written by
 * {@code evwb solve} of the earlier build) still read, get the verdict and objectives they were written with, and
 * are written again in exactly the same shape (QUBO runs: their statistics in today's shape and names); bad solutions are refused at their JSON path with the project files'
 * wording.
 */
class SolutionFormatTest {

    private final StudyRegistry registry = Studies.standard();
    private final ObjectMapper mapper = Json.newMapper();

    /** A result fixture with the project (a shipped sample, or the CLI test project) and configuration it was for. */
    private record Fixture(ResultFile file, Project project, String configId) { }

    private Fixture fixture(String name) throws Exception {
        ResultFile file = ResultFile.read(resource("/results/" + name), mapper);
        Project project = switch (name) {
            case "demo-greedy.json" -> new ProjectIO().load(resource("/cli/small.evwb.json"));
            case "motorway-fig7-paper-cpsat.json" -> ClasspathSamples.load("motorway-fig7.evwb.json");
            default -> ClasspathSamples.load(name.startsWith("motorway") ? "motorway-a4.evwb.json"
                    : "exchange-classroom.evwb.json");
        };
        return new Fixture(file, project, name.contains("fig7-paper") ? "fig7-paper" : null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"demo-greedy.json", "motorway-anneal.json", "motorway-cpsat.json", "motorway-qaoa.json",
            "motorway-fig7-paper-cpsat.json", "exchange-qubo.json", "exchange-gs.json"})
    void resultsWrittenBeforeReadWithTheirVerdictAndObjectivesAndWriteBackTheSame(String name) throws Exception {
        Fixture f = fixture(name);
        check(registry.study(f.file().report().study()).orElseThrow(), f);
    }

    private <I, S> void check(StudyDefinition<I, S> study, Fixture f) throws Exception {
        var config = f.configId() == null ? f.project().studyConfig(study.id()).orElse(null)
                : f.project().studyConfigById(f.configId()).orElseThrow();
        if (study.id().equals("exchange")) {
            // written when Table II's p_cpu = 0.1 was the exchange default: today that is the preset
            config = config.withPreset("table-ii-as-printed");
        }
        I in = study.buildInstance(f.project(), config);
        S s = study.solutionFromJson(in, f.file().solution(), mapper);
        List<Violation> v = study.checker().check(in, s);
        assertEquals(f.file().report().feasible(), v.isEmpty(), () -> "verdict as written: " + v);
        assertEquals(f.file().report().violations().size(), v.size());
        Map<String, Double> objectives = study.objectives(in, s);
        JsonNode again = mapper.readTree(mapper.writeValueAsString(study.solutionToJson(in, s, mapper)));
        again = withoutAddedSince(f.file().solution(), again);
        if (!f.file().solution().has("qubo")) {
            java.util.Set<String> added = new java.util.TreeSet<>(objectives.keySet());
            added.removeAll(f.file().report().objectives().keySet());
            assertTrue(objectives.keySet().containsAll(f.file().report().objectives().keySet()));
            assertTrue(added.stream().allMatch(SolutionFormatTest::addedSince), () -> "new figures: " + added);
            f.file().report().objectives().forEach((k, x) -> assertEquals(x, objectives.get(k), 1e-9 * Math.max(1,
                    Math.abs(x)), k));
            // the same JSON as the earlier hand-written writer produced, field for field
            assertEquals(f.file().solution(), again);
            return;
        }
        // A QUBO run of the earlier build: its statistics block had another shape and its figures other names. Every
        // figure it wrote reads back under today's name with the same value, except the few the old block did not
        // hold in a form that carries over (listed in NOT_CARRIED_OVER); the rest of the solution is written the same.
        f.file().report().objectives().forEach((k, x) -> {
            String now = currentName(k);
            if (NOT_CARRIED_OVER.contains(k)) {
                return;
            }
            assertTrue(objectives.containsKey(now), () -> k + " read back as " + now + ": " + objectives.keySet());
            assertEquals(x, objectives.get(now), 1e-9 * Math.max(1, Math.abs(x)), k);
        });
        ObjectNode before = f.file().solution().deepCopy();
        ObjectNode after = again.deepCopy();
        before.remove("qubo");
        after.remove("qubo");
        assertEquals(before, after);
        S reread = study.solutionFromJson(in, again, mapper);
        assertEquals(objectives, study.objectives(in, reread), "today's QUBO block reads back as written");
    }

    /**
     * Figures added since the fixtures were written: exchange's Theorem 1 per run (each base station's task and
     * bounds) and motorway's unscheduled EMVs and CP-SAT bound and gap.
     */
    private static boolean addedSince(String objective) {
        return objective.startsWith("theorem1") || objective.equals("unscheduledEmvs")
                || objective.equals("objectiveBound") || objective.equals("relativeGap");
    }

    /**
     * The written solution without the blocks added since {@code old} was written (exchange's {@code edgeTasks},
     * every base station's task with its Theorem 1 bounds), after checking they are there.
     */
    private static JsonNode withoutAddedSince(JsonNode old, JsonNode again) {
        ObjectNode copy = again.deepCopy();
        if (old.has("pairs") && !old.has("edgeTasks")) {
            assertTrue(copy.path("edgeTasks").isArray(), "every exchange result writes its edge tasks");
            copy.remove("edgeTasks");
        }
        return copy;
    }

    /** Figures of an earlier build's QUBO block that are not carried over (the old block lacked what they need). */
    private static final java.util.Set<String> NOT_CARRIED_OVER = java.util.Set.of(
            "quboPenalty",              // exchange's P: the old block's penalty is ignored; today it is quboPenaltyP
            "quboFeasibleReadShare");   // exchange: the old block's feasibleReads is ignored, so no histogram

    /** An objective's name in today's build ({@code QuboRunStats.toObjectives}). */
    private static String currentName(String old) {
        return switch (old) {
            case "reads" -> "quboReads";
            case "bestEnergy", "quboEnergy" -> "quboBestEnergy";
            case "conflictFreeReads" -> "quboFeasibleReads";
            case "conflictFreeShare" -> "quboFeasibleReadShare";
            default -> old.replaceFirst("^readsWith(\\d+)Conflicts$", "quboReadsWith$1Unresolved");
        };
    }

    private Problem refused(String name, Consumer<ObjectNode> edit) throws Exception {
        Fixture f = fixture(name);
        ObjectNode solution = f.file().solution().deepCopy();
        edit.accept(solution);
        return refused(registry.study(f.file().report().study()).orElseThrow(), f, solution);
    }

    private <I, S> Problem refused(StudyDefinition<I, S> study, Fixture f, JsonNode solution) throws Exception {
        I in = study.buildInstance(f.project(), f.project().studyConfig(study.id()).orElse(null));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> study.solutionFromJson(in, solution, mapper));
        assertEquals(1, e.problems().size(), e::getMessage);
        Problem p = e.problems().get(0);
        assertTrue(!p.message().contains("jackson") && !p.message().contains("Exception")
                && !p.message().contains("`"), "no Jackson wording: " + p);
        return p;
    }

    private static ObjectNode assignment(ObjectNode solution, int i) {
        return (ObjectNode) solution.withArray("/assignments").get(i);
    }

    @Test
    void mappingErrorsNameThePathUnderSolution() throws Exception {
        Problem text = refused("motorway-cpsat.json", s -> assignment(s, 3).put("startMin", "soon"));
        assertEquals("$.solution.assignments[3].startMin", text.path());
        assertTrue(text.message().contains("number"), text::toString);

        Problem missing = refused("motorway-cpsat.json", s -> assignment(s, 2).remove("endMin"));
        assertEquals("$.solution.assignments[2].endMin", missing.path());
        assertEquals("missing or null; write a number", missing.message());

        Problem noVehicle = refused("motorway-cpsat.json", s -> assignment(s, 1).remove("vehicle"));
        assertEquals("$.solution.assignments[1].vehicle", noVehicle.path());
        assertTrue(noVehicle.message().startsWith("missing; this field is required"), noVehicle::toString);

        Problem unknownField = refused("demo-greedy.json", s -> assignment(s, 0).put("stattion", "cs-north"));
        assertEquals("$.solution.assignments[0].stattion", unknownField.path());
        assertTrue(unknownField.message().startsWith("unknown field 'stattion'"), unknownField::toString);

        Problem status = refused("motorway-cpsat.json", s -> s.put("status", "splendid"));
        assertEquals("$.solution.status", status.path());
        assertTrue(status.message().contains("\"optimal\"") && status.message().contains("\"proved_infeasible\""),
                status::toString);

        Problem noPairs = refused("exchange-gs.json", s -> s.remove("pairs"));
        assertEquals("$.solution.pairs", noPairs.path());

        Problem quboBlock = refused("exchange-qubo.json", s -> ((ObjectNode) s.get("qubo")).put("reads", "many"));
        assertEquals("$.solution.qubo.reads", quboBlock.path());
        assertTrue(quboBlock.message().contains("whole number"), quboBlock::toString);

        Problem unknownTop = refused("demo-greedy.json", s -> s.removeAll().putArray("x"));
        assertEquals("$.solution.x", unknownTop.path());

        Fixture f = fixture("demo-greedy.json");
        Problem notAnObject = refused(registry.study("demo").orElseThrow(), f, mapper.readTree("[1, 2]"));
        assertEquals("$.solution", notAnObject.path());
        assertTrue(notAnObject.message().startsWith("found array; a solution is an object"), notAnObject::toString);
    }

    @Test
    void unknownIdsAreRefusedWithPathAndId() throws Exception {
        Problem vehicle = refused("motorway-anneal.json", s -> assignment(s, 4).put("vehicle", "ev99"));
        assertEquals("$.solution.assignments[4].vehicle", vehicle.path());
        assertTrue(vehicle.message().startsWith("unknown vehicle \"ev99\""), vehicle::toString);

        Problem station = refused("motorway-anneal.json", s -> assignment(s, 0).put("station", "mop9"));
        assertEquals("$.solution.assignments[0].station", station.path());
        assertTrue(station.message().contains("\"mop9\""), station::toString);

        Problem charger = refused("motorway-anneal.json", s -> assignment(s, 0).put("charger", "c7"));
        assertEquals("$.solution.assignments[0].charger", charger.path());
        assertTrue(charger.message().contains("\"c7\""), charger::toString);

        Problem seller = refused("exchange-qubo.json", s -> ((ObjectNode) s.withArray("/pairs").get(2))
                .put("seller", "ev42"));
        assertEquals("$.solution.pairs[2].seller", seller.path());
        assertTrue(seller.message().startsWith("unknown participant (base station or vehicle) \"ev42\""),
                seller::toString);

        Problem grid = refused("exchange-qubo.json", s -> ((ObjectNode) s.withArray("/gridTrades").get(0))
                .put("participant", "bs9"));
        assertEquals("$.solution.gridTrades[0].participant", grid.path());

        Problem demoStation = refused("demo-greedy.json", s -> assignment(s, 2).put("station", "cs-east"));
        assertEquals("$.solution.assignments[2].station", demoStation.path());
    }

    @Test
    void aDemoVehicleWithoutStationIsWrittenWithAnExplicitNullAndReadAsUnassigned() throws Exception {
        Fixture f = fixture("demo-greedy.json");
        var study = registry.study("demo").orElseThrow();
        ObjectNode solution = f.file().solution().deepCopy();
        assignment(solution, 1).putNull("station").remove("distanceKm"); // no station, no distance to report
        ((com.fasterxml.jackson.databind.node.ArrayNode) solution.get("assignments")).remove(2);
        readBack(study, f.project(), solution);
    }

    private <I, S> void readBack(StudyDefinition<I, S> study, Project project, JsonNode solution) throws Exception {
        I in = study.buildInstance(project, null);
        S s = study.solutionFromJson(in, solution, mapper);
        assertEquals(List.of("unassigned"), study.checker().check(in, s).stream().map(Violation::constraint)
                .distinct().toList(), "ev-2 and ev-3 are left without a station though chargers are free");
        JsonNode written = study.solutionToJson(in, s, mapper);
        assertTrue(written.at("/assignments/1").has("station") && written.at("/assignments/1/station").isNull(),
                written::toString);
        assertEquals(3, written.get("assignments").size(), "every vehicle is written, listed or not");
    }

    private static Path resource(String name) {
        try {
            return Path.of(SolutionFormatTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
