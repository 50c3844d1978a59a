package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evwb generate} for every registered study, with nothing in the command that knows a study. */
class GenerateCliTest {

    private final StudyRegistry registry = Studies.standard();
    private final ProjectIO io = new ProjectIO();

    @TempDir
    Path dir;

    @Test
    void everyGeneratorWritesAValidReproducibleProjectThatRecordsItsRecipe() throws Exception {
        int generators = 0;
        for (StudyDefinition<?, ?> study : registry.studies()) {
            for (GeneratorSpec g : study.generators()) {
                generators++;
                Path a = dir.resolve(g.id() + "-a" + ProjectIO.EXTENSION);
                Path b = dir.resolve(g.id() + "-b" + ProjectIO.EXTENSION);
                Path c = dir.resolve(g.id() + "-c" + ProjectIO.EXTENSION);
                CliRunner.Run gen = run("generate", study.id(), "--generator", g.id(), "--seed", "11", "--out",
                        a.toString());
                assertEquals(0, gen.exitCode(), gen::toString);
                assertTrue(gen.out().startsWith("wrote " + a + ": "), gen::toString);
                assertEquals(0, run("generate", study.id(), "--generator", g.id(), "--seed", "11", "--out", b.toString())
                        .exitCode());
                assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), g.id() + ": same seed, same file");
                assertEquals(0, run("generate", study.id(), "--generator", g.id(), "--seed", "12", "--out", c.toString())
                        .exitCode());
                assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), g.id() + ": seed matters");

                Project p = io.load(a);
                List<GeneratorRecipe> recipes = p.recipesOf(g.id());
                assertEquals(1, recipes.size(), g.id() + ": the recipe is recorded");
                GeneratorRecipe r = recipes.get(0);
                assertEquals(11, r.seed());
                Set<String> every = new TreeSet<>(RecordValues.toMap(g.defaults()).keySet());
                assertEquals(every, new TreeSet<>(r.parameters().keySet()), "every parameter is in the recipe");
                // the recipe makes the same project again
                Project again = registry.run(p, r, RunContext.of(0)).project();
                assertEquals(Files.readString(a), io.toJson(again), g.id() + ": the recipe regenerates the file");

                CliRunner.Run validate = run("validate", a.toString());
                assertEquals(0, validate.exitCode(), validate::toString);
                assertFalse(validate.out().contains("note:"), validate::toString);
                String solver = study.solvers().get(0).id();
                CliRunner.Run solve = run("solve", a.toString(), "--study", study.id(), "--solver", solver);
                assertEquals(0, solve.exitCode(), solve::toString);
            }
        }
        assertTrue(generators >= registry.studies().size(), "every study has a generator");
    }

    @Test
    void listShowsEveryGeneratorWithEachParameterAsAnOptionWithItsDefault() {
        CliRunner.Run list = run("generate", "--list");
        assertEquals(0, list.exitCode(), list::toString);
        for (StudyDefinition<?, ?> study : registry.studies()) {
            assertTrue(list.out().contains(study.id() + " — "), study.id());
            for (GeneratorSpec g : study.generators()) {
                assertTrue(list.out().contains("generator " + g.id()), g.id());
                for (RecordValues.Field f : RecordValues.fields(g.defaults())) {
                    String option = "--" + GenerateCommand.kebabCase(f.name()) + " " + f.defaultValue();
                    assertTrue(list.out().contains(option), () -> option + " in\n" + list.out());
                    // the listed option really sets the parameter
                    assertEquals(f.name(), RecordValues.nameOf(g.type(), GenerateCommand.camelCase(
                            GenerateCommand.kebabCase(f.name()))).orElseThrow());
                }
            }
        }
        assertTrue(list.out().contains("--emv-count 10 (or --emvs)"), list::toString);
    }

    @Test
    void kebabOptionsAndParamAreTheSameParameter() throws Exception {
        Path a = dir.resolve("a" + ProjectIO.EXTENSION);
        Path b = dir.resolve("b" + ProjectIO.EXTENSION);
        assertEquals(0, run("generate", "exchange", "--ev-count", "7", "--bs-count=2", "--center-lon-deg", "-0.1",
                "--out", a.toString()).exitCode());
        assertEquals(0, run("generate", "exchange", "--param", "evCount=7", "--param", "bsCount=2", "--param",
                "centerLonDeg=-0.1", "--out", b.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Project p = io.load(a);
        assertEquals(7, p.fleet().vehicles().size());
        assertEquals(2, p.infrastructure().baseStations().size());
        assertTrue(p.fleet().vehicles().stream().allMatch(v -> Math.abs(v.position().lonDeg() + 0.1) < 0.03));
    }

    @Test
    void badUsageExitsTwoAndWritesNothing() {
        Path out = dir.resolve("x" + ProjectIO.EXTENSION);
        CliRunner.Run noStudy = run("generate", "--out", out.toString());
        assertEquals(2, noStudy.exitCode(), noStudy::toString);
        assertTrue(noStudy.err().contains("name a study"), noStudy::toString);
        CliRunner.Run noGenerator = run("generate", "demo", "--generator", "nope", "--out", out.toString());
        assertEquals(2, noGenerator.exitCode(), noGenerator::toString);
        assertTrue(noGenerator.err().contains("has no generator 'nope'; it has demo"), noGenerator::toString);
        CliRunner.Run noOut = run("generate", "demo");
        assertEquals(2, noOut.exitCode(), noOut::toString);
        assertTrue(noOut.err().contains("--out is needed"), noOut::toString);
        CliRunner.Run stray = run("generate", "demo", "extra", "--out", out.toString());
        assertEquals(2, stray.exitCode(), stray::toString);
        assertTrue(stray.err().contains("unexpected argument 'extra'"), stray::toString);
        CliRunner.Run noValue = run("generate", "demo", "--out", out.toString(), "--vehicles");
        assertEquals(2, noValue.exitCode(), noValue::toString);
        assertTrue(noValue.err().contains("--vehicles needs a value"), noValue::toString);
        CliRunner.Run typo = run("generate", "demo", "--vehicels", "3", "--out", out.toString());
        assertEquals(2, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("--vehicels: unknown parameter 'vehicels'; did you mean 'vehicles'?"),
                typo::toString);
        CliRunner.Run text = run("generate", "demo", "--vehicles", "many", "--out", out.toString());
        assertEquals(2, text.exitCode(), text::toString);
        assertTrue(text.err().contains("--vehicles: found the text \"many\"; write a whole number"), text::toString);
        assertFalse(Files.exists(out), "nothing written on bad input");
    }

    @Test
    void nameReplacesTheGeneratorsProjectName() throws Exception {
        Path out = dir.resolve("named" + ProjectIO.EXTENSION);
        assertEquals(0, run("generate", "demo", "--vehicles", "4", "--name", "Four cars", "--out", out.toString())
                .exitCode());
        Project p = io.load(out);
        assertEquals("Four cars", p.name());
        assertEquals(4, p.fleet().vehicles().size());
    }
}
