package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Project;
import org.evwb.core.project.TimeSeries;
import org.evwb.core.project.Vehicle;
import org.evwb.ui.platform.BackgroundTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.evwb.ui.platform.AppState;

/**
 * File ▸ Import through the real window: good files add one undoable edit, bad files change nothing; the file is
 * read by a background task (progress, cancel), never on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class CsvImportTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
    }

    @BeforeEach
    void openSample(FxRobot robot) {
        var sample = wb.services.samples().list().stream()
                .filter(s -> s.fileName().equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    /** Runs an import action on the FX thread and waits until its background task has ended (callbacks run). */
    private static <T> BackgroundTask<T> run(FxRobot robot, Supplier<Optional<BackgroundTask<T>>> action)
            throws Exception {
        List<BackgroundTask<T>> started = new ArrayList<>();
        robot.interact(() -> started.add(action.get().orElseThrow()));
        BackgroundTask<T> task = started.get(0);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        return task;
    }

    @Test
    void vehiclesAreAddedAsOneUndoableEditAndSelected(FxRobot robot) throws Exception {
        Path csv = home.resolve("fleet.csv");
        Files.writeString(csv, "id,name,typeId,lon,lat,socKWh\nX1,first,T1,19.1,50.2,10\nX2,second,T1,19.2,50.3,12.5\n");
        wb.files.toImport.add(csv);
        BackgroundTask<List<Vehicle>> task = run(robot, () -> wb.window.imports().importVehicles());
        AppState state = wb.window.state();
        assertEquals(BackgroundTask.State.SUCCEEDED, task.getState());
        assertEquals(2, task.getValue().size());
        assertEquals(5, state.getProject().entities(EntityKind.VEHICLE).size());
        assertEquals(2, state.getSelection().size());
        robot.interact(state::undo);
        assertEquals(3, state.getProject().entities(EntityKind.VEHICLE).size());
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingRowAndColumn(FxRobot robot) throws Exception {
        Path csv = home.resolve("bad.csv");
        Files.writeString(csv, "id,typeId,lon,lat,socKWh\nX1,T1,19.1,50.2,10\nX2,T1,19.2,50.3,abc\n");
        wb.files.toImport.add(csv);
        Project before = wb.window.state().getProject();
        run(robot, () -> wb.window.imports().importVehicles());
        assertEquals(before, wb.window.state().getProject(), "nothing was added");
        ListView<?> problems = robot.lookup(".problem-list").queryAs(ListView.class);
        String first = problems.getItems().get(0).toString();
        assertTrue(first.contains("row 3") && first.contains("socKWh") && first.contains("abc"), first);
        robot.interact(() -> ((Stage) problems.getScene().getWindow()).close());
    }

    @Test
    void timeSeriesUseTheSlotLengthTheUserGives(FxRobot robot) throws Exception {
        Path csv = home.resolve("prices.csv");
        Files.writeString(csv, "price [¤/kWh],demand [kW]\n0.20,100\n0.25,120\n0.22,90\n");
        wb.files.toImport.add(csv);
        wb.files.slotMinutes.add(30.0);
        run(robot, () -> wb.window.imports().importTimeSeries());
        var series = wb.window.state().getProject().timeSeries();
        TimeSeries price = series.stream().filter(s -> s.id().equals("price")).findFirst().orElseThrow();
        assertEquals(30.0, price.slotMinutes());
        assertEquals(3, price.size());
        assertEquals(0.25, price.values().get(1));
        assertEquals("¤/kWh", price.unit());
    }

    @Test
    void aLargeImportIsABackgroundTaskWithProgressThatTheFxThreadDoesNotWaitFor(FxRobot robot) throws Exception {
        Path csv = home.resolve("large.csv");
        StringBuilder b = new StringBuilder("id,typeId,lon,lat,socKWh\n");
        for (int i = 0; i < 60_000; i++) {
            b.append("L").append(i).append(",T1,19.1,50.2,10\n");
        }
        Files.writeString(csv, b);
        wb.files.toImport.add(csv);
        AppState state = wb.window.state();
        Project before = state.getProject();
        List<BackgroundTask<?>> seen = new ArrayList<>();
        List<String> fxThreadSaw = new ArrayList<>();
        robot.interact(() -> {
            state.getRunningTasks().addListener((ListChangeListener<BackgroundTask<?>>) c -> {
                while (c.next()) {
                    seen.addAll(c.getAddedSubList());
                }
            });
            Optional<BackgroundTask<List<Vehicle>>> t = wb.window.imports().importVehicles();
            // the action returned on the FX thread: the file is read by the task, not here
            fxThreadSaw.add(t.orElseThrow().isDone() + " " + (state.getProject() == before));
            t.get().progressProperty().addListener((o, a, v) -> fxThreadSaw.add("progress " + v));
        });
        assertEquals("false true", fxThreadSaw.get(0));
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).title().startsWith("importing vehicles from large.csv"), seen.get(0).title());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, seen.get(0)::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BackgroundTask.State.SUCCEEDED, seen.get(0).getState());
        assertEquals(60_003, state.getProject().entities(EntityKind.VEHICLE).size());
        assertTrue(state.getSelection().isEmpty(), "a whole fleet is not selected");
        assertTrue(fxThreadSaw.stream().anyMatch(s -> s.startsWith("progress 0.")), fxThreadSaw.toString());
    }

    @Test
    void aCancelledImportAddsNothing(FxRobot robot) throws Exception {
        Path csv = home.resolve("cancelled.csv");
        StringBuilder b = new StringBuilder("id,typeId,lon,lat,socKWh\n");
        for (int i = 0; i < 60_000; i++) {
            b.append("C").append(i).append(",T1,19.1,50.2,10\n");
        }
        Files.writeString(csv, b);
        wb.files.toImport.add(csv);
        AppState state = wb.window.state();
        Project before = state.getProject();
        List<BackgroundTask<List<Vehicle>>> started = new ArrayList<>();
        robot.interact(() -> {
            started.add(wb.window.imports().importVehicles().orElseThrow());
            state.cancelAllTasks(); // Run ▸ Cancel all runs
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, started.get(0)::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(BackgroundTask.State.CANCELLED, started.get(0).getState());
        assertEquals(before, state.getProject(), "nothing was added");
        assertTrue(state.getRunningTasks().isEmpty());
    }
}
