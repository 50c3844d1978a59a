package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.edit.ReplaceEntities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.evwb.ui.platform.AppState;

/** Unsaved work survives a crash: autosaved to the recovery folder, offered back on the next start, then cleaned up. */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private TestWorkbench restarted;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
        if (restarted != null) {
            restarted.close();
        }
    }

    private void openSampleAndRenameEv1(FxRobot robot, TestWorkbench w) {
        SampleProjects.Sample sample = w.services.samples().list().stream()
                .filter(s -> s.fileName().equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> w.window.projects().openSample(sample));
        AppState state = w.window.state();
        Vehicle ev1 = state.getProject().find(Vehicle.class, "EV1").orElseThrow();
        Vehicle renamed = new Vehicle(ev1.id(), "renamed before the crash", ev1.typeId(), ev1.position(),
                ev1.socKWh(), ev1.speedKmh(), ev1.targetSocKWh(), ev1.trip());
        robot.interact(() -> state.perform(ReplaceEntities.of("Rename", ev1, renamed)));
        assertTrue(state.isDirty());
    }

    private List<Path> copies() throws Exception {
        Path dir = wb.dirs.recovery();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".evwb.json")).toList();
        }
    }

    @Test
    void unsavedWorkIsOfferedBackAfterACrashAndTheCopyGoesOnceSaved(FxRobot robot) throws Exception {
        openSampleAndRenameEv1(robot, wb);
        Path original = wb.window.state().getProjectFile();
        robot.interact(() -> wb.window.autosave().saveNow());
        wb.window.autosave().afterPendingWrites(() -> { });
        assertEquals(1, copies().size());
        assertTrue(Files.readString(copies().get(0)).contains("renamed before the crash"));
        assertFalse(Files.readString(original).contains("renamed before the crash"), "the project file is untouched");

        // "Crash": a new workbench on the same home, without saving or closing the first one.
        restarted = new TestWorkbench(home.resolve("home"));
        robot.interact(() -> restarted.show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        Button restore = robot.lookup(".recovered-restore").queryButton();
        assertTrue(robot.lookup(".recovered-label").queryLabeled().getText()
                .startsWith("ui-test-sample.evwb.json — changes from "));
        robot.interact(restore::fire);

        AppState state = restarted.window.state();
        assertEquals("renamed before the crash",
                state.getProject().find(new EntityRef(EntityKind.VEHICLE, "EV1")).orElseThrow().name());
        assertEquals(original, state.getProjectFile(), "restored as the project it belongs to");
        assertTrue(state.isDirty(), "nothing is written until the user saves");
        assertTrue(stage.getTitle().contains("*"));

        robot.interact(() -> restarted.window.projects().save());
        restarted.window.autosave().afterPendingWrites(() -> { });
        assertTrue(Files.readString(original).contains("renamed before the crash"));
        assertEquals(List.of(), copies(), "the copy is removed once the work is saved");
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheCopyAndDiscardOnTheStartPageToo(FxRobot robot) throws Exception {
        openSampleAndRenameEv1(robot, wb);
        robot.interact(() -> wb.window.autosave().saveNow());
        wb.window.autosave().afterPendingWrites(() -> { });
        assertEquals(1, copies().size());
        robot.interact(() -> wb.window.state().undo());
        wb.window.autosave().afterPendingWrites(() -> { });
        assertEquals(List.of(), copies());

        robot.interact(() -> wb.window.state().redo());
        robot.interact(() -> wb.window.autosave().saveNow());
        wb.window.autosave().afterPendingWrites(() -> { });
        restarted = new TestWorkbench(home.resolve("home"));
        robot.interact(() -> restarted.show(stage));
        robot.interact(() -> robot.lookup(".recovered-discard").queryButton().fire());
        assertEquals(List.of(), copies());
        assertFalse(robot.lookup(".recovered-row").tryQuery().isPresent());
    }
}
