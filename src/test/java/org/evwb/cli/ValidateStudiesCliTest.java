package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.evwb.core.study.PartialBuild;
import org.junit.jupiter.api.Test;

/**
 * {@code evwb validate} checks study configurations and generator recipes against the registry: what {@code solve}
 * would refuse, validate refuses first, at the same path; what this build does not know is a note.
 */
class ValidateStudiesCliTest {

    private static Path badStudy(String name) {
        try {
            return Path.of(ValidateStudiesCliTest.class.getResource("/bad-studies/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path sample(String name) {
        return Path.of(System.getProperty("evwb.repo", "."), "sample-projects", name);
    }

    @Test
    void aBadStudyParameterIsRefusedByValidateAndBySolveAtTheSamePath() {
        Path p = badStudy("study-enum-wrong.evwb.json");
        String expected = p + ": $.studies[0].parameters.model: \"stations\" is not a known value; write one of "
                + "\"charger\", \"station\"";
        CliRunner.Run validate = run("validate", p.toString());
        assertEquals(2, validate.exitCode(), validate::toString);
        assertTrue(validate.err().contains(expected), validate::toString);
        assertFalse(validate.out().contains("OK"), validate::toString);
        CliRunner.Run solve = run("solve", p.toString(), "--study", "motorway", "--solver", "greedy");
        assertEquals(2, solve.exitCode(), solve::toString);
        assertTrue(solve.err().contains(expected), solve::toString);
    }

    @Test
    void aBadRecipeIsRefusedWithItsPath() {
        Path p = badStudy("recipe-size-above-cap.evwb.json");
        CliRunner.Run validate = run("validate", p.toString());
        assertEquals(2, validate.exitCode(), validate::toString);
        assertTrue(validate.err().contains(p + ": $.generators[1].parameters.emvCount: 100000000 is above 10000"),
                validate::toString);
    }

    /** {@code validate} in a build without the edge study (which knows of it as planned). */
    private static CliRunner.Run validateWithoutEdge(Path file) {
        return run(env -> new CliEnvironment(env.out(), env.err(), PartialBuild.without("edge"), env.showProgress(),
                env.interrupts(), env.carbon()), "validate", file.toString());
    }

    @Test
    void studiesAndGeneratorsThisBuildDoesNotHaveAreNotesNotErrors() {
        CliRunner.Run edge = validateWithoutEdge(sample("edge-solar-day.evwb.json"));
        assertEquals(0, edge.exitCode(), edge::toString);
        assertTrue(edge.out().startsWith("OK: "), edge::toString);
        assertTrue(edge.out().contains("note: $.generators[0].generator: generator 'edge-tasks' is not part of this "
                + "build"), edge::toString);
        assertTrue(edge.out().contains("note: $.studies[0].study: study 'edge' is not part of this build"),
                edge::toString);

        CliRunner.Run combinedWithoutEdge = validateWithoutEdge(sample("combined.evwb.json"));
        assertEquals(0, combinedWithoutEdge.exitCode(), combinedWithoutEdge::toString);
        assertEquals(2, combinedWithoutEdge.out().lines().filter(l -> l.startsWith("note: ")).count(),
                combinedWithoutEdge::toString);

        for (String name : new String[] {"combined.evwb.json", "edge-solar-day.evwb.json", "motorway-fig7.evwb.json"}) {
            CliRunner.Run full = run("validate", sample(name).toString());
            assertEquals(0, full.exitCode(), full::toString);
            assertFalse(full.out().contains("note:"), "every configuration of " + name + " is checked: " + full);
        }
    }
}
