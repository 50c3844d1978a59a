package org.evwb.ui.qubo;

import static org.evwb.ui.qubo.QuboRunFxTest.onFx;
import static org.evwb.ui.qubo.QuboRunFxTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.evwb.ui.platform.BackgroundTask;
import javafx.stage.Stage;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.ui.app.TestWorkbench;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Comparing samplers on one QUBO: the QAOA p-sweep, CP-SAT's proof, two results side by side and pinning. */
@ExtendWith(ApplicationExtension.class)
class QuboCompareFxTest {

    @TempDir
    Path dir;
    private TestWorkbench wb;
    private QuboWorkbenchView view;

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private void open(FxRobot robot, Qubo q) {
        robot.interact(() -> {
            view = wb.window.quboWorkbench().show(owner -> Optional.empty());
            view.open(q, "test QUBO");
        });
    }

    private void run(FxRobot robot, String sampler, String... nameValues) throws Exception {
        robot.interact(() -> {
            view.samplerPanel().select(sampler);
            for (int k = 0; k < nameValues.length; k += 2) {
                view.samplerPanel().setParameter(nameValues[k], nameValues[k + 1]);
            }
            robot.lookup("#qubo-run").queryButton().fire();
        });
        BackgroundTask<QuboResult> job = onFx(view::currentJob);
        waitFor(() -> job.getState() == BackgroundTask.State.SUCCEEDED || job.getState() == BackgroundTask.State.FAILED);
        assertEquals(BackgroundTask.State.SUCCEEDED, onFx(job::getState), () -> view.samplerPanel().errorText());
    }

    @Test
    void qaoaSweepFillsFiveChartsEachADistribution(FxRobot robot) throws Exception {
        open(robot, QuboTestFiles.labelled());
        robot.interact(() -> {
            view.samplerPanel().select("qaoa");
            view.samplerPanel().setParameter("maxEvaluations", "40");
            view.samplerPanel().setParameter("shots", "200");
            robot.lookup("#qubo-qaoa-sweep").queryButton().fire();
        });
        BackgroundTask<QuboResult> job = onFx(view::currentJob);
        waitFor(() -> job.getState() == BackgroundTask.State.SUCCEEDED);
        assertTrue(view.liveChart().pointCount("p = 5") > 0, "⟨E⟩ per step of the p = 5 run drawn live");
        ResultCard card = view.results().cards().get(0);
        assertTrue(card.result().qaoaSweep());
        List<ChartViewer> charts = card.charts();
        assertEquals(5, charts.size());
        for (int p = 1; p <= 5; p++) {
            ChartViewer c = charts.get(p - 1);
            assertEquals(1.0, QuboCharts.totalWeight(c), 1e-9, "probabilities of p = " + p);
            SamplerInfo.Qaoa info = (SamplerInfo.Qaoa) card.result().sets().get(p - 1).info();
            assertEquals(p, info.layers());
            assertTrue(c.getChart().getTitle().getText().startsWith("p = " + p + ": P(opt) "));
            assertTrue(info.probabilityFeasible() >= info.probabilityOptimal() - 1e-12,
                    "an optimal state is feasible here (the penalties are satisfiable)");
        }
        assertEquals(5, card.table().getItems().size(), "one summary row per p");
        assertEquals(5, robot.lookup(".qubo-qaoa-chart").queryAll().size());
    }

    @Test
    void cpsatProvesTheOptimumAndSitsBesideTheExactResult(FxRobot robot) throws Exception {
        open(robot, QuboTestFiles.labelled());
        run(robot, "exact");
        run(robot, "cpsat", "timeLimitSeconds", "10");
        List<ResultCard> cards = onFx(() -> view.results().cards());
        assertEquals(2, cards.size());
        assertEquals("exact", cards.get(0).result().sets().get(0).sampler());
        SamplerInfo.CpSat cp = (SamplerInfo.CpSat) cards.get(1).result().sets().get(0).info();
        double ground = cards.get(0).result().sets().get(0).bestEnergy();
        assertTrue(cp.optimal());
        assertEquals(ground, cp.bestEnergy(), 1e-9);
        assertTrue(cp.bound() <= ground + 1e-9);
        String info = robot.lookup(".qubo-result-info").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t.startsWith("CP-SAT"))
                .findFirst().orElseThrow();
        assertTrue(info.contains("optimality proved") && info.contains("bound"), info);
        // The lowest state is feasible: "none" broken, decoded through the one-hot constraints.
        @SuppressWarnings("unchecked")
        var broken = (javafx.scene.control.TableColumn<Object, ?>) cards.get(0).table().getColumns().stream()
                .filter(c -> c.getText().equals("Broken constraints")).findFirst().orElseThrow();
        assertEquals("none", broken.getCellData(0));
    }

    @Test
    void aPinnedResultStaysWhileNewRunsReplaceTheOther(FxRobot robot) throws Exception {
        open(robot, QuboTestFiles.labelled());
        run(robot, "exact");
        ResultCard exact = onFx(() -> view.results().cards().get(0));
        robot.interact(() -> exact.pinButton().setSelected(true));
        run(robot, "random", "reads", "50");
        run(robot, "tabu", "restarts", "2", "timeLimitSeconds", "1");
        List<ResultCard> cards = onFx(() -> view.results().cards());
        assertEquals(2, cards.size());
        assertSame(exact, cards.get(0));
        assertEquals("tabu", cards.get(1).result().sets().get(0).sampler());
        run(robot, "random", "reads", "20");
        cards = onFx(() -> view.results().cards());
        assertSame(exact, cards.get(0), "still pinned");
        assertEquals("random", cards.get(1).result().sets().get(0).sampler());
        // the random result lists states with broken one-hot constraints, decoded by name
        @SuppressWarnings("unchecked")
        var broken = (javafx.scene.control.TableColumn<Object, ?>) cards.get(1).table().getColumns().stream()
                .filter(c -> c.getText().equals("Broken constraints")).findFirst().orElseThrow();
        int rows = cards.get(1).table().getItems().size();
        boolean named = false;
        for (int r = 0; r < rows; r++) {
            named |= String.valueOf(broken.getCellData(r)).contains("one-hot EV");
        }
        assertTrue(named, "some random state breaks a one-hot constraint");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
