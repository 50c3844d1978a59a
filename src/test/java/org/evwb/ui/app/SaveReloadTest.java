package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Vehicle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.evwb.ui.platform.AppState;

/** The dirty flag shows in the title; Save As writes the file, and reopening it gives back the edit. */
@ExtendWith(ApplicationExtension.class)
class SaveReloadTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(s);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    @Test
    void dirtyTitleThenSaveAsAndReloadRoundTrip(FxRobot robot) {
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName()
                .equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        AppState state = wb.window.state();
        assertEquals("ui-test-sample.evwb.json — EV Energy Workbench", stage.getTitle());

        robot.interact(() -> state.select(new EntityRef(EntityKind.VEHICLE, "EV3")));
        TextField soc = robot.lookup("#prop-socKWh").queryAs(TextField.class);
        robot.doubleClickOn(soc).eraseText(4).write("44.5").type(KeyCode.ENTER);
        assertTrue(state.isDirty());
        assertEquals("ui-test-sample.evwb.json * — EV Energy Workbench", stage.getTitle());

        Path target = home.resolve("work").resolve("mine.evwb.json");
        wb.files.toSave.add(target);
        robot.interact(() -> wb.window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertTrue(Files.isRegularFile(target));
        assertFalse(state.isDirty());
        assertEquals("mine.evwb.json — EV Energy Workbench", stage.getTitle());

        robot.push(KeyCode.CONTROL, KeyCode.W);
        assertEquals(null, state.getProject());
        assertEquals("EV Energy Workbench", stage.getTitle());

        wb.files.toOpen.add(target);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertEquals(target, state.getProjectFile());
        assertEquals(44.5, state.getProject().find(Vehicle.class, "EV3").orElseThrow().socKWh());
        assertEquals(3, state.getProject().fleet().vehicles().size());
        assertEquals(target.toAbsolutePath().normalize(), wb.services.recentFiles().files().get(0));
        assertFalse(state.isDirty());
    }
}
