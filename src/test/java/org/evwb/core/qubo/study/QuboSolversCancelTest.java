package org.evwb.core.qubo.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.CpSatSampler;
import org.evwb.core.qubo.sampler.TabuSampler;
import org.evwb.core.solve.CancelMidRun;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every QUBO study's sampler solvers keep their best so far when cancelled, exactly like at a time limit: run
 * through {@link OptimizerRunner} with settings that would take hours, cancelled from another thread once the
 * sampler holds a state, the report says CANCELLED and carries the solution decoded from the best read, its QUBO
 * statistics and the checker's verdict (recomputed here); the solution survives the result file.
 */
class QuboSolversCancelTest {

    private final ObjectMapper mapper = Json.newMapper();
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper);

    /** Per sampler: settings that run far longer than the test, and when to cancel. */
    private record Case(String solver, Record parameters, Supplier<CancelMidRun> cancel) { }

    private static final List<Case> CASES = List.of(
            new Case("anneal", new AnnealSampler.Parameters(4, 50_000_000, 0, 0, 1, true),
                    () -> CancelMidRun.onEvent("anneal energy", 64)),
            new Case("tabu", new TabuSampler.Parameters(1_000_000, 2000, 0, 0),
                    () -> CancelMidRun.onProgress(m -> m.matches("tabu: [1-9][0-9]* of [0-9]+ reads.*"))),
            new Case("qaoa", new QaoaSimulator.Parameters(2, 100, 1_000_000, 26),
                    () -> CancelMidRun.onEvent("qaoa expected energy", 3)));

    @TestFactory
    Stream<DynamicTest> samplerSolversKeepTheirBestWhenCancelled() {
        List<DynamicTest> tests = new ArrayList<>();
        for (QuboStudy<?, ?> study : QuboStudiesTest.quboStudies()) {
            for (Case c : CASES) {
                tests.add(dynamicTest(study.id() + " / " + c.solver(), () -> cancelled(study, c,
                        QuboStudiesTest.smallProject(study))));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /**
     * The QUBO {@code cpsat} solver of every study that has one (the motorway study's {@code cpsat} is its own CP
     * model, {@code MotorwayCancelTest}): the sample projects are proved optimal in milliseconds, so the project is the
     * study's first generator at its defaults (the exchange paper's 100 EVs and 3 base stations: seconds to a proof),
     * cancelled at CP-SAT's first incumbent.
     */
    @TestFactory
    Stream<DynamicTest> quboCpSatSolversKeepTheirIncumbentWhenCancelled() {
        List<DynamicTest> tests = new ArrayList<>();
        Case c = new Case("cpsat", new CpSatSampler.Parameters(600, 1), () -> CancelMidRun.onEvent(OrTools.INCUMBENT_SERIES, 0));
        for (QuboStudy<?, ?> study : QuboStudiesTest.quboStudies()) {
            boolean quboCpSat = study.solver(c.solver()).filter(s -> s.defaults() instanceof CpSatSampler.Parameters)
                    .isPresent();
            if (quboCpSat && !study.generators().isEmpty()) {
                GeneratorSpec g = study.generators().get(0);
                tests.add(dynamicTest(study.id() + " / " + c.solver(), () -> cancelled(study, c,
                        g.generate(g.defaults(), 3, RunContext.of(3)).project())));
            }
        }
        assertFalse(tests.isEmpty(), "the exchange study has a QUBO cpsat solver and a generator");
        return tests.stream();
    }

    private <I, S> void cancelled(QuboStudy<I, S> study, Case c, Project p) throws Exception {
        I in = study.buildInstance(p, p.studyConfig(study.id()).orElse(null));
        SolverSpec<I, S> spec = study.solver(c.solver()).orElseThrow();
        CancelMidRun cancel = c.cancel().get();
        RunOutcome<S> o = runner.run(study, spec, c.parameters(), in, cancel.context(3));
        assertTrue(cancel.reached(), "the sampler got to hold a state before the cancel");
        assertEquals(RunStatus.CANCELLED, o.report().status(), String.valueOf(o.report().error()));
        assertNotNull(o.solution(), "a cancel keeps the best so far");
        List<Violation> verdict = study.checker().check(in, o.solution());
        assertEquals(verdict, o.report().violations(), "the report carries the checker's verdict");
        assertFalse(o.report().objectives().isEmpty());
        QuboRunStats stats = study.quboFormulation().stats(o.solution()).orElseThrow();
        assertEquals(c.solver(), stats.sampler());
        assertTrue(stats.reads() > 0 && Double.isFinite(stats.bestEnergy()), stats.toString());
        JsonNode json = study.solutionToJson(in, o.solution(), mapper);
        S back = study.solutionFromJson(in, json, mapper);
        assertEquals(verdict, study.checker().check(in, back), "the result file holds the same solution");
    }
}
