package org.evwb.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.ReadProgress;
import org.evwb.core.qubo.sampler.TabuSampler;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.Studies;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A run card's live chart shows progress without tracing: anneal and tabu their best energy by read (ending at the
 * best energy the report gives), QAOA its ⟨E⟩ per optimiser step, CP-SAT its incumbent and bound with the relative
 * gap between them, and the v2g milp its one gap curve over every stage.
 */
@ExtendWith(ApplicationExtension.class)
class RunProgressFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"), Studies.standard());
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private RunEntry run(FxRobot robot, String study, String solver, Record parameters) throws Exception {
        AtomicReference<RunEntry> ref = new AtomicReference<>();
        robot.interact(() -> ref.set(wb.window.runs().start(new RunRequest(study, solver, parameters, 1,
                Duration.ofSeconds(20)))));
        RunEntry e = ref.get();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> e.endedNanos() != 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(e.report().status() == RunStatus.COMPLETED || e.report().status() == RunStatus.TIME_LIMIT,
                solver + ": " + e.report().status() + " " + e.report().error());
        return e;
    }

    private List<RunEvent> points(RunEntry e, String series) throws Exception {
        LiveChart chart = fx(() -> wb.window.runs().chartOf(e));
        return fx(() -> chart.points(series));
    }

    private void open(FxRobot robot, String studyId) {
        StudyDefinition<?, ?> d = wb.services.studies().study(studyId).orElseThrow();
        robot.interact(() -> wb.window.state().open(d.sampleProject().orElseThrow(), null));
    }

    private static Record defaults(StudyDefinition<?, ?> d, String solver) {
        return d.solver(solver).map(SolverSpec::defaults).orElseThrow();
    }

    @Test
    void annealTabuAndQaoaShowTheirProgressWithoutATrace(FxRobot robot) throws Exception {
        open(robot, "exchange");
        StudyDefinition<?, ?> exchange = wb.services.studies().study("exchange").orElseThrow();
        AnnealSampler.Parameters anneal = (AnnealSampler.Parameters) defaults(exchange, "anneal");
        assertFalse(anneal.traceRead(), "the default run does not trace");
        for (String solver : List.of("anneal", "tabu")) {
            Record params = defaults(exchange, solver);
            RunEntry e = run(robot, "exchange", solver, params);
            List<RunEvent> best = points(e, ReadProgress.BEST_SERIES);
            assertFalse(best.isEmpty(), solver + ": best energy by read is drawn");
            RunEvent last = best.get(best.size() - 1);
            int reads = params instanceof AnnealSampler.Parameters a ? a.reads()
                    : ((TabuSampler.Parameters) params).restarts();
            assertEquals(e.report().objectives().get("quboReads"), last.x(), solver + ": ends at the reads done");
            assertTrue(last.x() <= reads);
            assertEquals(e.report().objectives().get("quboBestEnergy"), last.y(), 1e-9,
                    solver + ": ends at the report's best energy");
            for (int i = 1; i < best.size(); i++) {
                assertTrue(best.get(i).y() <= best.get(i - 1).y(), solver + ": the best only improves");
            }
            assertTrue(best.size() <= reads, "at most one point per read");
        }
        RunEntry qaoa = run(robot, "exchange", "qaoa", defaults(exchange, "qaoa"));
        assertFalse(points(qaoa, "qaoa expected energy").isEmpty(), "QAOA draws ⟨E⟩ per step");
    }

    @Test
    void cpSatDrawsIncumbentBoundAndTheirGap(FxRobot robot) throws Exception {
        open(robot, "exchange");
        StudyDefinition<?, ?> exchange = wb.services.studies().study("exchange").orElseThrow();
        assertGap(run(robot, "exchange", "cpsat", defaults(exchange, "cpsat")));
        open(robot, "motorway");
        StudyDefinition<?, ?> motorway = wb.services.studies().study("motorway").orElseThrow();
        assertGap(run(robot, "motorway", "cpsat", defaults(motorway, "cpsat")));
    }

    /** The v2g milp's one gap curve (Fig. 2) on the run card, at the sample's level L3, whichever stage found each value. */
    @Test
    void v2gMilpDrawsItsGapCurve(FxRobot robot) throws Exception {
        open(robot, "v2g");
        StudyDefinition<?, ?> v2g = wb.services.studies().study("v2g").orElseThrow();
        RunEntry e = run(robot, "v2g", "milp", defaults(v2g, "milp"));
        assertGap(e);
        List<RunEvent> incumbent = points(e, OrTools.INCUMBENT_SERIES);
        assertEquals(e.report().objectives().get("cost"), incumbent.get(incumbent.size() - 1).y(), 1e-6,
                "the curve ends at the cost the run reports");
        for (int i = 1; i < incumbent.size(); i++) {
            assertTrue(incumbent.get(i).y() <= incumbent.get(i - 1).y(), "the incumbent only improves");
        }
    }

    private void assertGap(RunEntry e) throws Exception {
        List<RunEvent> incumbent = points(e, OrTools.INCUMBENT_SERIES);
        List<RunEvent> bound = points(e, OrTools.BOUND_SERIES);
        List<RunEvent> gap = points(e, LiveChart.GAP_SERIES);
        String what = e.title();
        assertFalse(incumbent.isEmpty(), what + ": incumbent drawn");
        assertFalse(bound.isEmpty(), what + ": bound drawn");
        assertFalse(gap.isEmpty(), what + ": the gap is drawn");
        double expected = 100 * OrTools.relativeGap(incumbent.get(incumbent.size() - 1).y(),
                bound.get(bound.size() - 1).y());
        assertEquals(expected, gap.get(gap.size() - 1).y(), 1e-9, what + ": the last gap is that of the last values");
        assertTrue(gap.stream().allMatch(p -> p.y() >= 0), what + ": a gap is never negative");
    }
}
