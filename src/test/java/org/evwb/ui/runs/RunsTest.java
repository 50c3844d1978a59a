package org.evwb.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Background runs through the real window: the Run dialog, saved results, cancel latency, a failed run. */
@ExtendWith(ApplicationExtension.class)
class RunsTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private AppState state;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"), new StudyRegistry().register(new DemoStudy())
                .register(new FailingStudy()));
        wb.show(stage);
        state = wb.window.state();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    /** 400 vehicles and 40 two-charger stations on a grid: one local-search round takes 400 pauses. */
    private static Project bigProject() {
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            vehicles.add(new Vehicle("EV" + i, "", "T1", new GeoPoint(19 + (i % 20) * 0.01, 50 + (i / 20) * 0.01),
                    10, 50, null, null));
        }
        List<ChargingStation> stations = new ArrayList<>();
        for (int j = 0; j < 40; j++) {
            stations.add(new ChargingStation("CS" + j, "", new GeoPoint(19 + (j % 8) * 0.025, 50 + (j / 8) * 0.04),
                    null, null, List.of(new Charger("1", 50), new Charger("2", 50))));
        }
        Project empty = Project.empty("big");
        return new Project(empty.format(), empty.version(), "big", "", null, null,
                new Infrastructure(null, stations, null, null, null, null), new Fleet(List.of(
                org.evwb.core.project.EntityFactory.vehicleType(empty)), vehicles), null, null, null);
    }

    private RunEntry onlyRun() {
        assertEquals(1, wb.window.runs().runs().size());
        return wb.window.runs().runs().get(0);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private void waitUntilDone(RunEntry e) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> e.endedNanos() != 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRunStartedFromTheDialogIsReportedCheckedAndSavedBesideTheProject(FxRobot robot) throws Exception {
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName()
                .equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        Path projectFile = state.getProjectFile();

        robot.interact(() -> wb.window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".run-solver-dialog").tryQuery().isPresent());
        robot.clickOn("#run-seed").eraseText(2).write("7");
        robot.clickOn(robot.lookup(".run-solver-dialog .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals("Run")).queryButton());
        RunEntry run = onlyRun();
        waitUntilDone(run);

        assertEquals(BackgroundTask.State.SUCCEEDED, fx(() -> run.task().getState()));
        assertEquals(RunStatus.COMPLETED, run.report().status());
        assertEquals(7, run.report().seed());
        assertTrue(run.report().feasible(), run.report().violations().toString());
        assertEquals(3.0, run.report().objectives().get("assignedVehicles"));
        assertTrue(robot.lookup(".run-status-ok").queryAs(Label.class).getText().contains("feasible"));
        assertTrue(robot.lookup(".run-carbon").queryAs(Label.class).getText().contains("estimate"));

        Path saved = run.resultFile();
        assertNotNull(saved);
        assertEquals(ResultStore.folderFor(projectFile), saved.getParent());
        assertEquals("ui-test-sample.results", saved.getParent().getFileName().toString());
        assertTrue(Files.readString(saved).contains("\"solver\" : \"greedy\""));
        assertTrue(!Files.readString(projectFile).contains("greedy"), "results never go into the project file");

        // Reopening the project lists the run again.
        robot.interact(() -> wb.window.projects().close());
        assertTrue(wb.window.runs().runs().isEmpty());
        robot.interact(() -> wb.window.projects().open(projectFile));
        // the saved runs are read (and typed against the project) in the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> wb.window.runs().runs().size() == 1));
        RunEntry again = onlyRun();
        assertEquals(run.report().objectives(), again.report().objectives());
        assertEquals(saved, again.resultFile());
        assertEquals(run.result().solution(), again.result().solution(), "the solution read back is the one run");
        assertEquals(null, again.result().note(), "the project is unchanged, so no note");
        assertEquals(again, fx(() -> state.getActiveRun()), "the newest saved run is the active one");
    }

    /**
     * Opens the big project and starts a local search of 400 steps of 25 ms per round (a round alone takes 10 s);
     * returns once it runs and its chart has the first point (the greedy start stands, the slow swaps follow).
     */
    private RunEntry startSlowLocalSearch(FxRobot robot) throws Exception {
        robot.interact(() -> state.open(bigProject(), null));
        AtomicReference<RunEntry> ref = new AtomicReference<>();
        robot.interact(() -> ref.set(wb.window.runs().start(new RunRequest(DemoStudy.ID, "local-search",
                new DemoStudy.LocalSearchParameters(1000, 25), 1, Duration.ofMinutes(5)))));
        RunEntry run = ref.get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> run.task().getState() == BackgroundTask.State.RUNNING
                && wb.window.runs().chartOf(run).pointCount("total distance km") > 0));
        return run;
    }

    @Test
    void cancelTakesEffectWithin200Milliseconds(FxRobot robot) throws Exception {
        RunEntry run = startSlowLocalSearch(robot);
        Thread.sleep(300); // well inside the first round
        assertEquals(1, state.getRunningTasks().size());

        robot.clickOn(".run-cancel");
        waitUntilDone(run);

        assertEquals(BackgroundTask.State.CANCELLED, fx(() -> run.task().getState()));
        double latencyMs = (run.endedNanos() - run.cancelRequestedNanos()) / 1e6;
        assertTrue(run.cancelRequestedNanos() > 0);
        assertTrue(latencyMs < 200, "cancel took " + latencyMs + " ms");
        assertEquals(RunStatus.CANCELLED, run.report().status());
        assertTrue(state.getRunningTasks().isEmpty());
        System.out.printf("cancel latency: %.1f ms%n", latencyMs);
    }

    @Test
    void aCancelledRunShowsItsBestSoFarWithTheCheckersVerdict(FxRobot robot) throws Exception {
        RunEntry run = startSlowLocalSearch(robot);
        robot.clickOn(".run-cancel");
        waitUntilDone(run);

        assertEquals(RunStatus.CANCELLED, run.report().status());
        assertNotNull(run.result().solution(), "the best so far is kept");
        @SuppressWarnings("unchecked")
        var result = (org.evwb.ui.platform.RunResult<Object, Object>) run.result();
        assertEquals(result.study().checker().check(result.instance(), result.solution()), run.report().violations());
        Label status = robot.lookup(".run-status").queryAs(Label.class);
        assertEquals("Cancelled — best so far is feasible (checked)", status.getText());
        assertTrue(status.getStyleClass().contains("run-status-ok"));
        assertTrue(robot.lookup(".run-objective").queryAll().size() >= 2, "the best so far's objectives are shown");
    }

    @Test
    void statusTextsOfCancelledRunsSayWhatTheCheckerFound() {
        RunReport none = report(RunStatus.CANCELLED, java.util.Map.of(), List.of());
        assertEquals("Cancelled before a solution was found", RunCard.statusText(none));
        RunReport bad = report(RunStatus.CANCELLED, java.util.Map.of("x", 1.0), List.of(
                new org.evwb.core.solve.Violation("c", "broken"), new org.evwb.core.solve.Violation("d", "too")));
        assertEquals("Cancelled — best so far is INFEASIBLE (2 violations)", RunCard.statusText(bad));
    }

    private static RunReport report(RunStatus status, java.util.Map<String, Double> objectives,
                                    List<org.evwb.core.solve.Violation> violations) {
        return new RunReport("demo", "local-search", 1, java.util.Map.of(), java.time.Instant.EPOCH, status, 1, 1,
                org.evwb.core.solve.ComputeCarbon.estimate(1, 1, org.evwb.core.solve.ComputeCarbon.Settings.DEFAULT),
                objectives, violations, null);
    }

    @Test
    void aFailedRunShowsADialogAndWritesTheStackTraceToTheLog(FxRobot robot) throws Exception {
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName()
                .equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        AtomicReference<RunEntry> ref = new AtomicReference<>();
        robot.interact(() -> ref.set(wb.window.runs().start(new RunRequest("failing", "throws",
                new FailingStudy.NoParameters(), 1, null))));
        waitUntilDone(ref.get());

        assertEquals(RunStatus.FAILED, ref.get().report().status());
        String text = robot.lookup(".error-dialog .content").queryAs(Label.class).getText();
        assertTrue(text.contains(FailingStudy.MESSAGE), text);
        assertTrue(text.contains(wb.log.file().toString()), "the dialog says where the details are");
        String log = Files.readString(wb.log.file());
        assertTrue(log.contains("java.lang.IllegalStateException: " + FailingStudy.MESSAGE), log);
        assertTrue(log.contains("at org.evwb.ui.runs.FailingStudy"), "the stack trace is in the log");
        assertTrue(robot.lookup(".run-status-infeasible").queryAs(Label.class).getText().startsWith("Failed"));
    }
}
