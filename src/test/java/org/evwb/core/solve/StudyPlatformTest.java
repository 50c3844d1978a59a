package org.evwb.core.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every registered study keeps, checked for each study of {@link Studies#standard()}: a new study is
 * covered by registering it. It has a sample project on which the instance builds; each solver runs briefly through
 * {@link OptimizerRunner} and its report carries the checker's verdict (recomputed here); the result file is written,
 * read back through the study's solution format and judged the same, with the same objectives; the parameters survive
 * a trip through a project file; each generator is reproducible and makes a project that loads and builds.
 */
class StudyPlatformTest {

    /** Long enough for every solver to give a solution on its sample, short enough to keep the suite quick. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private final StudyRegistry registry = Studies.standard();
    private final ObjectMapper mapper = Json.newMapper();
    private final ProjectIO io = new ProjectIO();
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicNode> everyRegisteredStudyKeepsTheContract() {
        assertFalse(registry.studies().isEmpty());
        return registry.studies().stream().map(s -> dynamicContainer(s.id(), tests(s)));
    }

    private <I, S> Stream<DynamicNode> tests(StudyDefinition<I, S> study) {
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest("sample project builds and passes the registry's checks", () -> sampleInstance(study)));
        for (SolverSpec<I, S> solver : study.solvers()) {
            tests.add(dynamicTest("solver " + solver.id(), () -> solve(study, solver)));
        }
        tests.add(dynamicTest("parameters round-trip through a project file", () -> parameters(study)));
        tests.add(dynamicTest("a result records its configuration and rebuilds it", () -> recorded(study)));
        assertFalse(study.generators().isEmpty(), study.id() + " registers a generator");
        for (GeneratorSpec g : study.generators()) {
            tests.add(dynamicTest("generator " + g.id(), () -> generator(study, g)));
        }
        return tests.stream();
    }

    private Project sample(StudyDefinition<?, ?> study) {
        return study.sampleProject().orElseThrow(() -> new AssertionError(study.id() + " has no sample project"));
    }

    private <I, S> I sampleInstance(StudyDefinition<I, S> study) throws Exception {
        Project p = sample(study);
        assertEquals(List.of(), registry.check(p).errors());
        I in = study.buildInstance(p, p.studyConfig(study.id()).orElse(null));
        assertNotNull(in);
        return in;
    }

    private <I, S> void solve(StudyDefinition<I, S> study, SolverSpec<I, S> solver) throws Exception {
        I in = sampleInstance(study);
        RunOutcome<S> out = runner.run(study, solver, solver.defaults(), in,
                new RunContext(1, TIME_LIMIT, RunListener.NONE));
        RunReport r = out.report();
        // a solver that refuses the sample (too many qubits, say) is a fault of the sample, not to be skipped
        assertTrue(r.status() == RunStatus.COMPLETED || r.status() == RunStatus.TIME_LIMIT,
                () -> solver.id() + ": " + r.status() + " " + r.error());
        assertNotNull(out.solution(), solver.id() + " gives a solution");
        List<Violation> verdict = study.checker().check(in, out.solution());
        assertEquals(verdict, r.violations(), "the report carries the checker's verdict");
        assertEquals(List.of(), verdict.stream().filter(v -> v.constraint().equals(ReportedFigures.CONSTRAINT))
                .toList(), "every figure the solver reports agrees with the checker's recomputation");
        assertEquals(verdict.isEmpty(), r.feasible());
        assertEquals(study.objectives(in, out.solution()), r.objectives());
        ObjectiveFormat format = ObjectiveFormat.of(study);
        assertEquals(List.of(), r.objectives().keySet().stream().filter(n -> format.declared(n).isEmpty()).toList(),
                "every objective has a spec declared by the study or the platform (no fallback)");

        Path file = dir.resolve(study.id() + "-" + solver.id() + ".json");
        new ResultFile(r, study.solutionToJson(in, out.solution(), mapper)).write(file, mapper);
        ResultFile back = ResultFile.read(file, mapper);
        assertEquals(study.id(), back.report().study());
        assertEquals(solver.id(), back.report().solver());
        S reread = study.solutionFromJson(in, back.solution(), mapper);
        assertEquals(verdict, study.checker().check(in, reread), "the re-read solution gets the same verdict");
        assertEquals(r.objectives(), study.objectives(in, reread), "and the same objectives");
        assertEquals(r.objectives(), back.report().objectives(), "objectives are written as they are");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void parameters(StudyDefinition<?, ?> study) throws Exception {
        StudyParameters params = study.parameters();
        Record defaults = params.defaults();
        Map<String, Object> written = params.toConfig(defaults);
        Project p = Project.empty("round trip").withStudies(List.of(new StudyConfig("c", study.id(), null,
                written)));
        Project back = io.read(io.toJson(p).getBytes(StandardCharsets.UTF_8), "round trip");
        assertEquals(defaults, params.from(back, back.studies().get(0)));
        assertEquals(List.of(), registry.check(back).errors());
        assertEquals(defaults, params.withOverrides(Map.of()));
    }

    /**
     * A result file records every parameter of the configuration it was solved with; read back, that recorded
     * configuration merges to the same parameters, without the project's configuration.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void recorded(StudyDefinition<?, ?> study) throws Exception {
        Project p = sample(study);
        StudyConfig config = p.studyConfig(study.id()).orElse(null);
        RunConfiguration rc = RunConfiguration.of(study, p, config);
        StudyParameters params = study.parameters();
        Record merged = params.from(p, config);
        long set = java.util.Arrays.stream(params.type().getRecordComponents()).filter(c -> {
            try {
                return c.getAccessor().invoke(merged) != null; // null (e.g. "the first motorway") is left out
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }).count();
        assertEquals(set, rc.parameters().size(), "every parameter");
        RunReport r = new RunReport(study.id(), "x", 1, Map.of(), java.time.Instant.EPOCH, RunStatus.COMPLETED, 0, 0,
                ComputeCarbon.estimate(1, 1, ComputeCarbon.Settings.DEFAULT), Map.of(), List.of(), null, rc);
        Path file = dir.resolve(study.id() + "-recorded.json");
        new ResultFile(r, mapper.createObjectNode()).write(file, mapper);
        RunConfiguration back = ResultFile.read(file, mapper).report().configuration();
        assertEquals(config == null ? null : config.id(), back.configId());
        assertEquals(List.of(), back.differences(rc));
        Project without = p.withStudies(List.of());
        assertEquals(params.from(p, config), params.from(without, back.toStudyConfig(study, file.toString())),
                "the recorded configuration alone gives the parameters it was solved with");
    }

    private void generator(StudyDefinition<?, ?> study, GeneratorSpec g) throws Exception {
        assertEquals(study, registry.studyOfGenerator(g.id()).orElseThrow());
        String a = io.toJson(g.generate(g.defaults(), 5, RunContext.of(5)).project());
        String b = io.toJson(g.generate(g.defaults(), 5, RunContext.of(5)).project());
        assertEquals(a, b, "same seed, same project");
        assertFalse(a.equals(io.toJson(g.generate(g.defaults(), 6, RunContext.of(6)).project())), "seed matters");
        Project p = io.read(a.getBytes(StandardCharsets.UTF_8), g.id());
        assertEquals(List.of(), registry.check(p).errors());
        assertEquals(List.of(), registry.check(p).notes(), "the recipe names this build's generator");
        assertEquals(1, p.recipesOf(g.id()).size());
        study.buildInstance(p, p.studyConfig(study.id()).orElse(null));
    }
}
