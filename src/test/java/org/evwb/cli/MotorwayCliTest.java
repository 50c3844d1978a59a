package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evwb generate motorway} and {@code evwb solve/check} with the motorway study's QUBO solvers. */
class MotorwayCliTest {

    private final ObjectMapper mapper = Json.newMapper();

    @TempDir
    Path dir;

    private static Path a4() {
        return Path.of(System.getProperty("evwb.repo", "."), "sample-projects", "motorway-a4.evwb.json");
    }

    private void solveAndCheck(String solver, String... extra) throws Exception {
        Path out = dir.resolve(solver + ".json");
        String[] base = {"solve", a4().toString(), "--study", "motorway", "--solver", solver, "--seed", "3",
                "--out", out.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRunner.Run solve = run(args);
        assertEquals(0, solve.exitCode(), solve::toString);
        assertTrue(solve.out().contains("checker: feasible"), solve::toString);
        JsonNode result = mapper.readTree(out.toFile());
        JsonNode assignments = result.path("solution").path("assignments");
        assertEquals(5, assignments.size());
        for (JsonNode a : assignments) {
            for (String field : new String[] {"vehicle", "mode", "station", "charger", "startMin", "endMin"}) {
                assertFalse(a.path(field).isMissingNode(), field + " in " + a);
            }
            assertTrue(a.get("endMin").asDouble() > a.get("startMin").asDouble());
        }
        assertTrue(result.path("solution").path("qubo").path("readsByUnresolved").size() > 0);
        assertEquals(0.0, result.path("objectives").path("conflicts").asDouble());
        CliRunner.Run check = run("check", a4().toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("FEASIBLE: the independent checker found no violations"), check::toString);
    }

    @Test
    void annealOnTheA4PresetWritesACheckedSchedule() throws Exception {
        solveAndCheck("anneal", "--param", "reads=50");
        JsonNode q = mapper.readTree(dir.resolve("anneal.json").toFile()).path("solution").path("qubo");
        assertEquals(36, q.path("variables").asInt(), "GCM: 18 options x 2 chargers");
        assertEquals(50, q.path("reads").asLong());
    }

    /** A result written before the statistics took one shape for every study (model, conflictsPerRead, weightA/B). */
    @Test
    void aResultWithTheFormerStatisticsStillChecks() throws Exception {
        solveAndCheck("anneal", "--param", "reads=50");
        Path out = dir.resolve("anneal.json");
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(out.toFile());
        var q = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("solution").path("qubo");
        q.set("model", q.remove("encoding"));
        q.set("conflictsPerRead", q.remove("readsByUnresolved"));
        q.remove("penalties");
        q.put("weightA", 1.0).put("weightB", 1.0);
        Path old = dir.resolve("old-anneal.json");
        mapper.writeValue(old.toFile(), root);
        CliRunner.Run check = run("check", a4().toString(), old.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("FEASIBLE"), check::toString);
        assertTrue(check.out().contains("Reads with 0 unresolved constraints"), "the old histogram is read: " + check);
    }

    @Test
    void qaoaOnTheA4PresetUsesEighteenQubitsAndReportsProbabilities() throws Exception {
        solveAndCheck("qaoa", "--param", "maxEvaluations=40", "--param", "shots=2000");
        JsonNode result = mapper.readTree(dir.resolve("qaoa.json").toFile());
        JsonNode q = result.path("solution").path("qubo");
        assertEquals(18, q.path("variables").asInt());
        assertTrue(q.path("higherOrderTerms").asInt() > 0);
        double sum = 0;
        for (JsonNode level : q.path("qaoa").path("levels")) {
            sum += level.path("probability").asDouble();
        }
        assertEquals(1.0, sum, 1e-9);
        double pf = result.path("objectives").path("qaoaProbabilityFeasible").asDouble();
        assertTrue(pf > 0 && pf < 1, "feasible-state probability " + pf);
    }

    @Test
    void generateWritesAValidFeasibleProjectTheSameForTheSameSeed() throws Exception {
        Path a = dir.resolve("a.evwb.json");
        Path b = dir.resolve("b.evwb.json");
        CliRunner.Run gen = run("generate", "motorway", "--seed", "7", "--emvs", "12", "--length-km", "80",
                "--stations", "3", "--min-chargers", "2", "--max-chargers", "2", "--modes", "4", "--out", a.toString());
        assertEquals(0, gen.exitCode(), gen::toString);
        assertTrue(gen.out().contains("12 EMVs") && gen.out().contains("3 stations with 6 chargers"), gen::toString);
        assertTrue(gen.out().contains("conflict-free"), gen::toString);
        // the same parameters spelt as --param NAME=VALUE with the record's own names
        assertEquals(0, run("generate", "motorway", "--seed", "7", "--param", "emvCount=12", "--param",
                "lengthKm=80", "--param", "stationCount=3", "--min-chargers=2", "--max-chargers", "2",
                "--mode-count", "4", "--out", b.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same seed and options, same file");

        Project p = new ProjectIO().load(a);
        assertEquals(12, p.fleet().vehicles().size());
        assertEquals(80, p.infrastructure().motorways().get(0).lengthKm());
        assertTrue(p.infrastructure().chargingStations().stream().allMatch(s -> s.chargers().size() == 2));
        assertTrue(p.fleet().vehicleTypes().stream().allMatch(t -> t.drivingModes().size() == 4));
        assertEquals(0, run("validate", a.toString()).exitCode());
        CliRunner.Run solve = run("solve", a.toString(), "--study", "motorway", "--solver", "cpsat");
        assertEquals(0, solve.exitCode(), solve::toString);
    }

    @Test
    void generateRejectsBadOptionsWithExitTwo() throws Exception {
        Path out = dir.resolve("x.evwb.json");
        CliRunner.Run minMax = run("generate", "motorway", "--emvs", "5", "--min-chargers", "4", "--out",
                out.toString());
        assertEquals(2, minMax.exitCode(), minMax::toString);
        assertTrue(minMax.err().contains("--min-chargers: not accepted: bad motorway generator parameters: "
                + "maxChargers (3) must be at least minChargers (4)"), minMax::toString);
        CliRunner.Run huge = run("generate", "motorway", "--emvs", "100000000", "--out", out.toString());
        assertEquals(2, huge.exitCode(), huge::toString);
        assertTrue(huge.err().contains("--emvs: 100000000 is above 10000; it must be at most 10000"), huge::toString);
        CliRunner.Run unknown = run("generate", "hydrogen", "--emvs", "5", "--out", out.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown study 'hydrogen'") && unknown.err().contains("motorway"),
                unknown::toString);
        CliRunner.Run ext = run("generate", "motorway", "--emvs", "5", "--out", dir.resolve("x.json").toString());
        assertEquals(2, ext.exitCode());
        CliRunner.Run bad = run("generate", "motorway", "--emvs", "0", "--out", out.toString());
        assertEquals(2, bad.exitCode(), bad::toString);
        assertFalse(Files.exists(out), "nothing written on bad input");
        Files.writeString(out, "keep me");
        CliRunner.Run exists = run("generate", "motorway", "--emvs", "5", "--out", out.toString());
        assertEquals(2, exists.exitCode());
        assertTrue(exists.err().contains("--force"), exists::toString);
        assertEquals("keep me", Files.readString(out));
        assertEquals(0, run("generate", "motorway", "--emvs", "5", "--out", out.toString(), "--force").exitCode());
        assertEquals(5, new ProjectIO().load(out).fleet().vehicles().size());
    }
}
