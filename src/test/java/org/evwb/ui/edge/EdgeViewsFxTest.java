package org.evwb.ui.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.evwb.core.chart.ChartFiles;
import org.evwb.core.project.BatteryKind;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.edge.EdgeChecker;
import org.evwb.core.study.edge.EdgeInstance;
import org.evwb.core.study.edge.EdgeSchedule;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.edge.EdgeTask;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.QueuedExportDialogs;
import org.evwb.ui.chart.TableExport;
import org.evwb.ui.platform.AppState;
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

/** The edge views in the real window with the small edge sample (one 8-core server, 400 unit tasks). */
@ExtendWith(ApplicationExtension.class)
class EdgeViewsFxTest {

    static final String SERVER = "edge-small";
    static final String SERVER_NAME = "Small edge server (SNB)";

    @TempDir
    Path home;
    private TestWorkbench wb;
    private AppState state;
    private final QueuedExportDialogs exports = new QueuedExportDialogs();

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home")).withExportDialogs(exports);
        wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(860);
        state = wb.window.state();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private EdgeViews views() {
        return wb.window.studyViews(EdgeStudy.ID, EdgeViews.class).orElseThrow(() ->
                new AssertionError("the edge views are not open"));
    }

    static Project small() throws Exception {
        return new ProjectIO().load(Path.of("sample-projects/" + EdgeStudy.SAMPLE));
    }

    private void openAndEvaluate(FxRobot robot, Project p) throws Exception {
        robot.interact(() -> state.open(p, null));
        awaitEvaluation(0);
    }

