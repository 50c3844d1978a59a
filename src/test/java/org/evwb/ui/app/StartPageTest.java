package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start page lists the samples, opens a copy of one, lists recent files, and reports a bad file's problems. */
@ExtendWith(ApplicationExtension.class)
class StartPageTest {

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

    @Test
    void showsTheSamplesAndOpensACopyWithItsEntitiesInTheTables(FxRobot robot) {
        Hyperlink link = robot.lookup(".sample-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("UI test sample")).findFirst().orElseThrow();
        Label description = (Label) ((VBox) link.getParent()).getChildren().get(1);
        assertEquals("Two stations, three vehicles: the workbench's own test project.", description.getText());

        // the list of samples is longer than the window: scroll to the link, as a user would
        robot.interact(() -> {
            javafx.scene.control.ScrollPane page = robot.lookup(".start-page").queryAs(
                    javafx.scene.control.ScrollPane.class);
            double content = page.getContent().getBoundsInLocal().getHeight();
            double view = page.getViewportBounds().getHeight();
            double y = page.getContent().sceneToLocal(link.localToScene(0, 0)).getY();
            page.setVvalue(Math.max(0, Math.min(1, (y - view / 2) / Math.max(1, content - view))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> vehicles = robot.lookup("#table-vehicles").queryAs(TableView.class);
        assertEquals(3, vehicles.getItems().size());
        assertEquals(2, robot.lookup("#table-chargingStations").queryAs(TableView.class).getItems().size());
        Path copy = wb.dirs.samples().resolve("ui-test-sample.evwb.json");
        assertTrue(Files.isRegularFile(copy), "the sample is opened from a copy in the user's folder");
        assertEquals(copy, wb.window.state().getProjectFile());
        assertEquals(copy.toAbsolutePath().normalize(), wb.services.recentFiles().files().get(0));
        assertTrue(robot.lookup(".status-bar").tryQuery().isPresent());
    }

    @Test
    void aFileThatCannotBeLoadedListsItsProblemsAndIsLeftUntouched(FxRobot robot) throws Exception {
        Path bad = home.resolve("bad.evwb.json");
        String text = new String(getClass().getResourceAsStream("/sample-projects/ui-test-sample.evwb.json")
                .readAllBytes(), StandardCharsets.UTF_8).replace("\"socKWh\": 20", "\"socKWh\": -5");
        Files.writeString(bad, text);
        byte[] before = Files.readAllBytes(bad);
        wb.files.toOpen.add(bad);

        robot.clickOn("#start-open");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> problems = robot.lookup(".problem-list").queryAs(ListView.class);
        String first = problems.getItems().get(0).toString();
        assertTrue(first.startsWith("$.fleet.vehicles[0].socKWh: "), first);
        assertTrue(robot.lookup(".problem-file").queryAs(Label.class).getText().contains("bad.evwb.json"));
        assertArrayEquals(before, Files.readAllBytes(bad));
        assertEquals(null, wb.window.state().getProject());
    }

    @Test
    void recentFilesThatNoLongerExistAreShownGreyedAndCanBeRemoved(FxRobot robot) throws Exception {
        Path gone = home.resolve("gone.evwb.json");
        robot.interact(() -> wb.services.recentFiles().add(gone));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".recent-missing").tryQuery().isPresent());

        javafx.scene.control.Button remove = robot.lookup(".recent-missing .recent-remove").queryButton();
        robot.interact(remove::fire); // fired rather than clicked: the row may lie below the fold of the page
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".recent-missing").tryQuery().isPresent());
        assertFalse(wb.services.recentFiles().files().contains(gone.toAbsolutePath().normalize()),
                wb.services.recentFiles().files().toString());
        String stored = Files.readString(wb.dirs.home().resolve("recent-files.json"));
        assertFalse(stored.contains("gone.evwb.json"));
    }
}
