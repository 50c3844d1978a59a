package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.edit.ReplaceEntities;
import org.evwb.ui.exchange.ExchangeViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The small things a new user noticed: plurals in the status bar and tables, counts without decimals, a message after
 * Save, and a question (not a silent "-2" copy) when a sample the user has changed is opened again.
 */
@ExtendWith(ApplicationExtension.class)
class WindowPolishFxTest {

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

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

    private SampleProjects.Sample sample(String fileName) {
        return wb.services.samples().list().stream().filter(x -> x.fileName().equals(fileName)).findFirst()
                .orElseThrow();
    }

    private String statusText(FxRobot robot) throws Exception {
        StatusBar bar = robot.lookup(".workbench-status").queryAs(StatusBar.class);
        return fx(bar::getText);
    }

    /**
     * The first frame shows the start page alone; the workspace is built after it, hidden until a project opens, with
     * the map as its first tab; the View menu still hides and shows the workspace's panes.
     */
    @Test
    void theWorkspaceComesAfterTheFirstFrameAndItsPanesFollowTheViewMenu(FxRobot robot) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(wb.log.file()).contains("workspace ready") && System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(Files.readString(wb.log.file()).contains("workspace ready"), "the workspace is built by itself");
        Node workspace = robot.lookup(".workspace").query();
        assertFalse(fx(() -> workspace.getParent().isVisible()), "hidden while no project is open");
        assertTrue(fx(() -> robot.lookup(".start-page").query().isVisible()));

        robot.interact(() -> wb.window.projects().openSample(sample("v2g-fleet.evwb.json")));
        assertTrue(fx(() -> workspace.getParent().isVisible()));
        assertEquals("tab-map", fx(() -> robot.lookup("#centre-views").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId()), "the map is the first tab, in front");

        javafx.scene.control.CheckMenuItem tables = fx(() -> robot.lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-view-tables".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow());
        robot.interact(() -> tables.setSelected(false));
        assertFalse(fx(() -> wb.window.tablesPane().isVisible() || wb.window.tablesPane().isManaged()));
        robot.interact(() -> tables.setSelected(true));
        assertTrue(fx(() -> wb.window.tablesPane().isVisible() && wb.window.tablesPane().isManaged()));
    }

