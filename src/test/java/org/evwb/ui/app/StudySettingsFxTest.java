package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.project.Project;
import org.evwb.core.solve.ParameterNote;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Study ▸ … settings… for every registered study, on its sample project: the editor opens from the Study menu, every
 * note the study declares appears beside its parameter when the parameter takes the note's value, a changed value is
 * one project edit that the study's parameters follow, and Ctrl+Z takes it back. A value out of range is refused
 * naming the field; a preset puts its values in the form and is saved as the configuration's preset.
 */
@ExtendWith(ApplicationExtension.class)
class StudySettingsFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private DialogPane openSettings(FxRobot robot, StudyDefinition<?, ?> study) {
        Path file = home.resolve(study.id() + ".evwb.json");
        try {
            new org.evwb.core.project.ProjectIO().save(study.sampleProject().orElseThrow(), file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // a saved project, so opening the next study's asks nothing
        robot.interact(() -> {
            if (wb.window.state().isDirty()) {
                wb.window.projects().save();
            }
            wb.window.projects().open(file);
        });
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu menu = bar.getMenus().stream().filter(m -> "menu-study".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = menu.getItems().stream().filter(i -> ("menu-settings-" + study.id()).equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no settings item for " + study.id()));
        assertFalse(item.isDisable(), "enabled with a project open");
        Platform.runLater(item::fire); // not interact: the dialog waits for the user
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".study-settings-dialog").queryAs(DialogPane.class);
    }

    private static Object current(Project p, StudyDefinition<?, ?> study, String name) throws Exception {
        Record r = study.parameters().from(p, p.studyConfig(study.id()).orElse(null));
        return r.getClass().getMethod(name).invoke(r);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setControl(FxRobot robot, Node control, Object value) {
        robot.interact(() -> {
            if (control instanceof CheckBox box) {
                box.setSelected(Boolean.parseBoolean(String.valueOf(value)));
            } else if (control instanceof ChoiceBox choice) {
                Object constant = choice.getItems().stream().filter(c -> ((Enum<?>) c).name()
                        .equalsIgnoreCase(String.valueOf(value))).findFirst().orElseThrow();
                choice.setValue(constant);
            } else {
                ((TextField) control).setText(String.valueOf(value));
            }
        });
    }

    @Test
    void everyStudysSettingsOpenShowTheNotesChangeAValueAndUndo(FxRobot robot) throws Exception {
        for (StudyDefinition<?, ?> study : Studies.standard().studies()) {
            DialogPane pane = openSettings(robot, study);
            Project before = wb.window.state().getProject();
            RecordComponent[] components = study.parameters().type().getRecordComponents();

            for (ParameterNote note : study.parameterNotes()) {
                Node control = pane.lookup("#param-" + note.parameter());
                assertNotNull(control, study.id() + ": a note names a parameter of the form: " + note.parameter());
                if (note.value() != null) {
                    setControl(robot, control, note.value());
                }
                Label shown = (Label) pane.lookup("#note-" + note.parameter());
                assertEquals(note.text(), shown.getText(), study.id() + ": the note beside " + note.parameter());
            }
            Button save = (Button) pane.lookup("#settings-save");

            // reopen on a clean form: the notes loop changed values on purpose
            robot.interact(() -> ((Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
            DialogPane fresh = openSettingsAgain(robot, study);
            Button saveFresh = (Button) fresh.lookup("#settings-save");
            // the first boolean or enum parameter, changed
            RecordComponent changed = Arrays.stream(components).filter(c -> c.getType() == boolean.class
                    || c.getType().isEnum()).findFirst().orElse(null);
            if (changed == null) {
                robot.interact(saveFresh::fire);
                assertEquals(before, wb.window.state().getProject(), study.id() + ": nothing to change, no edit");
                continue;
            }
            Object was = current(before, study, changed.getName());
            Object to = changed.getType() == boolean.class ? !(Boolean) was
                    : Arrays.stream(changed.getType().getEnumConstants()).filter(c -> c != was).findFirst()
                    .orElseThrow();
            setControl(robot, fresh.lookup("#param-" + changed.getName()), to instanceof Enum<?> e ? e.name() : to);
            robot.interact(saveFresh::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup(".study-settings-dialog").tryQuery().isEmpty(), () -> study.id()
                    + ": saved, closed; refused: " + ((Label) fresh.lookup("#settings-error")).getText());
            Project after = wb.window.state().getProject();
            assertEquals(to, current(after, study, changed.getName()), study.id() + ": the project follows");
            assertTrue(wb.window.state().isDirty(), "an edit of the project");

            robot.interact(() -> wb.window.tables().requestFocus());
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(was, current(wb.window.state().getProject(), study, changed.getName()),
                    study.id() + ": undone");
            assertEquals(before.studies(), wb.window.state().getProject().studies());
            assertNotNull(save);
        }
    }

    private DialogPane openSettingsAgain(FxRobot robot, StudyDefinition<?, ?> study) {
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu menu = bar.getMenus().stream().filter(m -> "menu-study".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = menu.getItems().stream().filter(i -> ("menu-settings-" + study.id()).equals(i.getId()))
                .findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".study-settings-dialog").queryAs(DialogPane.class);
    }

    @Test
    void aValueOutOfRangeIsRefusedAndAPresetIsSavedAsThePreset(FxRobot robot) throws Exception {
        StudyDefinition<?, ?> exchange = Studies.standard().study("exchange").orElseThrow();
        DialogPane pane = openSettings(robot, exchange);
        Project before = wb.window.state().getProject();
        Button save = (Button) pane.lookup("#settings-save");
        setControl(robot, pane.lookup("#param-reserveHours"), "0");
        robot.interact(save::fire);
        String refused = robot.lookup("#settings-error").queryLabeled().getText();
        assertTrue(refused.toLowerCase().contains("reserve"), refused);
        assertEquals(before, wb.window.state().getProject(), "refused: no edit");
        setControl(robot, pane.lookup("#param-reserveHours"), "1");

        @SuppressWarnings("unchecked")
        ChoiceBox<String> preset = (ChoiceBox<String>) pane.lookup("#settings-preset");
        robot.interact(() -> preset.setValue("Table II as printed"));
        TextField cpu = (TextField) pane.lookup("#param-cpuCostPerM2");
        assertEquals(0.1, Double.parseDouble(cpu.getText()), "the preset's value in the form");
        assertTrue(((Label) pane.lookup("#settings-preset-why")).getText().contains("p_cpu = 0.1"));
        Button saveNow = (Button) pane.lookup("#settings-save");
        robot.interact(saveNow::fire);
        WaitForAsyncUtils.waitForFxEvents();
        var config = wb.window.state().getProject().studyConfig("exchange").orElseThrow();
        assertEquals("table-ii-as-printed", config.preset());
        assertNull(config.parameters().get("cpuCostPerM2"), "only what differs from the preset is written");
        assertEquals(0.1, current(wb.window.state().getProject(), exchange, "cpuCostPerM2"));
        assertNotEquals(before, wb.window.state().getProject());
    }
}
