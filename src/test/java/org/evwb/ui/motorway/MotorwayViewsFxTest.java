package org.evwb.ui.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.study.motorway.MotorwayChecker;
import org.evwb.core.study.motorway.advisor.Advice;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.QueuedExportDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The motorway views in the real window with the A4 sample. */
@ExtendWith(ApplicationExtension.class)
class MotorwayViewsFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private AppState state;
    private final QueuedExportDialogs exports = new QueuedExportDialogs();

    @Start
    void start(Stage stage) throws Exception {
        // every background task on the calling thread (the tests wait only for results), and export questions
        // answered by a fake, so exports need no file chooser
        wb = TestWorkbench.callingThread(home.resolve("home")).withExportDialogs(exports);
        wb.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        state = wb.window.state();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    /** The motorway views of the open project. */
    private MotorwayViews views() {
        return wb.window.studyViews("motorway", MotorwayViews.class).orElseThrow(() ->
                new AssertionError("the motorway views are not open"));
    }

    static Project a4() throws Exception {
        return new ProjectIO().load(Path.of("sample-projects/motorway-a4.evwb.json"));
    }

    /** Opens a project and waits for the what-if evaluation of it. */
    void openAndEvaluate(FxRobot robot, Project p) throws Exception {
        robot.interact(() -> state.open(p, null));
        awaitEvaluation(0);
    }

    void awaitEvaluation(int before) throws Exception {
        MotorwayController c = views().controller();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> c.evaluationCount() > before && !c.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ganttShowsTheA4ScheduleAndAClickOnABarSelectsItsEmv(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        robot.interact(() -> views().show());
        GanttView g = views().gantt().gantt();
        MotorwayEvaluation ev = views().controller().evaluation();
        assertNotNull(ev);
        // the shown schedule is the what-if one and passes the checker when cpsat says it is conflict-free
        if (ev.feasible()) {
            assertEquals(List.of(), new MotorwayChecker().check(ev.instance(), ev.noWait()));
        }
        GanttModel m = g.model();
        assertEquals(8, m.rows().size(), "A4: 4 stations with 2 chargers each");
        assertEquals(5, m.bars().stream().filter(b -> b.kind() == GanttModel.Kind.CHARGING).count());
        assertEquals(m.bars().size(), g.dataset().getSeriesCount() == 3 ? g.dataset().getItemCount(0)
                + g.dataset().getItemCount(1) + g.dataset().getItemCount(2) : -1);
        WaitForAsyncUtils.waitForFxEvents();
        int bar = m.bars().size() - 1;
        String vehicle = m.bars().get(bar).vehicleId();
        // draw once more at the final size, so that the rendering info the point comes from is current
        robot.sleep(300);
        robot.interact(() -> g.viewer().getCanvas().draw());
        Point2D p = g.screenPointOf(bar);
        assertNotNull(p, "the chart has been drawn");
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new EntityRef(EntityKind.VEHICLE, vehicle)), state.getSelection());
        assertEquals(vehicle, g.selectedVehicle());
        assertFalse(m.barsOf(vehicle).isEmpty());
        assertTrue(GanttModel.clock(75).equals("01:15"));
    }

    @Test
    void matrixHasASliceChooserSizesVerdictsAndHoverLabels(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        robot.interact(() -> views().show("tab-motorway-matrix"));
        ConflictMatrixView v = views().matrix();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, v.sliceChooser().getItems().size(), "GCM: one slice per charger");
        assertTrue(v.sizesLabel().getText().contains("after"), v.sizesLabel().getText());
        assertTrue(v.verdictsLabel().getText().contains("paper pairwise rule")
                && v.verdictsLabel().getText().contains("exact capacity rule"), v.verdictsLabel().getText());
        robot.clickOn("#matrix-scm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, v.sliceChooser().getItems().size(), "SCM: one slice per station");
        robot.interact(() -> v.sliceChooser().getSelectionModel().select(1));
        var m = v.matrix();
        // hover over the cell of rows 0 and the last row: the label names both rows and the cell's kind
        int last = m.rows().size() - 1;
        Point2D cell = v.canvas().localToScreen(v.cellCentre(0, last));
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        String kind = m.slices().get(1)[0][last].name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        assertTrue(v.hoverLabel().getText().startsWith(m.rows().get(0).label() + "  ×  " + m.rows().get(last)
                .label()) && v.hoverLabel().getText().endsWith(kind), v.hoverLabel().getText());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void whatIfFollowsEditsAndTheAdvisorsProposalIsOneUndoableEdit(FxRobot robot) throws Exception {
        Project a4 = a4();
        openAndEvaluate(robot, a4);
        robot.interact(() -> views().show("tab-motorway-whatif"));
        WaitForAsyncUtils.waitForFxEvents();
        String tripBefore = text(robot, "#whatif-trip-now");
        assertEquals("yes", text(robot, "#whatif-feasible-now"));
        assertEquals("–", text(robot, "#whatif-trip-before"));

        // double the power of every charger at mop1: the summary is re-evaluated and shows the previous layout
        // alongside (the A4 preset needs both chargers of mop1, so a faster charger is the edit that keeps it
        // feasible)
        ChargingStation mop1 = a4.find(ChargingStation.class, "mop1").orElseThrow();
        int n = views().controller().evaluationCount();
        assertFalse(WaitForAsyncUtils.asyncFx(state::isWorkPending).get(30, TimeUnit.SECONDS),
                "nothing waits to start before the edit");
        boolean pendingAtEdit = WaitForAsyncUtils.asyncFx(() -> {
            state.perform(ReplaceEntities.of("Faster chargers", mop1,
                    mop1.withChargers(mop1.chargers().stream().map(c -> new org.evwb.core.project.Charger(c.id(),
                            2 * c.powerKW())).toList())));
            return state.isWorkPending();
        }).get(30, TimeUnit.SECONDS);
        assertTrue(pendingAtEdit, "the what-if's debounce counts as work pending from the edit on");
        awaitEvaluation(n);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !state.isWorkPending()
                && state.getRunningTasks().isEmpty()).get());
        assertEquals(tripBefore, text(robot, "#whatif-trip-before"));
        assertFalse(text(robot, "#whatif-trip-now").equals("–"));
        assertFalse(text(robot, "#whatif-trip-delta").equals("–"));

        // four more vehicles entering together with ev1 crowd the station it must use
        Vehicle ev1 = a4.find(Vehicle.class, "ev1").orElseThrow();
        List<org.evwb.core.project.Entity> more = new java.util.ArrayList<>();
        for (int i = 6; i <= 9; i++) {
            more.add(new Vehicle("ev" + i, "EMV " + i, ev1.typeId(), ev1.position(), ev1.socKWh(), ev1.speedKmh(),
                    null, ev1.trip()));
        }
        n = views().controller().evaluationCount();
        robot.interact(() -> state.perform(new AddEntities(more)));
        awaitEvaluation(n);
        assertEquals("yes", text(robot, "#whatif-feasible-before"));
        assertTrue(text(robot, "#whatif-feasible-now").startsWith("no"), text(robot, "#whatif-feasible-now"));
        assertEquals("no longer possible", text(robot, "#whatif-feasible-delta"));

        // the advisor proposes extra chargers; applying them is one edit that makes the layout feasible again
        Project crowded = state.getProject();
        robot.clickOn("#advisor-find");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> views().advisor().advice() != null);
        var advice = views().advisor().advice();
        assertTrue(advice.extraChargers() > 0 && (advice.status() == Advice.Status.OPTIMAL
                || advice.status() == Advice.Status.FEASIBLE), advice.message());
        n = views().controller().evaluationCount();
        robot.clickOn("#advisor-apply");
        WaitForAsyncUtils.waitForFxEvents();
        int chargersAfter = state.getProject().infrastructure().chargingStations().stream()
                .mapToInt(c -> c.chargers().size()).sum();
        int chargersBefore = crowded.infrastructure().chargingStations().stream().mapToInt(c -> c.chargers().size())
                .sum();
        assertEquals(chargersBefore + advice.extraChargers(), chargersAfter);
        awaitEvaluation(n);
        assertEquals("yes", text(robot, "#whatif-feasible-now"));
        MotorwayEvaluation ev = views().controller().evaluation();
        assertEquals(List.of(), new MotorwayChecker().check(ev.instance(), ev.noWait()));
        robot.interact(() -> state.undo());
        assertEquals(crowded, state.getProject(), "one undo takes the whole proposal back");
    }

    private List<String> styles(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(javafx.scene.control.Label.class).getStyleClass());
    }

    @Test
    void anInfeasibleLayoutShowsInfeasibleInRedAndNoChangeIsComputedAgainstIt(FxRobot robot) throws Exception {
        Project a4 = a4();
        openAndEvaluate(robot, a4);
        robot.interact(() -> views().show("tab-motorway-whatif"));
        String tripA4 = text(robot, "#whatif-trip-now");
        Double.parseDouble(tripA4); // the A4 has a schedule: a number

        // ev1 with an almost empty battery reaches no station: no schedule exists, waiting or not
        Project stranded = MotorwayEvaluatorTest.strandedEv1(a4);
        Vehicle ev1 = a4.find(Vehicle.class, "ev1").orElseThrow();
        int n = views().controller().evaluationCount();
        robot.interact(() -> state.perform(ReplaceEntities.of("Empty battery", ev1,
                stranded.find(Vehicle.class, "ev1").orElseThrow())));
        awaitEvaluation(n);
        MotorwayEvaluation ev = views().controller().evaluation();
        var violations = new MotorwayChecker().check(ev.waitingInstance(), ev.waiting());
        assertTrue(ev.waiting().status() == org.evwb.core.study.motorway.MotorwaySchedule.Status.PROVED_INFEASIBLE
                || !violations.isEmpty(), "the layout has no schedule (recomputed)");
        for (String row : List.of("waiting", "trip")) {
            String now = text(robot, "#whatif-" + row + "-now");
            assertTrue(now.startsWith("infeasible (") && !now.matches(".*\\d+\\.\\d.*"), row + ": " + now);
            assertTrue(styles(robot, "#whatif-" + row + "-now").contains(WhatIfPanel.INFEASIBLE), row + " in red");
            assertEquals("–", text(robot, "#whatif-" + row + "-delta"), row + ": no change against no schedule");
            assertFalse(styles(robot, "#whatif-" + row + "-delta").contains(WhatIfPanel.BETTER), row);
            assertFalse(styles(robot, "#whatif-" + row + "-delta").contains(WhatIfPanel.WORSE), row);
        }
        assertEquals(tripA4, text(robot, "#whatif-trip-before"), "the layout before is shown as it was");

        // back to the A4: the figures return, and still no change is computed against the infeasible layout
        n = views().controller().evaluationCount();
        robot.interact(() -> state.undo());
        awaitEvaluation(n);
        assertEquals(tripA4, text(robot, "#whatif-trip-now"));
        assertTrue(text(robot, "#whatif-trip-before").startsWith("infeasible ("));
        assertEquals("–", text(robot, "#whatif-trip-delta"));

        // between two feasible layouts the change is a number, coloured by its sign: a shorter trip is better
        ChargingStation mop1 = a4.find(ChargingStation.class, "mop1").orElseThrow();
        n = views().controller().evaluationCount();
        robot.interact(() -> state.perform(ReplaceEntities.of("Faster chargers", mop1,
                mop1.withChargers(mop1.chargers().stream().map(c -> new org.evwb.core.project.Charger(c.id(),
                        2 * c.powerKW())).toList()))));
        awaitEvaluation(n);
        double now = Double.parseDouble(text(robot, "#whatif-trip-now"));
        double before = Double.parseDouble(text(robot, "#whatif-trip-before"));
        String delta = text(robot, "#whatif-trip-delta");
        double d = Double.parseDouble(delta);
        assertEquals(now - before, d, 0.051, "the change is now − before");
        List<String> deltaStyles = styles(robot, "#whatif-trip-delta");
        if (d < 0) {
            assertTrue(deltaStyles.contains(WhatIfPanel.BETTER), "shorter trips are better: " + deltaStyles);
        } else if (d > 0) {
            assertTrue(deltaStyles.contains(WhatIfPanel.WORSE), "longer trips are worse: " + deltaStyles);
        }
    }

    @Test
    void ganttExportsToSvgAndPdfThroughTheWindowsExportMenuAndChartsFillIn(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        robot.interact(() -> views().show());
        GanttView g = views().gantt().gantt();
        Path svg = home.resolve("gantt.svg");
        Path pdf = home.resolve("gantt.pdf");
        exports.answers.add(svg);
        exports.answers.add(pdf);
        robot.interact(() -> {
            wb.window.chartExport().export(g.viewer(), "motorway-gantt", org.evwb.core.chart.ChartFiles.Format.SVG);
            wb.window.chartExport().export(g.viewer(), "motorway-gantt", org.evwb.core.chart.ChartFiles.Format.PDF);
        });
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.startsWith("<svg") || text.contains("<svg"), "an SVG document");
        assertTrue(text.contains("mop1 / c1"), "the charger rows are in the SVG");
        byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));

        // the QUBO-size chart: for all 5 EMVs of the A4 the same count as the GCM terms of the whole project
        MotorwayChartsView charts = views().charts();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> charts.quboSizes().getSeriesCount() == 3);
        var full = org.evwb.core.study.motorway.MotorwayQuboTerms.gcm(views().controller()
                .evaluation().instance());
        var vars = charts.quboSizes().getSeries(0);
        assertEquals(5, vars.getItemCount());
        assertEquals(full.variableCount(), vars.getY(4).intValue());
        for (int k = 1; k < 5; k++) {
            assertTrue(vars.getY(k).doubleValue() > vars.getY(k - 1).doubleValue(), "more EMVs, more variables");
        }
        // no run reports per-read data yet
        assertEquals(0, charts.conflictHistogram().getRowCount());
        // a real `random` run reports unresolved conflicts per read; the histogram counts every read once
        var spec = wb.services.studies().study("motorway").orElseThrow().solver("random").orElseThrow();
        org.evwb.ui.platform.RunEntry[] run = new org.evwb.ui.platform.RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(
                new org.evwb.ui.platform.RunRequest("motorway", "random", spec.defaults(), 3, null)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> run[0].report() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, charts.conflictHistogram().getRowCount(), "one series for the one run");
        var stats = run[0].result().solutionAs(org.evwb.core.study.motorway.MotorwaySchedule.class).orElseThrow()
                .quboStats();
        long reads = 0;
        for (int c = 0; c < charts.conflictHistogram().getColumnCount(); c++) {
            Number n = charts.conflictHistogram().getValue(0, c);
            reads += n == null ? 0 : n.longValue();
        }
        assertEquals(stats.reads(), reads);
    }

    @Test
    void aFinishedRunIsShownInTheGanttFromTheRunsPanelAsTheRunMadeIt(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        var spec = wb.services.studies().study("motorway").orElseThrow().solver("greedy").orElseThrow();
        org.evwb.ui.platform.RunEntry[] run = new org.evwb.ui.platform.RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(
                new org.evwb.ui.platform.RunRequest("motorway", "greedy", spec.defaults(), 1, null)));
        assertNotNull(run[0].report(), "the calling-thread executor finished it");
        // look at another schedule first, then Show the run from its card
        robot.interact(() -> views().gantt().source().setValue(views().gantt().source().getItems().get(1)));
        assertTrue(state.getOnShow().isView(MotorwayController.WHAT_IF_WAITING), "the what-if with waiting on show");
        robot.interact(() -> views().show("tab-motorway-matrix"));
        // the card's Show button (fired: the runs panel may have it scrolled out of sight)
        robot.interact(() -> robot.lookup(".run-show").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(run[0], views().gantt().source().getValue().onShow().run(), "the chooser names the run");
        javafx.scene.control.TabPane centre = robot.lookup("#centre-views").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("tab-motorway-gantt", centre.getSelectionModel().getSelectedItem().getId());
        assertEquals(run[0], state.getActiveRun());
        var schedule = run[0].result().solutionAs(org.evwb.core.study.motorway.MotorwaySchedule.class).orElseThrow();
        var instance = run[0].result().instanceAs(org.evwb.core.study.motorway.MotorwayInstance.class)
                .orElseThrow();
        GanttModel shown = views().gantt().gantt().model();
        assertEquals(GanttModel.of("Run: " + run[0].title(), instance, schedule), shown, "the run's own schedule");
        assertEquals(schedule.assignments().size(), shown.bars().stream()
                .filter(b -> b.kind() == GanttModel.Kind.CHARGING).count());
        // greedy's schedule on the A4 is judged by the checker like any other: the report carries its verdict
        assertEquals(new MotorwayChecker().check(instance, schedule), run[0].report().violations());
    }

    /** The Gantt chart and the map's EMV lines show the same schedule and name the same source. */
    private void assertBothShow(String source, org.evwb.core.study.motorway.MotorwaySchedule schedule)
            throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        MotorwayController.Shown shown = views().controller().shown();
        assertEquals(source, shown.source());
        assertEquals(schedule, shown.schedule());
        assertEquals("Showing: " + source, views().gantt().shownText(), "the Gantt chart names it");
        assertEquals("EMV lines: " + source, views().overlay().caption(), "the map names it");
        assertEquals(schedule, views().overlay().drawnSchedule(), "the map draws it");
        assertEquals(GanttModel.of(shown.title(), shown.instance(), schedule), views().gantt().gantt().model(),
                "the Gantt chart draws it");
    }

    @Test
    void oneScheduleOnShowTheMapAndTheGanttFollowAndNameIt(FxRobot robot) throws Exception {
        openAndEvaluate(robot, a4());
        MotorwayEvaluation ev = views().controller().evaluation();
        assertBothShow("What-if (cpsat, 3 s)", ev.noWait());

        // a finished run goes on show in both
        var spec = wb.services.studies().study("motorway").orElseThrow().solver("greedy").orElseThrow();
        org.evwb.ui.platform.RunEntry[] run = new org.evwb.ui.platform.RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(
                new org.evwb.ui.platform.RunRequest("motorway", "greedy", spec.defaults(), 1, null)));
        var schedule = run[0].result().solutionAs(org.evwb.core.study.motorway.MotorwaySchedule.class).orElseThrow();
        assertEquals(run[0], state.getOnShow().run(), "the one on show is in the app state");
        assertBothShow("Run: motorway / greedy · seed 1", schedule);

        // the user picks the what-if with waiting in the Gantt tab: the map follows
        robot.interact(() -> views().show());
        robot.clickOn("#motorway-gantt-source");
        robot.clickOn("What-if, waiting allowed (cpsat, 3 s): least total waiting");
        assertTrue(state.getOnShow().isView(MotorwayController.WHAT_IF_WAITING));
        assertBothShow("What-if, waiting allowed (cpsat, 3 s)", ev.waiting());

        // a click on the run's card puts it back on show in both
        robot.interact(() -> wb.window.runs().activate(run[0]));
        assertBothShow("Run: motorway / greedy · seed 1", schedule);
        // a project opened next shows nothing of this one
        Project next = a4();
        robot.interact(() -> state.open(next, null));
        assertEquals(null, state.getOnShow());
    }

    /**
     * Writes a node's snapshot as a PNG under target/screenshots; the user guide's pictures in docs/images are copied
     * from there (tests never write into the source tree).
     */
    private static void screenshot(FxRobot robot, javafx.scene.Node node, String name) throws Exception {
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = node.snapshot(null, null));
        Path out = Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
        assertTrue(java.nio.file.Files.size(out) < 300 * 1024, name + " must stay under 300 KB");
    }

    @Test
    void headlessScreenshotsForTheUserGuide(FxRobot robot) throws Exception {
        Project a4 = a4();
        openAndEvaluate(robot, a4);
        robot.interact(() -> state.select(new EntityRef(EntityKind.VEHICLE, "ev3")));
        robot.interact(() -> views().show());
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, views().gantt(), "motorway-gantt.png");
        robot.interact(() -> views().show("tab-motorway-matrix"));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, views().matrix(), "motorway-matrix.png");
        // a what-if comparison: one charger fewer at mop1
        ChargingStation mop1 = a4.find(ChargingStation.class, "mop1").orElseThrow();
        int n = views().controller().evaluationCount();
        robot.interact(() -> state.perform(ReplaceEntities.of("Delete charger c2", mop1,
                mop1.withChargers(mop1.chargers().subList(0, 1)))));
        awaitEvaluation(n);
        robot.interact(() -> views().show("tab-motorway-whatif"));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot(robot, views().whatIf().getParent(), "motorway-whatif.png");
        assertFalse(robot.lookup("#whatif-trip-before").queryAs(javafx.scene.control.Label.class).getText()
                .equals("–"));
    }
}
