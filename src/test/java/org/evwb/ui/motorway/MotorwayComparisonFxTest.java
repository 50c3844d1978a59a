package org.evwb.ui.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolverSpec;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.platform.SolverComparison;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The motorway solvers compared on the A4 sample in the real window: every solver runs through the runs panel, each
 * gets its bars (feasible, charging conflicts, unscheduled EMVs, trip and waiting time, run time, CO2 estimate, QUBO
 * size) and a table row with the same figures, and charts and table export.
 */
@ExtendWith(ApplicationExtension.class)
class MotorwayComparisonFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private final org.evwb.ui.chart.QueuedExportDialogs exports = new org.evwb.ui.chart.QueuedExportDialogs();

    @Start
    void start(Stage stage) throws Exception {
        // a small pool: qaoa takes seconds, and the window must stay responsive meanwhile
        wb = new TestWorkbench(home.resolve("home")).withExportDialogs(exports);
        wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void everySolverIsComparedOnTheOpenProjectAndTheFiguresExport(FxRobot robot) throws Exception {
        var project = MotorwayViewsFxTest.a4();
        robot.interact(() -> wb.window.state().open(project, null));
        MotorwayViews views = wb.window.studyViews("motorway", MotorwayViews.class).orElseThrow();
        robot.interact(() -> views.show(MotorwayViews.COMPARE_TAB));
        SolverComparison c = views.comparison();
        robot.clickOn("#motorway-compare-run");
        List<String> solvers = wb.services.studies().study("motorway").orElseThrow().solvers().stream()
                .map(SolverSpec::id).toList();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> c.reports().size()) == solvers.size());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asSet(solvers), asSet(List.copyOf(fx(() -> c.reports().keySet()))));
        assertEquals(solvers.size(), fx(() -> c.table().getItems().size()));
        assertTrue(fx(() -> c.status().getText()).contains(solvers.size() + " solvers compared"));

        RunReport cpsat = c.reports().get("cpsat");
        assertTrue(cpsat.feasible(), cpsat::toString);
        assertEquals(0.0, cpsat.objectives().get("conflicts"));
        for (RunReport r : c.reports().values()) {
            String s = r.solver();
            assertEquals(r.feasible() ? 1.0 : 0.0, c.dataset("feasible").getValue(0,
                    c.dataset("feasible").getColumnIndex(s)).doubleValue(), s);
            assertEquals(r.objectives().get("conflicts"), c.dataset("conflicts").getValue(0,
                    c.dataset("conflicts").getColumnIndex(s)).doubleValue(), s);
            assertEquals(r.objectives().get("unscheduledEmvs"), c.dataset("unscheduled").getValue(0,
                    c.dataset("unscheduled").getColumnIndex(s)).doubleValue(), s);
            assertEquals(r.wallSeconds() * 1000, c.dataset("time").getValue(0, c.dataset("time").getColumnIndex(s))
                    .doubleValue(), 1e-9, s);
            // the bars are the checker's: a feasible run has no charging conflict and no unscheduled EMV
            if (r.feasible()) {
                assertEquals(0.0, r.objectives().get("conflicts"), s);
                assertEquals(0.0, r.objectives().get("unscheduledEmvs"), s);
            }
        }
        // QUBO sizes only for the QUBO solvers: the GCM for anneal, the station model for qaoa
        assertEquals(-1, c.dataset("qubo").getColumnIndex("cpsat"));
        assertEquals(36.0, c.dataset("qubo").getValue(0, c.dataset("qubo").getColumnIndex("anneal")).doubleValue());
        assertEquals(18.0, c.dataset("qubo").getValue(0, c.dataset("qubo").getColumnIndex("qaoa")).doubleValue());

        Path csv = home.resolve("compare.csv");
        exports.answers.add(csv);
        robot.interact(() -> menu(c.table().getContextMenu().getItems(), "Export CSV…").fire());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + solvers.size(), lines.size());
        assertTrue(lines.get(0).startsWith("Solver,Status,Feasible,Charging conflicts,Unscheduled EMVs"),
                lines.get(0));
        Path png = home.resolve("conflicts.png");
        exports.answers.add(png);
        robot.interact(() -> menu(c.chart("conflicts").getContextMenu().getItems(), "Export PNG…").fire());
        assertTrue(Files.size(png) > 1000);

        // Export report…: the runs side by side, one row per run, headers as the study declares its objectives
        Path report = home.resolve("compare.html");
        exports.answers.add(report);
        robot.clickOn("#motorway-compare-report");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(report)
                && wb.window.state().getRunningTasks().isEmpty());
        var dom = org.evwb.report.ReportTestAccess.html(report);
        var table = (org.w3c.dom.Element) dom.getElementsByTagName("table").item(0);
        assertEquals(1 + solvers.size(), table.getElementsByTagName("tr").getLength(), "one row per run");
        assertTrue(table.getTextContent().contains("Total trip time (min)"), table.getTextContent());
    }

    private static <T> java.util.Set<T> asSet(List<T> l) {
        return new java.util.HashSet<>(l);
    }

    private static MenuItem menu(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
