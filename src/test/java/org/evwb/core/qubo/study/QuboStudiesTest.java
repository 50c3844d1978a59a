package org.evwb.core.qubo.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.Test;

/**
 * Every {@link QuboStudy} of {@code Studies.standard()} offers the six sampler ids (or its own solver under an id),
 * and each runs on the study's small instance through {@link OptimizerRunner} with the checker. The statistics of
 * every sampler run are recomputed from a second, independent run of the same sampler with the same seed: the best
 * read decoded into the solution, the histogram over every read, the broken constraints as {@code Qubo.decode} names
 * them. A new QUBO study is covered by registering it (and giving it a sample project).
 */
class QuboStudiesTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);

    /** Short runs: the point is the contract, not the quality. */
    private static final Map<String, Map<String, Object>> BRIEF = Map.of(
            "anneal", Map.of("reads", 20, "sweeps", 300),
            "tabu", Map.of("restarts", 3, "timeLimitSeconds", 2.0),
            "exact", Map.of("threads", 1),
            "cpsat", Map.of("timeLimitSeconds", 20.0, "workers", 1),
            "random", Map.of("reads", 200),
            "qaoa", Map.of("layers", 1, "shots", 200, "maxEvaluations", 20));

    static List<QuboStudy<?, ?>> quboStudies() {
        return Studies.standard().studies().stream().filter(QuboStudy.class::isInstance)
                .<QuboStudy<?, ?>>map(QuboStudy.class::cast).toList();
    }

    /** The study's sample project, or the smallest {@code sample-projects/<id>-*.evwb.json} of the repository. */
    static Project smallProject(StudyDefinition<?, ?> study) throws IOException {
        if (study.sampleProject().isPresent()) {
            return study.sampleProject().get();
        }
        String prop = System.getProperty("evwb.repo");
        Path repo = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        try (Stream<Path> files = Files.list(repo.resolve("sample-projects"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(study.id() + "-"))
                    .min(java.util.Comparator.comparingLong(f -> f.toFile().length()))
                    .orElseThrow(() -> new AssertionError("study " + study.id() + " has no sample project"));
            try {
                return new ProjectIO().load(p);
            } catch (org.evwb.core.project.ProjectFileException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void thereAreQuboStudiesAndEachOffersTheSixSamplerIds() {
        assertTrue(quboStudies().size() >= 2, "motorway and exchange are QUBO studies");
        Samplers engine = new Samplers();
        for (QuboStudy<?, ?> study : quboStudies()) {
            List<String> ids = study.solvers().stream().map(SolverSpec::id).toList();
            assertTrue(ids.containsAll(QuboSolvers.IDS), study.id() + ": " + ids);
            assertEquals(ids.size(), ids.stream().distinct().count(), study.id() + " lists an id twice: " + ids);
            for (String id : QuboSolvers.IDS) {
                Record d = study.solver(id).orElseThrow().defaults();
                Record engineDefaults = engine.byId(id).orElseThrow().defaults();
                // either the sampler (the engine's parameters record) or the study's own replacement
                assertTrue(d.getClass() == engineDefaults.getClass() || !isSampler(study, id),
                        study.id() + "/" + id + " takes " + d.getClass().getSimpleName());
            }
        }
    }

    /** True when the study's solver under {@code id} is the sampler one (not its own replacement). */
    private static boolean isSampler(QuboStudy<?, ?> study, String id) {
        return QuboSolvers.of(study.quboFormulation()).stream().anyMatch(s -> s.id().equals(id)
                && s.description().equals(study.solver(id).orElseThrow().description()));
    }

    @Test
    void anOwnSolverReplacesTheSamplerWithItsId() {
        QuboFormulation<String, String> f = new QuboFormulation<>() {
            @Override
            public String title() {
                return "test QUBO";
            }

            @Override
            public QuboEncoding<String> encode(String instance) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String withStats(String solution, QuboRunStats stats) {
                return solution;
            }

            @Override
            public java.util.Optional<QuboRunStats> stats(String solution) {
                return java.util.Optional.empty();
            }
        };
        SolverSpec<String, String> own = SolverSpec.of("cpsat", "the study's own", new Own(), p -> null);
        List<SolverSpec<String, String>> all = QuboSolvers.withSamplers(List.of(own), f);
        assertEquals(List.of("cpsat", "anneal", "tabu", "exact", "random", "qaoa"),
                all.stream().map(SolverSpec::id).toList());
        assertEquals("the study's own", all.get(0).description());
    }

    record Own() { }

    @Test
    void everySolverOfEveryQuboStudyRunsOnItsSmallInstanceThroughTheChecker() throws Exception {
        for (QuboStudy<?, ?> study : quboStudies()) {
            runAll(study);
        }
    }

    private <I, S> void runAll(QuboStudy<I, S> study) throws Exception {
        Project project = smallProject(study);
        I in = study.buildInstance(project, project.studyConfig(study.id()).orElse(null));
        int recomputed = 0;
        for (String id : QuboSolvers.IDS) {
            SolverSpec<I, S> spec = study.solver(id).orElseThrow();
            boolean sampler = isSampler(study, id);
            Record params = sampler ? spec.withOverrides(BRIEF.get(id)) : spec.defaults();
            RunContext ctx = new RunContext(7, Duration.ofSeconds(120), RunListener.NONE);
            RunOutcome<S> out = runner.run(study, spec, params, in, ctx);
            String what = study.id() + "/" + id;
            assertEquals(RunStatus.COMPLETED, out.report().status(), what + ": " + out.report().error());
            assertNotNull(out.solution(), what);
            assertEquals(study.checker().check(in, out.solution()).isEmpty(), out.report().feasible(), what);
            // the result file's solution reads back as the same solution
            S back = study.solutionFromJson(in, mapper.readTree(mapper.writeValueAsString(
                    study.solutionToJson(in, out.solution(), mapper))), mapper);
            assertEquals(out.solution(), back, what + " survives its result JSON");
            if (sampler) {
                assertRecomputed(study, id, params, in, out.solution(), what);
                recomputed++;
            }
        }
        assertTrue(recomputed >= QuboSolvers.IDS.size() - 1, study.id() + ": only " + recomputed
                + " sampler solvers (a study replaces at most one or two)");
    }

    /**
     * Samples again with the same sampler, parameters and seed, without the generic optimiser, and rebuilds what the
     * solution must be: the best read decoded, with statistics counted here.
     */
    private <I, S> void assertRecomputed(QuboStudy<I, S> study, String id, Record params, I in, S solution,
                                         String what) {
        QuboFormulation<I, S> f = study.quboFormulation();
        boolean qaoa = QaoaSampler.ID.equals(id);
        QuboEncoding<S> enc = qaoa ? f.qaoaEncoding(in) : f.encode(in);
        Qubo q = enc.qubo();
        SampleSet set;
        List<PenalisedCost.Monomial> higher = List.of();
        QuboRunStats.Qaoa qaoaStats = null;
        RunContext ctx = RunContext.of(7);
        if (qaoa) {
            var cost = enc.cost();
            higher = cost instanceof PenalisedCost pc ? pc.penalties() : List.of();
            var r = new QaoaSimulator((QaoaSimulator.Parameters) params).run(cost, ctx);
            List<Sample> shots = new ArrayList<>(r.shots());
            shots.sort(SampleSet.ORDER);
            set = new SampleSet(id, q.numVariables(), shots, null, new SampleSet.Timings(0, 0));
            double total = 0;
            for (var level : r.histogram().weights()) {
                total += level;
            }
            assertEquals(1.0, total, 1e-9, what + ": the final state's probabilities sum to 1");
        } else {
            set = enc.sampler(new Samplers().byId(id).orElseThrow(), params).solve(q, ctx);
        }
        assertFalse(set.samples().isEmpty(), what + " sampled something");
        Sample best = set.best().orElseThrow();
        QuboRunStats got = f.stats(solution).orElseThrow(() -> new AssertionError(what + " carries no statistics"));
        TreeMap<Integer, Long> hist = new TreeMap<>();
        for (Sample s : set.samples()) {
            hist.merge(enc.unresolved(s.state()), s.occurrences(), Long::sum);
        }
        List<String> broken = new ArrayList<>();
        q.decode(best.state()).brokenConstraints().forEach(b -> broken.add(b.constraint()));
        for (var m : higher) {
            if (java.util.Arrays.stream(m.vars()).allMatch(v -> best.value(v) == 1)) {
                broken.add(m.name());
            }
        }
        assertEquals(id, got.sampler(), what);
        assertEquals(enc.name(), got.encoding(), what);
        assertEquals(q.numVariables(), got.variables(), what);
        assertEquals(q.numCouplers(), got.couplers(), what);
        assertEquals(higher.size(), got.higherOrderTerms(), what);
        assertEquals(enc.penalties(), got.penalties(), what);
        assertEquals(set.totalOccurrences(), got.reads(), what);
        assertEquals(got.reads(), got.readsByUnresolved().stream().mapToLong(QuboRunStats.UnresolvedCount::reads)
                .sum(), what + ": the histogram counts every read");
        assertEquals(hist.entrySet().stream().map(e -> new QuboRunStats.UnresolvedCount(e.getKey(), e.getValue()))
                .toList(), got.readsByUnresolved(), what);
        assertEquals(best.energy(), got.bestEnergy(), 1e-9 * (1 + Math.abs(best.energy())), what);
        assertEquals(broken, got.brokenConstraints(), what + ": the best read's broken constraints");
        if (qaoa) {
            assertNotNull(got.qaoa(), what);
            assertEquals(((QaoaSimulator.Parameters) params).layers(), got.qaoa().layers(), what);
        }
        // the solution is the best read decoded, with the statistics attached
        assertEquals(f.withStats(enc.decode(best.state()), got), solution, what + ": the best read decoded");
        if (enc.unresolved(best.state()) == 0) {
            assertEquals(List.of(), study.checker().check(in, solution),
                    what + ": a read with nothing unresolved decodes into a solution the checker accepts");
        }
        Map<String, Double> o = study.objectives(in, solution);
        got.toObjectives().forEach((k, v) -> assertEquals(v, o.get(k), what + ": objective " + k));
    }
}
