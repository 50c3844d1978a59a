package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.GeneratorRecipe;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.Studies;
import org.evwb.core.study.demo.DemoGenerator;
import org.evwb.core.study.demo.DemoStudy;
import org.junit.jupiter.api.Test;

/** Generators found across studies, recipes looked up in projects and run, and ids kept unique. */
class StudyRegistryTest {

    private final StudyRegistry registry = Studies.standard();

    @Test
    void generatorsAreFoundByIdWhicheverStudyRegisteredThem() {
        for (StudyDefinition<?, ?> s : registry.studies()) {
            for (GeneratorSpec g : s.generators()) {
                assertEquals(g.id(), registry.generator(g.id()).orElseThrow().id());
                assertEquals(s, registry.studyOfGenerator(g.id()).orElseThrow());
            }
        }
        assertTrue(registry.generator("hydrogen-days").isEmpty());
        assertEquals(List.of("demo", "exchange", "motorway", "edge-tasks", "v2g-fleet", "v2g-market-day", "netzero-highway"),
                registry.generatorIds());
    }

    @Test
    void aGeneratorIdUsedByTwoStudiesIsRefused() {
        StudyDefinition<?, ?> copy = new DemoStudyWithAnotherId();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StudyRegistry().register(new DemoStudy()).register(copy));
        assertTrue(e.getMessage().contains("generator id demo of study demo-copy is already registered by study "
                + "demo"), e.getMessage());
    }

    /** The demo study under another id, so only its generator's id clashes. */
    private static final class DemoStudyWithAnotherId extends ForwardingStudy {
        DemoStudyWithAnotherId() {
            super(new DemoStudy());
        }

        @Override
        public String id() {
            return "demo-copy";
        }
    }

    @Test
    void aRecipeOfAProjectRunsAgainAndGivesTheSameProject() throws Exception {
        GeneratorSpec g = registry.generator(DemoGenerator.ID).orElseThrow();
        Record params = g.withOverrides(Map.of("vehicles", "7", "stations", 2));
        Project made = g.generate(params, 42, RunContext.of(42)).project();
        GeneratorRecipe recipe = made.recipe(DemoGenerator.ID).orElseThrow();
        assertEquals(List.of(recipe), made.recipesOf(DemoGenerator.ID));
        assertEquals("$.generators[0]", made.jsonPathOf(recipe));
        assertEquals(42, recipe.seed());
        assertEquals(7, recipe.parameters().get("vehicles"));
        ProjectIO io = new ProjectIO();
        assertEquals(io.toJson(made), io.toJson(registry.run(made, recipe, RunContext.of(0)).project()));
        assertEquals(7, made.fleet().vehicles().size());
    }

    @Test
    void runningARecipeThisBuildCannotRunNamesItsPath() {
        Project p = Project.empty("p").withGenerators(List.of(
                new GeneratorRecipe("days", "hydrogen-days", 1, Map.of()),
                new GeneratorRecipe("d", DemoGenerator.ID, 1, Map.of("vehicles", -1))));
        Problem unknown = assertThrows(ProjectFileException.class,
                () -> registry.run(p, p.generators().get(0), RunContext.of(1))).problems().get(0);
        assertEquals("$.generators[0].generator", unknown.path());
        assertTrue(unknown.message().startsWith("unknown generator 'hydrogen-days'; this build has demo"),
                unknown::toString);
        Problem bad = assertThrows(ProjectFileException.class,
                () -> registry.run(p, p.generators().get(1), RunContext.of(1))).problems().get(0);
        assertEquals("$.generators[1].parameters.vehicles", bad.path());
    }

    @Test
    void generateRefusesSizesAboveTheCapEvenForARecordBuiltInCode() {
        GeneratorSpec g = registry.generator(DemoGenerator.ID).orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.generate(
                new DemoGenerator.Parameters(1_000_000, 5, 3, 10, 19, 50), 1, RunContext.of(1)));
        assertTrue(e.getMessage().contains("vehicles: 1000000 is above 100000"), e.getMessage());
    }
}
