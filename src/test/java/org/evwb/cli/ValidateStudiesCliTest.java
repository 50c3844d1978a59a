package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
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

    @Test
    void studiesAndGeneratorsThisBuildDoesNotHaveAreNotesNotErrors() {
        CliRunner.Run v2g = run("validate", sample("v2g-fleet.evwb.json").toString());
        assertEquals(0, v2g.exitCode(), v2g::toString);
        assertTrue(v2g.out().startsWith("OK: "), v2g::toString);
        assertTrue(v2g.out().contains("note: $.studies[0].study: study 'v2g' is not part of this build"),
                v2g::toString);
        CliRunner.Run edge = run("validate", sample("edge-solar-day.evwb.json").toString());
        assertEquals(0, edge.exitCode(), edge::toString);
        assertFalse(edge.out().contains("note:"), "the edge study and its task recipe are checked: " + edge);

        CliRunner.Run combined = run("validate", sample("combined.evwb.json").toString());
        assertEquals(0, combined.exitCode(), combined::toString);
        assertEquals(2, combined.out().lines().filter(l -> l.startsWith("note: ")).count(), combined::toString);

        CliRunner.Run fig7 = run("validate", sample("motorway-fig7.evwb.json").toString());
        assertEquals(0, fig7.exitCode(), fig7::toString);
        assertFalse(fig7.out().contains("note:"), "every configuration of fig7 is checked: " + fig7);
    }
}
