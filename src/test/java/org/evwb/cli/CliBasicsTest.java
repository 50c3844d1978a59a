package org.evwb.cli;

import static org.evwb.cli.CliRunner.resource;
import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, studies, --help, --version and picocli's own usage errors. */
class CliBasicsTest {

    @TempDir
    Path dir;

    @Test
    void validateAcceptsAGoodProjectAndCountsItsEntities() {
        Path p = resource("small.evwb.json");
        CliRunner.Run r = run("validate", p.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("OK: 6 entities (2 charging stations, 1 vehicle type, 3 vehicles), 1 study (demo-1: demo) in "
                + p + System.lineSeparator(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateListsEveryProblemWithFileAndJsonPath() {
        Path p = resource("malformed.evwb.json");
        CliRunner.Run r = run("validate", p.toString());
        assertEquals(2, r.exitCode(), r::toString);
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith(p + ": $.infrastructure.chargingStations[0].chargers[0].powerKW: "),
                r::toString);
        assertTrue(lines.get(1).startsWith(p + ": $.fleet.vehicles[0].typeId: unknown vehicle type \"van\""),
                r::toString);
        assertEquals("", r.out(), "nothing on stdout for a bad project");
    }

    @Test
    void validateReportsBrokenJsonAndMissingFilesAsBadInput() throws IOException {
        Path broken = dir.resolve("broken.evwb.json");
        Files.writeString(broken, "{\"format\": \"evwb-project\", \"version\": 1,\n  \"name\": }");
        CliRunner.Run r = run("validate", broken.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith(broken + ": $.name: line 2, column 11: not valid JSON"), r::toString);

        Path wrongType = dir.resolve("wrong.evwb.json");
        Files.writeString(wrongType, "{\"format\": \"evwb-project\", \"version\": 1, \"fleet\": {\"vehicles\": 3}}");
        r = run("validate", wrongType.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(wrongType + ": $.fleet.vehicles: "), r::toString);

        Path missing = dir.resolve("nowhere.evwb.json");
        r = run("validate", missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains(missing + ": $: the file does not exist"), r::toString);
    }

    @Test
    void studiesListsEverySolverWithItsParameterDefaults() {
        CliRunner.Run r = run("studies");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("demo — "), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("greedy ")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("local-search ")), r::toString);
        assertTrue(r.out().contains("maxRounds = 1000, pauseMillisPerStep = 0"), r::toString);
    }

    @Test
    void studiesListsEachStudysParametersAndGenerators() {
        CliRunner.Run r = run("studies");
        assertEquals(0, r.exitCode(), r::toString);
        var registry = org.evwb.core.study.Studies.standard();
        for (var study : registry.studies()) {
            String block = r.out().substring(r.out().indexOf(study.id() + " — "));
            for (var f : org.evwb.core.project.RecordValues.fields(study.parameters().defaults())) {
                assertTrue(block.contains(f.name() + " = " + f.defaultValue()), () -> f.name() + "\n" + r);
            }
            for (var g : study.generators()) {
                assertTrue(block.lines().anyMatch(l -> l.trim().startsWith(g.id() + " ")), () -> g.id() + "\n" + r);
            }
        }
        assertTrue(r.out().contains("model = charger, stationRule = exact_capacity"), r::toString);
    }

    @Test
    void versionAndHelpExitZero() {
        CliRunner.Run v = run("--version");
        assertEquals(0, v.exitCode(), v::toString);
        assertTrue(v.out().startsWith("EV Energy Workbench "), v::toString);

        CliRunner.Run h = run("--help");
        assertEquals(0, h.exitCode(), h::toString);
        for (String cmd : List.of("validate", "solve", "check", "studies")) {
            assertTrue(h.out().lines().anyMatch(l -> l.trim().startsWith(cmd + " ")), () -> cmd + "\n" + h);
        }
        assertTrue(h.out().contains("Exit codes: 0 success"), h::toString);

        CliRunner.Run sh = run("solve", "--help");
        assertEquals(0, sh.exitCode(), sh::toString);
        assertTrue(sh.out().contains("--time-limit=S"), sh::toString);
    }

    @Test
    void picocliUsageErrorsExitTwo() {
        CliRunner.Run unknownOption = run("validate", "--frobnicate", "x.evwb.json");
        assertEquals(2, unknownOption.exitCode(), unknownOption::toString);
        assertTrue(unknownOption.err().contains("--frobnicate"), unknownOption::toString);

        CliRunner.Run unknownCommand = run("solv");
        assertEquals(2, unknownCommand.exitCode(), unknownCommand::toString);
        assertTrue(unknownCommand.err().contains("solve"), "suggests the near miss: " + unknownCommand);

        CliRunner.Run missingOption = run("solve", resource("small.evwb.json").toString(), "--study", "demo");
        assertEquals(2, missingOption.exitCode(), missingOption::toString);
        assertTrue(missingOption.err().contains("--solver"), missingOption::toString);

        CliRunner.Run badNumber = run("solve", "p.json", "--study", "demo", "--solver", "greedy", "--seed", "abc");
        assertEquals(2, badNumber.exitCode(), badNumber::toString);
        assertTrue(badNumber.err().contains("--seed"), badNumber::toString);

        CliRunner.Run noCommand = run("--seed");
        assertEquals(2, noCommand.exitCode(), noCommand::toString);
    }

    /** Every shipped sample project loads cleanly (once samples exist in this tree). */
    @Test
    void everySampleProjectValidates() throws IOException {
        Path samples = Path.of(System.getProperty("evwb.repo", "."), "sample-projects");
        List<Path> projects;
        try (Stream<Path> files = Files.exists(samples) ? Files.walk(samples) : Stream.empty()) {
            projects = files.filter(f -> f.getFileName().toString().endsWith(".evwb.json")).sorted().toList();
        }
        assertTrue(projects.size() >= 6, "the shipped samples are in " + samples);
        for (Path p : projects) {
            CliRunner.Run r = run("validate", p.toString());
            assertEquals(0, r.exitCode(), () -> p + "\n" + r);
            assertFalse(r.out().isBlank(), r::toString);
        }
    }

    @Test
    void quboCommandsAreReachableFromTheTopLevel() throws IOException {
        Path coo = dir.resolve("tiny.coo");
        // E(x) = -x0 - x1 + 3 x0 x1: the ground states are 10 and 01 with energy -1.
        Files.writeString(coo, "# vartype=BINARY\n0 0 -1\n1 1 -1\n0 1 3\n");
        CliRunner.Run r = run("qubo", "solve", coo.toString(), "--sampler", "exact");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("-1"), r::toString);
        assertEquals(2, run("qubo", "solve", coo.toString(), "--sampler", "no-such").exitCode());
    }

    @Test
    void quboWithoutASubcommandIsBadUsageWithTheUsageOnStderr() {
        CliRunner.Run r = run("qubo");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.out(), r::toString);
        assertTrue(r.err().startsWith("evwb qubo: a subcommand is needed"), r::toString);
        assertTrue(r.err().contains("Usage: evwb qubo"), r::toString);
        assertTrue(r.err().contains("solve"), r::toString);
        assertEquals(0, run("qubo", "--help").exitCode(), "asking for the usage is not an error");
    }
}
