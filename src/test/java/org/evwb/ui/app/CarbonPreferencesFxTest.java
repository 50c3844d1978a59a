package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.ui.platform.CarbonPreferences;
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

/**
 * Edit ▸ Preferences… sets the compute-carbon constants: a value out of range is refused naming the field, a saved
 * one reaches the next run's report and its card, and it is kept in preferences.json for the next window.
 */
@ExtendWith(ApplicationExtension.class)
class CarbonPreferencesFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home"), new StudyRegistry().register(new DemoStudy()));
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private RunEntry runGreedy(FxRobot robot) {
        RunEntry[] run = new RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(new RunRequest(DemoStudy.ID, "greedy",
                new DemoStudy.GreedyParameters(), 5, null)));
        return run[0];
    }

    @Test
    void aChangedPreferenceReachesTheNextRunsReport(FxRobot robot) throws Exception {
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName()
                .equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        assertEquals(ComputeCarbon.Settings.DEFAULT, runGreedy(robot).report().computeCarbon().settings());

        robot.interact(() -> wb.window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".preferences-dialog").queryAs(DialogPane.class);
        TextField grid = (TextField) pane.lookup("#param-gridKgPerKWh");
        TextField core = (TextField) pane.lookup("#param-wattsPerBusyCore");
        Button save = (Button) pane.lookup("#preferences-save");
        robot.interact(() -> grid.setText("7"));
        robot.interact(save::fire);
        assertTrue(pane.getScene().getWindow().isShowing(), "out of range: the dialog stays open");
        String refused = robot.lookup("#preferences-error").queryLabeled().getText();
        assertTrue(refused.contains("7") && refused.toLowerCase().contains("grid"), refused);

        robot.interact(() -> {
            grid.setText("0.75");
            core.setText("25");
        });
        robot.interact(save::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".preferences-dialog").tryQuery().isEmpty(), "saved and closed");

        RunEntry next = runGreedy(robot);
        ComputeCarbon c = next.report().computeCarbon();
        assertEquals(new ComputeCarbon.Settings(25, 3, 0.75), c.settings());
        assertEquals(c.energyKWh() * 0.75, c.co2Kg(), 1e-15);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".run-card").queryAll().stream().anyMatch(n -> n.lookupAll(".label").stream()
                .anyMatch(l -> ((javafx.scene.control.Labeled) l).getText().contains("25 W/busy core")
                        && ((javafx.scene.control.Labeled) l).getText().contains("0.75 kg CO2/kWh"))),
                "the card shows the constants the figure used");

        Path prefs = wb.dirs.preferences();
        assertTrue(Files.readString(prefs).contains("\"gridKgPerKWh\" : 0.75"), Files.readString(prefs));
        assertEquals(new ComputeCarbon.Settings(25, 3, 0.75), new CarbonPreferences(prefs,
                org.evwb.core.project.Json.newMapper()).current(), "kept for the next window");
    }
}
