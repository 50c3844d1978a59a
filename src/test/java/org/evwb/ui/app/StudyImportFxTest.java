package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.evwb.core.project.Project;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.edge.EdgeTaskTable;
import org.evwb.ui.platform.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Import ▸ Study: kind… through the real window: an item for every import of every registered study; a bad
 * file shows its row and column and changes nothing; a good one, read off the FX thread, is one undoable edit.
 */
@ExtendWith(ApplicationExtension.class)
class StudyImportFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private Menu importMenu(FxRobot robot) {
        Menu file = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0);
        return (Menu) file.getItems().stream().filter(i -> "menu-import".equals(i.getId())).findFirst().orElseThrow();
    }

    private MenuItem item(FxRobot robot, String id) {
        return importMenu(robot).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() ->
                new AssertionError("no menu item " + id));
    }

    @Test
    void aTaskTraceFromTheMenuIsOneUndoableEditAndABadRowChangesNothing(FxRobot robot) throws Exception {
        for (StudyDefinition<?, ?> s : wb.services.studies().studies()) {
            for (DataImporter d : s.importers()) {
                assertEquals(s.title() + ": " + d.menuText(), item(robot, StudyImportActions.menuId(s.id(),
                        d.kind())).getText());
            }
        }
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName().equals("edge-small.evwb.json"))
                .findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        AppState state = wb.window.state();
        Project opened = state.getProject();
        MenuItem tasks = item(robot, StudyImportActions.menuId("edge", "tasks"));

        Path bad = Files.writeString(home.resolve("bad.csv"), "arrivalSlot,deadlineSlot,utilisation\n3,10,0.5\n");
        wb.files.toImport.add(bad);
        robot.interact(tasks::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".problem-list").tryQuery().isPresent());
        ListView<?> problems = robot.lookup(".problem-list").queryAs(ListView.class);
        String first = problems.getItems().get(0).toString();
        assertTrue(first.contains("row 2") && first.contains("deadlineSlot") && first.contains("k = 6"), first);
        robot.interact(() -> ((Stage) problems.getScene().getWindow()).close());
        assertSame(opened, state.getProject(), "a refused file changes nothing");

        Path good = Files.writeString(home.resolve("trace.csv"), "arrivalSlot,deadlineSlot,utilisation\n"
                + "10,12,1\n11,12,1\n60,66,1\n");
        wb.files.toImport.add(good);
        robot.interact(tasks::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> state.getProject() != opened);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(EdgeTaskTable.present(state.getProject()));
        assertEquals(3, state.getProject().find(org.evwb.core.project.TimeSeries.class,
                EdgeTaskTable.seriesId("arrivalSlot")).orElseThrow().size());
        assertEquals("Import 3 tasks from trace.csv", state.undoLabelProperty().get());
        assertTrue(state.isDirty());
        robot.interact(state::undo);
        assertEquals(opened.timeSeries(), state.getProject().timeSeries(), "one undo takes the whole import back");
    }
}