    private void awaitEvaluation(int before) throws Exception {
        EdgeController c = views().controller();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> c.evaluationCount() > before && !c.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private RunEntry run(FxRobot robot, String solver) {
        RunEntry[] run = new RunEntry[1];
        SolverSpec<?, ?> spec = wb.services.studies().study(EdgeStudy.ID).orElseThrow().solver(solver).orElseThrow();
        robot.interact(() -> run[0] = wb.window.runs().start(new RunRequest(EdgeStudy.ID, solver, spec.defaults(),
                1, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(run[0].result(), "the run has finished (calling-thread executor)");
        return run[0];
    }

    private Set<String> tabIds(FxRobot robot) {
        Set<String> ids = new TreeSet<>();
        robot.lookup("#centre-views").queryAs(TabPane.class).getTabs().forEach(t -> ids.add(t.getId()));
        return ids;
    }

    /** Shows a tab and draws its chart at its final size. */
    private void front(FxRobot robot, String tab) {
        robot.interact(() -> views().show(tab));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
    }

    @Test
    void theTabsOpenOnTheSampleAndShowTheWhatIfScheduleUntilARunIsOnShow(FxRobot robot) throws Exception {
        openAndEvaluate(robot, small());
        assertTrue(tabIds(robot).containsAll(List.of(EdgeViews.DAY_TAB, EdgeViews.DENSITY_TAB,
                EdgeViews.COMPARE_TAB, EdgeViews.WHAT_IF_TAB)), tabIds(robot).toString());
        DayChartView day = views().day();
        // the what-if's heuristic: SPEC's battery-aware sfb-offline where the study has it, else snb
        assertEquals("Showing: What-if (" + views().controller().heuristic() + ")", day.shownText());
        assertEquals(SERVER, day.serverChoice().getValue().server().id());
        DayFigures f = day.figures();
        assertNotNull(f);
        assertEquals(96, f.slots());
        WhatIfResult ev = views().controller().evaluation();
        // the figures drawn are the checker's of the what-if schedule
        assertEquals(ev.servers().get(0).revenue(), f.revenue(), 1e-9);
        assertEquals(0, ev.servers().get(0).violations());
        assertTrue(ev.servers().get(0).bound() >= ev.servers().get(0).revenue() - 1e-6, "bound >= heuristic");
        front(robot, EdgeViews.DAY_TAB);
        WritableImage img = snapshot(robot, day);
        assertTrue(img.getWidth() > 100 && img.getHeight() > 100);
    }

    private static WritableImage snapshot(FxRobot robot, javafx.scene.Node n) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> n.snapshot(null, null)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aRunIsDrawnAndBroughtToTheFrontAndAClickOnASlotListsItsTasks(FxRobot robot) throws Exception {
        openAndEvaluate(robot, small());
        RunEntry run = run(robot, "np-edf");
        EdgeInstance in = run.result().instanceAs(EdgeInstance.class).orElseThrow();
        EdgeSchedule s = run.result().solutionAs(EdgeSchedule.class).orElseThrow();
        assertEquals(List.of(), new EdgeChecker().check(in, s), "the run's schedule passes the checker");
        robot.interact(() -> assertTrue(views().showRun(run)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(EdgeViews.DAY_TAB, robot.lookup("#centre-views").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId(), "showRun brings the day chart to the front");
        DayChartView day = views().day();
        assertTrue(day.shownText().startsWith("Showing: Run: edge / np-edf"), day.shownText());
        DayFigures f = day.figures();
        assertEquals(run.report().objectives().get("revenue"), f.revenue(), 1e-9);
        // the busiest slot of the run
        int busiest = 0;
        for (int t = 0; t < f.slots(); t++) {
            if (f.tasksIn(t).length > f.tasksIn(busiest).length) {
                busiest = t;
            }
        }
        assertTrue(f.tasksIn(busiest).length > 0);
        robot.sleep(300);
        robot.interact(() -> day.viewer().getCanvas().draw());
        int slot = busiest;
        Point2D p = WaitForAsyncUtils.asyncFx(() -> day.screenPointOfSlot(slot)).get(10, TimeUnit.SECONDS);
        assertNotNull(p, "the chart has been drawn");
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(busiest, day.selectedSlot());
        List<EdgeTask> listed = List.copyOf(day.slotTasks().getItems());
        assertEquals(f.tasksIn(busiest).length, listed.size());
        EdgeSchedule.ServerSchedule ss = s.servers().get(0);
        for (EdgeTask t : listed) {
            assertEquals(busiest, ss.slotOf(t.id()), "task " + t.id() + " runs in the slot clicked");
        }
        long expected = java.util.stream.IntStream.range(0, ss.taskCount()).filter(i -> ss.slotOf(i) == slot)
                .count();
        assertEquals(expected, listed.size(), "every task of the slot is listed");
        // selecting a task marks its window and its slot
        assertNull(day.highlightedWindow());
        robot.interact(() -> day.slotTasks().getSelectionModel().select(0));
        EdgeTask task = listed.get(0);
        double h = in.hoursPerSlot();
        double[] w = day.highlightedWindow();
        assertNotNull(w);
        assertEquals(task.arrivalSlot() * h, w[0], 1e-9);
        assertEquals((task.lastSlot(in.slots()) + 1) * h, w[1], 1e-9);
        assertEquals(busiest * h + h / 2, day.highlightedSlotHour(), 1e-9);
        // the table exports as CSV and the chart as PNG, SVG and PDF through the platform's export
        String csv = TableExport.toCsv(day.slotTasks());
        assertEquals(listed.size() + 1, csv.strip().split("\n").length);
        for (ChartFiles.Format fmt : ChartFiles.Format.values()) {
            Path out = home.resolve("day." + fmt.extension());
            exports.answers.add(out);
            robot.interact(() -> new ChartExport(exports).export(day.viewer(), "edge-day", fmt));
            assertTrue(Files.size(out) > 500, fmt + " written");
        }
    }

    @Test
    void theServerChosenIsTheOneSelectionOfTheWindow(FxRobot robot) throws Exception {
        openAndEvaluate(robot, small());
        robot.interact(() -> state.clearSelection());
        robot.interact(() -> views().day().serverChoice().setValue(null));
        robot.interact(() -> views().day().serverChoice().setValue(views().day().serverChoice().getItems().get(0)));
        assertEquals(List.of(new EntityRef(EntityKind.EDGE_SERVER, SERVER)), state.getSelection());
    }

    @Test
    void theMethodsComparedShowEveryFinishedRunWithItsGapToTheBound(FxRobot robot) throws Exception {
        openAndEvaluate(robot, small());
        run(robot, "snb");
        run(robot, "execute-on-arrival");
        MethodComparisonView c = views().comparison();
        assertEquals(Set.of("snb", "execute-on-arrival"), c.reports().keySet());
        for (var r : c.reports().values()) {
            double rev = r.objectives().get("revenue");
            double bound = r.objectives().get("revenueBound");
            assertTrue(bound >= rev - 1e-6, r.solver() + ": bound " + bound + " >= revenue " + rev);
            assertEquals(rev, c.revenueData().getValue("revenue", r.solver()).doubleValue(), 1e-9);
        }
        assertEquals(2, c.table().getItems().size());
        assertEquals(3, TableExport.toCsv(c.table()).strip().split("\n").length);
    }

    @Test
    void aBatteryEditAndABiggerPanelAreSolvedAgainWithTheOldFiguresBeside(FxRobot robot) throws Exception {
        openAndEvaluate(robot, small());
        WhatIfPanel panel = views().whatIf();
        assertNull(views().controller().previous(), "nothing to compare with after an open");
        String revenue0 = panel.row(SERVER_NAME, "Revenue [¤]").now();
        assertEquals("–", panel.row(SERVER_NAME, "Revenue [¤]").before());
        double bound0 = views().controller().evaluation().bound();

        // the property editor's edit: a 2000 Wh battery on the server
        EdgeServer before = state.getProject().infrastructure().edgeServers().get(0);
        EdgeServer after = new EdgeServer(before.id(), before.name(), before.position(), before.cores(),
                before.maxPowerW(), before.staticPowerW(), BatteryKind.FINITE, 2000, before.solarSeriesId());
        int n = views().controller().evaluationCount();
        robot.interact(() -> state.perform(ReplaceEntities.of("battery", before, after)));
        awaitEvaluation(n);
        assertEquals("2000 Wh", panel.row(SERVER_NAME, "Battery").now());
        assertEquals("none", panel.row(SERVER_NAME, "Battery").before());
        assertEquals(revenue0, panel.row(SERVER_NAME, "Revenue [¤]").before(), "the old revenue stays beside");
        assertTrue(views().controller().evaluation().bound() >= bound0 - 1e-6, "a battery never lowers the bound");
        assertEquals(0, views().controller().evaluation().servers().get(0).violations());

        // a bigger panel in the property editor (4 kWp over the series' 2 kWp): twice the solar, more tasks run
        n = views().controller().evaluationCount();
        double rev1 = views().controller().evaluation().revenue();
        robot.interact(() -> state.select(new EntityRef(EntityKind.EDGE_SERVER, SERVER)));
        javafx.scene.control.TextField kwp = robot.lookup("#prop-panelKwp").queryAs(
                javafx.scene.control.TextField.class);
        assertEquals("", kwp.getText(), "an old project has no panel size: the series as it stands");
        robot.doubleClickOn(kwp).write("4").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(4.0, state.getProject().infrastructure().edgeServers().get(0).panelKwp());
        awaitEvaluation(n);
        WhatIfResult now = views().controller().evaluation();
        assertEquals(4.0, now.servers().get(0).panelKwp());
        assertEquals(2 * small().timeSeries().get(0).values().stream().mapToDouble(Double::doubleValue).max()
                .orElseThrow(), java.util.Arrays.stream(now.instance().servers().get(0).solarW()).max().orElseThrow(),
                1e-9, "the solar series scaled by 4 kWp / 2 kWp");
        assertTrue(now.revenue() > rev1, "twice the panel earns more: " + now.revenue() + " vs " + rev1);
        assertEquals(rev1, views().controller().previous().revenue(), 1e-9);
        assertEquals("4.00 kWp", panel.row(SERVER_NAME, "Panel").now());
        assertEquals("as the series", panel.row(SERVER_NAME, "Panel").before());
        assertNotEquals("", panel.row("All servers", "Revenue [¤]").change());
        assertEquals(0, now.servers().get(0).violations(), "the what-if schedule passes the checker");
        // the day chart follows the what-if while no run is on show
        assertEquals(now.revenue(), views().day().figures().revenue(), 1e-9);
        assertFalse(panel.rows().isEmpty());

        // one undo takes the panel back, and the what-if answers from its cache with the figures before
        n = views().controller().evaluationCount();
        robot.interact(() -> state.undo());
        assertNull(state.getProject().infrastructure().edgeServers().get(0).panelKwp());
        awaitEvaluation(n);
        assertEquals(rev1, views().controller().evaluation().revenue(), 1e-9);
    }
}