    @Test
    void theStatusBarAndTheTablesCountWithTheRightPlural(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("v2g-fleet.evwb.json")));
        String status = statusText(robot);
        assertTrue(status.contains("2 time series") && !status.contains("seriess"), status);
        assertTrue(status.contains("1 charging station,") && status.contains("50 vehicles"), status);
        robot.interact(() -> wb.window.tables().showKind(EntityKind.CHARGING_STATION));
        Label count = fx(() -> (Label) wb.window.tables().table(EntityKind.CHARGING_STATION).lookup(".table-count"));
        assertEquals("1 row", fx(count::getText));
        Label vehicles = fx(() -> (Label) wb.window.tables().table(EntityKind.VEHICLE).lookup(".table-count"));
        assertEquals("50 rows", fx(vehicles::getText));
    }

    @Test
    void countsAndWholeObjectivesAreShownWithoutDecimals(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("exchange-classroom.evwb.json")));
        var dashboard = fx(() -> wb.window.studyViews("exchange", ExchangeViews.class).orElseThrow().view()
                .dashboard());
        robot.interact(dashboard::runAll);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = fx(() -> (TableView<?>) dashboard.lookup(".table-view"));
        var column = fx(() -> table.getColumns().stream().filter(c -> c.getText().equals("Matched pairs"))
                .findFirst().orElseThrow());
        int rows = fx(() -> table.getItems().size());
        assertTrue(rows >= 3, "the comparison ran");
        for (int r = 0; r < rows; r++) {
            int row = r;
            String cell = fx(() -> String.valueOf(column.getCellData(row)));
            assertTrue(cell.matches("\\d+"), "a count of pairs shows as a whole number: " + cell);
        }
        // the run cards in the runs panel, too: "Matched pairs 4", not "matchedPairs = 4.00000"
        List<String> objectives = fx(() -> wb.window.runsPane().lookupAll(".run-objective").stream()
                .map(n -> ((Label) n).getText()).toList());
        List<String> pairs = objectives.stream().filter(t -> t.startsWith("Matched pairs ")).toList();
        assertFalse(pairs.isEmpty(), objectives.toString());
        for (String t : pairs) {
            assertTrue(t.matches("Matched pairs \\d+"), t);
        }
    }

    @Test
    void saveSaysWhatWasSavedAndWhen(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("motorway-a4.evwb.json")));
        Path file = fx(() -> wb.window.state().getProjectFile());
        robot.interact(() -> {
            var s = wb.window.state();
            ChargingStation cs = s.getProject().find(ChargingStation.class, "mop1").orElseThrow();
            s.perform(ReplaceEntities.of("rename", cs, new ChargingStation(cs.id(), "Renamed", cs.position(),
                    cs.motorwayId(), cs.chainageKm(), cs.chargers())));
        });
        String before = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"));
        robot.interact(() -> wb.window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        String after = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm"));
        assertFalse(fx(() -> wb.window.state().isDirty()));
        String msg = fx(() -> ((Label) robot.lookup(".status-saved").query()).getText());
        assertTrue(msg.equals("Saved " + file.getFileName() + " at " + before)
                || msg.equals("Saved " + file.getFileName() + " at " + after), msg);
        // the next edit makes it old news
        robot.interact(() -> {
            var s = wb.window.state();
            ChargingStation cs = s.getProject().find(ChargingStation.class, "mop1").orElseThrow();
            s.perform(ReplaceEntities.of("rename", cs, new ChargingStation(cs.id(), "Again", cs.position(),
                    cs.motorwayId(), cs.chainageKm(), cs.chargers())));
        });
        assertEquals("", fx(() -> ((Label) robot.lookup(".status-saved").query()).getText()));
    }

    /** Opens a sample without waiting (the question blocks the FX thread until answered). */
    private Future<Boolean> openSampleLater(String fileName) {
        SampleProjects.Sample s = sample(fileName);
        return WaitForAsyncUtils.asyncFx(() -> wb.window.projects().openSample(s));
    }

    private void answer(FxRobot robot, String button) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".sample-copy-dialog").queryAs(DialogPane.class);
        Node b = pane.getButtonTypes().stream().filter(t -> t.getText().equals(button)).findFirst()
                .map(pane::lookupButton).orElseThrow(() -> new AssertionError("no button " + button + " in "
                        + pane.getButtonTypes()));
        robot.interact(((Button) b)::fire);
    }

    @Test
    void reopeningAChangedSampleAsksWhetherToOpenTheCopyOrStartAgain(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("motorway-a4.evwb.json")));
        Path copy = fx(() -> wb.window.state().getProjectFile());
        robot.interact(() -> {
            var s = wb.window.state();
            ChargingStation cs = s.getProject().find(ChargingStation.class, "mop1").orElseThrow();
            s.perform(ReplaceEntities.of("rename", cs, new ChargingStation(cs.id(), "Mine", cs.position(),
                    cs.motorwayId(), cs.chainageKm(), cs.chargers())));
            assertTrue(wb.window.projects().save());
        });
        byte[] changed = Files.readAllBytes(copy);

        // open the sample again: asked; "Open my copy" opens the changed file, no new file appears
        Future<Boolean> opened = openSampleLater("motorway-a4.evwb.json");
        answer(robot, "Open my copy");
        assertTrue(opened.get(30, TimeUnit.SECONDS));
        assertEquals(copy, fx(() -> wb.window.state().getProjectFile()));
        assertEquals("Mine", fx(() -> wb.window.state().getProject().find(ChargingStation.class, "mop1")
                .orElseThrow().name()));
        try (var files = Files.list(copy.getParent())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("motorway-a4-"))
                    .toList(), "no numbered copy was made");
        }

        // again, "Fresh copy": the sample as shipped, in a new file beside the user's, which is kept as it was
        opened = openSampleLater("motorway-a4.evwb.json");
        answer(robot, "Fresh copy");
        assertTrue(opened.get(30, TimeUnit.SECONDS));
        Path fresh = fx(() -> wb.window.state().getProjectFile());
        assertNotEquals(copy, fresh);
        assertEquals(copy.getParent(), fresh.getParent());
        assertTrue(Files.readString(fresh).equals(new String(sample("motorway-a4.evwb.json").content(),
                java.nio.charset.StandardCharsets.UTF_8)), "the fresh copy is the sample as shipped");
        assertTrue(java.util.Arrays.equals(changed, Files.readAllBytes(copy)), "the user's copy is untouched");

        // and Cancel opens nothing
        opened = openSampleLater("motorway-a4.evwb.json");
        answer(robot, "Cancel");
        assertFalse(opened.get(30, TimeUnit.SECONDS));
        assertEquals(fresh, fx(() -> wb.window.state().getProjectFile()));
    }

    @Test
    void anUnchangedCopyOfASampleOpensWithoutAQuestion(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.projects().openSample(sample("motorway-a4.evwb.json")));
        Path copy = fx(() -> wb.window.state().getProjectFile());
        robot.interact(() -> assertTrue(wb.window.projects().openSample(sample("exchange-classroom.evwb.json"))));
        robot.interact(() -> assertTrue(wb.window.projects().openSample(sample("motorway-a4.evwb.json"))));
        assertEquals(copy, fx(() -> wb.window.state().getProjectFile()));
        assertTrue(robot.lookup(".sample-copy-dialog").tryQuery().isEmpty());
    }
}
