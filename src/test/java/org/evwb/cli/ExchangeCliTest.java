package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ResultFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evwb solve} on the London exchange sample writes pairs and flows; {@code evwb check} accepts them. */
class ExchangeCliTest {

    private final ObjectMapper mapper = Json.newMapper();

    @TempDir
    Path dir;

    static Path london() {
        String prop = System.getProperty("evwb.repo");
        Path repo = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        return repo.resolve("sample-projects/exchange-london.evwb.json");
    }

    private JsonNode solveAndCheck(String solver, String... extra) throws Exception {
        return solveAndCheck(london(), solver, extra);
    }

    private JsonNode solveAndCheck(Path project, String solver, String... extra) throws Exception {
        Path out = dir.resolve(solver + ".json");
        String[] args = new String[] {"solve", project.toString(), "--study", "exchange", "--solver", solver,
                "--out", out.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRunner.Run solve = run(all);
        assertEquals(0, solve.exitCode(), solve::toString);
        assertTrue(solve.out().contains("checker: feasible"), solve::toString);

        ResultFile result = ResultFile.read(out, mapper);
        assertTrue(result.report().feasible());
        assertEquals(0.0, result.report().objectives().get("brokenOnePartnerConstraints"));
        JsonNode sol = mapper.readTree(out.toFile()).path("solution");
        assertTrue(sol.path("pairs").size() > 30, "pairs written");
        JsonNode pair = sol.path("pairs").get(0);
        assertTrue(pair.path("buyer").isTextual() && pair.path("seller").isTextual()
                && pair.path("energyKWh").asDouble() > 0 && pair.path("flow").asText().matches("[TV]2[TV]"),
                pair::toString);
        assertTrue(sol.path("gridTrades").size() > 0, "sellers' remaining surplus goes to the grid");
        double peer = result.report().objectives().get("energyV2VKWh") + result.report().objectives()
                .get("energyT2TKWh") + result.report().objectives().get("energyT2VKWh")
                + result.report().objectives().get("energyV2TKWh");
        double pairsKWh = 0;
        for (JsonNode p : sol.path("pairs")) {
            pairsKWh += p.path("energyKWh").asDouble();
        }
        assertEquals(peer, pairsKWh, 1e-6, "the peer flows are the pairs' energy");

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("FEASIBLE: the independent checker found no violations"), check::toString);
        return sol;
    }

    @Test
    void galeShapleyOnLondon() throws Exception {
        solveAndCheck("gale-shapley");
    }

    /** The London sample with these exchange study parameters in its study configuration. */
    private Path londonWith(String parametersJson) throws Exception {
        return londonWith(null, parametersJson);
    }

