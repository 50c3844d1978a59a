package org.evwb.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.evwb.ui.platform.BackgroundTask;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.evwb.core.solve.RunReport;
import org.evwb.core.study.exchange.ExchangeSweep;
import org.evwb.core.study.exchange.SweepRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison dashboard and the sweeps in the real window, with exports answered by a fake; every background task
 * runs on the calling thread, so each action has finished when it returns.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonAndSweepFxTest {

    @TempDir
    Path dir;
    private ExchangeWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = ExchangeWorkbench.callingThread(dir.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private ExchangeTeachingView open(FxRobot robot, int tab) throws Exception {
        Path project = ExchangeWorkbench.classroomProject(dir.resolve("p"));
        robot.interact(() -> wb.window.projects().open(project));
        wb.openTeaching(robot);
        ExchangeTeachingView v = wb.views().view();
        robot.interact(() -> v.tabs().getSelectionModel().select(tab));
        return v;
    }

    private void waitForNoTasks() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> wb.window.state().getRunningTasks()
                .isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dashboardShowsEveryAlgorithmSideBySideAndThePenaltySweep(FxRobot robot) throws Exception {
        ComparisonDashboard d = open(robot, 2).dashboard();
        robot.clickOn("#dash-run");
        waitForNoTasks();
        List<String> solvers = d.solverIds();
        assertTrue(solvers.containsAll(List.of("gale-shapley", "optimal", "greedy")), solvers.toString());
        assertEquals(solvers.size(), fx(() -> d.reports().size()));
        for (RunReport r : d.reports().values()) {
            assertTrue(r.feasible(), r.solver() + " " + r.violations());
        }
        var gap = d.dataset(ComparisonDashboard.Measure.GAP);
        var sw = d.dataset(ComparisonDashboard.Measure.SW);
        for (String s : List.of("gale-shapley", "optimal", "greedy")) {
            assertTrue(gap.getColumnKeys().contains(s), "a bar for " + s);
            assertTrue(d.dataset(ComparisonDashboard.Measure.BLOCKING).getColumnKeys().contains(s));
            assertTrue(d.dataset(ComparisonDashboard.Measure.CO2).getColumnKeys().contains(s));
            assertTrue(d.dataset(ComparisonDashboard.Measure.TIME).getColumnKeys().contains(s));
        }
        assertEquals(0.0, gap.getValue(0, gap.getColumnIndex("optimal")).doubleValue(), 1e-9);
        double opt = sw.getValue(0, sw.getColumnIndex("optimal")).doubleValue();
        for (String s : solvers) {
            assertTrue(sw.getValue(0, sw.getColumnIndex(s)).doubleValue() <= opt + 1e-6, s + " beats the optimum?");
        }
        assertEquals(0.0, d.dataset(ComparisonDashboard.Measure.BLOCKING).getValue(0,
                d.dataset(ComparisonDashboard.Measure.BLOCKING).getColumnIndex("gale-shapley")).doubleValue());
        var qubo = d.dataset(ComparisonDashboard.Measure.QUBO);
        assertEquals((double) wb.views().view().session().instance().acceptablePairCount(),
                qubo.getValue("variables", "QUBO").doubleValue());

        // qaoa's P(optimal) and ⟨E⟩ are in its objectives and in the table, as the QUBO workbench shows them
        RunReport qaoa = d.reports().get("qaoa");
        assertTrue(qaoa.objectives().containsKey("qaoaProbabilityOptimal") && qaoa.objectives()
                .containsKey("qaoaExpectedEnergy"), qaoa.objectives()::toString);
        var table = robot.lookup("#dash-table").queryTableView();
        int pOpt = column(table, "QAOA P(optimal)");
        int energy = column(table, "QAOA ⟨E⟩");
        for (int row = 0; row < table.getItems().size(); row++) {
            RunReport r = (RunReport) table.getItems().get(row);
            Object p = table.getVisibleLeafColumn(pOpt).getCellData(row);
            Object e = table.getVisibleLeafColumn(energy).getCellData(row);
            if (r.solver().equals("qaoa")) {
                assertEquals(qaoa.objectives().get("qaoaProbabilityOptimal"), Double.parseDouble((String) p), 1e-4);
                assertEquals(qaoa.objectives().get("qaoaExpectedEnergy"), Double.parseDouble((String) e), 1e-4);
            } else {
                assertEquals("", p, r.solver());
                assertEquals("", e, r.solver());
            }
        }
        // the run-time chart carries the QPU access time of paper 002 as a labelled reference, not as a run
        var time = d.dataset(ComparisonDashboard.Measure.TIME);
        assertEquals(1980.0, time.getValue(ComparisonDashboard.QPU_SERIES, ComparisonDashboard.QPU_COLUMN)
                .doubleValue(), 1e-9);
        assertTrue(robot.lookup("#dash-compute-caption").queryLabeled().getText().contains("not comparable"));

        robot.clickOn("#dash-penalty");
        waitForNoTasks();
        assertEquals(10, fx(() -> d.penaltyChart().points()));
    }

    @Test
    void aTinySweepCompletesAndExportsItsRowsAndCharts(FxRobot robot) throws Exception {
        SweepView v = open(robot, 3).sweeps();
        ExchangeSweep.Settings tiny = SweepDialog.withCounts(ExchangeSweep.Settings.paper(5), List.of(20, 30),
                List.of(3), 2);
        BackgroundTask<?>[] t = new BackgroundTask<?>[1];
        robot.interact(() -> t[0] = v.start(tiny));
        waitForNoTasks();
        assertEquals(BackgroundTask.State.SUCCEEDED, fx(() -> t[0].getState()));
        int solvers = tiny.solverIds().size();
        assertEquals(2 * 2 * solvers, v.result().algorithmRows().size());
        assertEquals(v.result().algorithmRows().size(), fx(() -> v.algorithmTable().getItems().size()));
        for (int fig = 4; fig <= 7; fig++) {
            assertTrue(v.chart(fig).getChart() != null, "figure " + fig);
        }
        // Fig. 4's time plot has the QPU reference of paper 002 (1.98 s = 1980 ms) as its own, dashed series
        var fig4 = (org.jfree.chart.plot.CombinedDomainXYPlot) fx(() -> v.chart(4).getChart().getPlot());
        org.jfree.chart.plot.XYPlot timePlot = fig4.getSubplots().get(1);
        var ref = timePlot.getDataset(1);
        assertEquals(QpuReference.LABEL, ref.getSeriesKey(0));
        assertEquals(1980.0, ref.getYValue(0, 0), 1e-9);
        assertEquals(20.0, ref.getXValue(0, 0), 0);
        assertEquals(30.0, ref.getXValue(0, 1), 0);

        Path csv = dir.resolve("rows.csv");
        wb.exports.answers.add(csv);
        robot.interact(() -> menu(v.algorithmTable().getContextMenu().getItems(), "Export CSV…").fire());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + v.result().algorithmRows().size(), lines.size());
        assertTrue(lines.get(0).startsWith("evs,bss,run,seed,algorithm"), lines.get(0));
        SweepRows.AlgorithmRow first = v.result().algorithmRows().get(0);
        assertTrue(lines.get(1).startsWith(first.evs() + "," + first.bss() + "," + first.run() + "," + first.seed()
                + "," + first.algorithm()), lines.get(1));

        Path png = dir.resolve("fig7.png");
        Path svg = dir.resolve("fig7.svg");
        wb.exports.answers.add(png);
        robot.interact(() -> menu(v.chart(7).getContextMenu().getItems(), "Export PNG…").fire());
        wb.exports.answers.add(svg);
        robot.interact(() -> menu(v.chart(7).getContextMenu().getItems(), "Export SVG…").fire());
        assertTrue(Files.size(png) > 1000);
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(wb.exports.failures.isEmpty(), wb.exports.failures.toString());
    }

    private static int column(javafx.scene.control.TableView<?> t, String title) {
        for (int k = 0; k < t.getVisibleLeafColumns().size(); k++) {
            if (title.equals(t.getVisibleLeafColumn(k).getText())) {
                return k;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static MenuItem menu(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
