package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.evwb.core.project.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result file records the study configuration it was solved with, so {@code evwb check} needs no {@code --config}:
 * a strict-rule exchange result, solved with the project's second configuration, checks feasible without it. A
 * {@code --config} that differs from the recorded one is used, with a warning; a file without a recorded
 * configuration (older versions) is checked with the project's first one and says so.
 */
class RecordedConfigurationCliTest {

    private final ObjectMapper mapper = Json.newMapper();

    @TempDir
    Path dir;

    /** London with two exchange configurations: the default rule first, the strict rule second. */
    private Path londonWithStrictSecond() throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(ExchangeCliTest.london().toFile());
        ArrayNode studies = (ArrayNode) root.path("studies");
        ObjectNode strict = studies.addObject();
        strict.put("id", "strict").put("study", "exchange").put("name", "Paper's literal C1/C2");
        strict.putObject("parameters").put("acceptability", "strict_non_negative");
        Path p = dir.resolve("london-two.evwb.json");
        mapper.writeValue(p.toFile(), root);
        return p;
    }

    private Path solveStrict(Path project) {
        Path out = dir.resolve("strict.json");
        CliRunner.Run solve = run("solve", project.toString(), "--study", "exchange", "--solver", "optimal",
                "--config", "strict", "--out", out.toString());
        assertEquals(0, solve.exitCode(), solve::toString);
        return out;
    }

    /** Every registered study's sample: solved with its first solver, the result checks without --config. */
    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyStudysResultChecksWithoutConfig() {
        return org.evwb.core.study.Studies.standard().studies().stream().map(study ->
                org.junit.jupiter.api.DynamicTest.dynamicTest(study.id(), () -> {
                    Path project = dir.resolve(study.id() + ".evwb.json");
                    new org.evwb.core.project.ProjectIO().save(study.sampleProject().orElseThrow(), project);
                    Path out = dir.resolve(study.id() + "-result.json");
                    String solver = study.solvers().get(0).id();
                    CliRunner.Run solve = run("solve", project.toString(), "--study", study.id(), "--solver",
                            solver, "--time-limit", "10", "--out", out.toString());
                    assertTrue(solve.out().contains("configuration: "), solve::toString);
                    assertTrue(mapper.readTree(out.toFile()).path("configuration").path("parameters").isObject());
                    CliRunner.Run check = run("check", project.toString(), out.toString());
                    assertEquals(solve.exitCode(), check.exitCode(), check::toString);
                    assertTrue(check.out().contains("as recorded in the result"), check::toString);
                    assertEquals("", check.err(), "no warning, no note");
                }));
    }

    @Test
    void aStrictRuleResultChecksFeasibleWithoutConfig() throws Exception {
        Path project = londonWithStrictSecond();
        Path out = solveStrict(project);
        var json = mapper.readTree(out.toFile());
        assertEquals("strict", json.path("configuration").path("id").asText(), json::toPrettyString);
        assertEquals("strict_non_negative", json.path("configuration").path("parameters").path("acceptability")
                .asText(), json::toPrettyString);
        assertTrue(json.path("configuration").path("parameters").has("cpuCostPerM2"),
                "every parameter after the merge is recorded");

        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains("FEASIBLE"), check::toString);
        assertTrue(check.out().contains("configuration 'strict' as recorded in the result"), check::toString);
    }

    @Test
    void aDifferentConfigIsUsedWithAWarning() throws Exception {
        Path project = londonWithStrictSecond();
        Path out = solveStrict(project);
        CliRunner.Run check = run("check", project.toString(), out.toString(), "--config", "strict");
        assertEquals(0, check.exitCode(), check::toString);
        assertFalse(check.err().contains("warning"), check::toString);

        CliRunner.Run other = run("check", project.toString(), out.toString(), "--config", "exchange-london");
        assertTrue(other.err().contains("warning") && other.err().contains("'strict'")
                && other.err().contains("acceptability"), other::toString);
        assertTrue(other.out().contains("configuration 'exchange-london' (--config)"), other::toString);
    }

    @Test
    void anOlderResultWithoutConfigurationSaysWhichItAssumedAndStillTakesConfig() throws Exception {
        Path project = londonWithStrictSecond();
        Path out = solveStrict(project);
        ObjectNode json = (ObjectNode) mapper.readTree(out.toFile());
        json.remove("configuration");
        Path old = dir.resolve("old.json");
        mapper.writeValue(old.toFile(), json);

        CliRunner.Run assumed = run("check", project.toString(), old.toString());
        assertTrue(assumed.err().contains("records no configuration")
                && assumed.err().contains("'exchange-london'") && assumed.err().contains("--config"),
                assumed::toString);
        CliRunner.Run given = run("check", project.toString(), old.toString(), "--config", "strict");
        assertEquals(0, given.exitCode(), given::toString);
        assertTrue(given.out().contains("FEASIBLE"), given::toString);
    }

    @Test
    void aRecordedParameterThisBuildRefusesNamesTheResultFileAndItsPath() throws Exception {
        Path project = londonWithStrictSecond();
        Path out = solveStrict(project);
        ObjectNode json = (ObjectNode) mapper.readTree(out.toFile());
        ((ObjectNode) json.path("configuration").path("parameters")).put("acceptability", "sometimes");
        mapper.writeValue(out.toFile(), json);
        CliRunner.Run check = run("check", project.toString(), out.toString());
        assertEquals(2, check.exitCode(), check::toString);
        assertTrue(check.err().contains(out.toString()) && check.err().contains(
                "$.configuration.parameters.acceptability") && check.err().contains("--config"), check::toString);
    }
}