    /** The London sample with this preset (null: none) and these parameters in its study configuration. */
    private Path londonWith(String preset, String parametersJson) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(london().toFile());
        var config = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("studies").get(0);
        config.set("parameters", mapper.readTree(parametersJson));
        if (preset != null) {
            config.put("preset", preset);
        }
        Path p = dir.resolve("london-p.evwb.json");
        mapper.writeValue(p.toFile(), root);
        return p;
    }

    /**
     * P = 10 is above every gain only with Table II's p_cpu (no BS–EV pair, V2V gains of a few units), so the
     * configuration takes that preset and sets P on top of it.
     */
    @Test
    void annealOnLondonWithThePenaltyAsAStudyParameter() throws Exception {
        JsonNode sol = solveAndCheck(londonWith("table-ii-as-printed", "{\"quboPenalty\": 10}"), "anneal",
                "--seed", "3",
                "--param", "reads=2", "--param", "sweeps=300");
        assertEquals("anneal", sol.path("qubo").path("sampler").asText());
        assertEquals(10.0, sol.path("qubo").path("penalties").path("P").asDouble());
        assertEquals(2, sol.path("qubo").path("reads").asLong());
        assertEquals(0, sol.path("qubo").path("brokenConstraints").size());
        assertTrue(sol.path("qubo").path("variables").asInt() > 1000);
        long histogram = 0;
        for (JsonNode c : sol.path("qubo").path("readsByUnresolved")) {
            histogram += c.path("reads").asLong();
        }
        assertEquals(2, histogram, "the per-read histogram covers both reads");
    }

    @Test
    void aBadSamplerParameterIsABadUsageNamingIt() {
        CliRunner.Run solve = run("solve", london().toString(), "--study", "exchange", "--solver", "anneal",
                "--param", "reeds=2");
        assertEquals(2, solve.exitCode(), solve::toString);
        assertTrue(solve.err().contains("reeds"), solve::toString);
    }

    @Test
    void theFormerQuboSolverIsGoneWithAMessageNamingTheSamplers() {
        CliRunner.Run solve = run("solve", london().toString(), "--study", "exchange", "--solver", "qubo");
        assertEquals(2, solve.exitCode(), solve::toString);
        assertTrue(solve.err().contains("anneal") && solve.err().contains("qaoa"), solve::toString);
    }

    /**
     * {@code --preset} on solve runs with the preset's parameters (Table II's p_cpu: no base station trades with an
     * EV), the default does (T2V flows), and check needs the same preset to agree; an unknown preset is a bad usage
     * naming the known ones, and {@code evwb studies} lists it.
     */
    @Test
    void thePresetTableIiAsPrintedRunsWithoutBaseStationEvTradesAndChecksWithTheSamePreset() throws Exception {
        solveAndCheck("optimal");
        ResultFile byDefault = ResultFile.read(dir.resolve("optimal.json"), mapper);
        assertTrue(byDefault.report().objectives().get("energyT2VKWh") > 0, "default: BSs sell to EVs");

        Path out = dir.resolve("printed.json");
        CliRunner.Run solve = run("solve", london().toString(), "--study", "exchange", "--solver", "optimal",
                "--preset", "Table II as printed", "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        assertTrue(solve.out().contains("preset Table II as printed"), solve::toString);
        ResultFile printed = ResultFile.read(out, mapper);
        assertEquals(0.0, printed.report().objectives().get("energyT2VKWh"));
        assertEquals(0.0, printed.report().objectives().get("energyV2TKWh"));
        assertTrue(printed.report().objectives().get("socialWelfare")
                < byDefault.report().objectives().get("socialWelfare"));

        CliRunner.Run same = run("check", london().toString(), out.toString(), "--preset", "table-ii-as-printed");
        assertEquals(0, same.exitCode(), same::toString);
        // the default run's T2V pairs are not acceptable with Table II's p_cpu: check with that preset says so
        CliRunner.Run other = run("check", london().toString(), dir.resolve("optimal.json").toString(), "--preset",
                "table-ii-as-printed");
        assertEquals(1, other.exitCode(), other::toString);
        assertTrue(other.out().contains("unacceptable-pair"), other::toString);

        CliRunner.Run unknown = run("solve", london().toString(), "--study", "exchange", "--solver", "optimal",
                "--preset", "table 3");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("unknown preset 'table 3'")
                && unknown.err().contains("table-ii-as-printed (\"Table II as printed\")"), unknown::toString);

        CliRunner.Run studies = run("studies");
        assertTrue(studies.out().contains("preset table-ii-as-printed") && studies.out().contains(
                "cpuCostPerM2 = 0.1"), studies::toString);
    }

    /** A project's study configuration selects the preset by id; a preset the study lacks is refused at its path. */
    @Test
    void aPresetInTheProjectFileIsUsedAndAnUnknownOneIsRefusedAtItsPath() throws Exception {
        Path printed = londonWith("table-ii-as-printed", "{}");
        Path out = dir.resolve("cfg.json");
        CliRunner.Run solve = run("solve", printed.toString(), "--study", "exchange", "--solver", "optimal",
                "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        assertEquals(0.0, ResultFile.read(out, mapper).report().objectives().get("energyT2VKWh"));
        CliRunner.Run check = run("check", printed.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);

        Path bad = londonWith("table-iii", "{}");
        CliRunner.Run validate = run("validate", bad.toString());
        assertEquals(2, validate.exitCode(), validate::toString);
        String all = validate.out() + validate.err();
        assertTrue(all.contains("$.studies[0].preset") && all.contains("unknown preset \"table-iii\"")
                && all.contains("table-ii-as-printed"), validate::toString);
    }

    /**
     * Theorem 1 in every result: the objectives carry each base station's task time and bounds, the solution writes
     * the tasks, and check flags a result whose task time was moved outside its bounds.
     */
    @Test
    void everyResultShowsAndChecksTheorem1() throws Exception {
        solveAndCheck("greedy");
        Path out = dir.resolve("greedy.json");
        ResultFile result = ResultFile.read(out, mapper);
        assertEquals(5.0, result.report().objectives().get("theorem1Tasks"));
        assertEquals(0.0, result.report().objectives().get("theorem1TasksOutsideBounds"));
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(out.toFile());
        var task = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("solution").path("edgeTasks").get(0);
        double upper = task.path("upperBoundSeconds").asDouble();
        assertEquals(result.report().objectives().get("theorem1UpperBoundSeconds[" + task.path("baseStation")
                .asText() + "]"), upper, 1e-9);
        task.put("taskSeconds", upper * 2 + 1);
        Path edited = dir.resolve("edited.json");
        mapper.writeValue(edited.toFile(), root);
        CliRunner.Run check = run("check", london().toString(), edited.toString());
        assertEquals(1, check.exitCode(), check::toString);
        assertTrue(check.out().contains("theorem1-bounds"), check::toString);
    }

    /**
     * A result the former {@code qubo} solver wrote (its solver id and parameters, and its {@code solution.qubo}
     * block of sampler, penalty, size, energy, broken constraints, reads and feasible reads) still checks.
     */
    @Test
    void aResultOfTheFormerQuboSolverStillChecks() throws Exception {
        solveAndCheck("anneal", "--seed", "3", "--param", "reads=2", "--param", "sweeps=300");
        Path out = dir.resolve("anneal.json");
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(out.toFile());
        root.put("solver", "qubo");
        root.set("parameters", mapper.readTree("{\"sampler\": \"anneal\", \"penalty\": 0.0, "
                + "\"samplerParameters\": \"reads=2, sweeps=300\", \"betaFromPenalty\": true}"));
        var solution = (com.fasterxml.jackson.databind.node.ObjectNode) root.path("solution");
        JsonNode now = solution.path("qubo");
        solution.set("qubo", mapper.readTree("{\"sampler\": \"anneal\", \"penalty\": "
                + now.path("penalties").path("P").asDouble() + ", \"variables\": " + now.path("variables").asInt()
                + ", \"couplers\": " + now.path("couplers").asInt() + ", \"energy\": "
                + now.path("bestEnergy").asDouble() + ", \"brokenConstraints\": [], \"reads\": 2, "
                + "\"feasibleReads\": 2}"));
        Path old = dir.resolve("old-qubo.json");
        mapper.writeValue(old.toFile(), root);
        CliRunner.Run check = run("check", london().toString(), old.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("solver qubo"), check::toString);
        assertTrue(check.out().contains("FEASIBLE: the independent checker found no violations"), check::toString);
    }
}
