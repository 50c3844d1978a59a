package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.evwb.core.project.Json;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.study.Studies;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.motorway.MotorwaySweepPresets;
import org.evwb.ui.chart.QueuedExportDialogs;
import org.evwb.ui.exchange.SweepDialog;
import org.evwb.ui.platform.StudySweepPane;
import org.evwb.ui.platform.StudySweepWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Study ▸ Sweep… on the real window, background work on the calling thread: a small preset run from the dialog gives
 * the engine's rows, its charts and CSV/JSON exports; a bad grid is refused in the dialog; the exchange sweep view
 * offers the study's presets.
 */
@ExtendWith(ApplicationExtension.class)
class StudySweepFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private final QueuedExportDialogs exports = new QueuedExportDialogs();

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home"), Studies.standard())
                .withExportDialogs(exports);
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private Menu studyMenu(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-study".equals(m.getId())).findFirst().orElseThrow();
    }

    private Optional<MenuItem> item(FxRobot robot, String id) {
        return studyMenu(robot).getItems().stream().filter(i -> id.equals(i.getId())).findFirst();
    }

    private void openSample(FxRobot robot, String file) {
        SampleProjects.Sample s = wb.services.samples().list().stream().filter(x -> x.fileName().equals(file))
                .findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(s));
    }

    private StudySweepPane openSweep(FxRobot robot, String studyId) {
        robot.interact(() -> studyMenu(robot).getOnShowing().handle(null));
        MenuItem sweep = item(robot, "menu-sweep-" + studyId).orElseThrow();
        assertFalse(sweep.isDisable(), "enabled with a project open");
        robot.interact(sweep::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#study-sweep-" + studyId).queryAs(StudySweepPane.class);
    }

    @Test
    void everyStudyWithPresetsOrParametersHasSweepInTheMenu(FxRobot robot) {
        for (StudyDefinition<?, ?> s : Studies.standard().studies()) {
            assertEquals(StudySweepWindows.offers(s), item(robot, "menu-sweep-" + s.id()).isPresent(), s.id());
        }
        assertTrue(item(robot, "menu-sweep-motorway").isPresent());
        assertTrue(item(robot, "menu-sweep-exchange").isPresent());
        robot.interact(() -> studyMenu(robot).getOnShowing().handle(null));
        assertTrue(item(robot, "menu-sweep-motorway").orElseThrow().isDisable(), "no project, nothing to sweep");
    }

    @Test
    void aSmallPresetRunsFromTheDialogWithTheEnginesRowsChartsAndExports(FxRobot robot) throws Exception {
        openSample(robot, "motorway-a4.evwb.json");
        StudySweepPane pane = openSweep(robot, "motorway");
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> source = robot.from(pane).lookup("#study-sweep-source").queryAs(ChoiceBox.class);
        assertEquals("Total trip time vs fleet size (greedy, CP-SAT)", source.getValue().toString());
        robot.interact(() -> {
            robot.from(pane).lookup("#study-sweep-solvers").queryAs(TextField.class).setText("greedy");
            robot.from(pane).lookup("#study-sweep-seeds").queryAs(TextField.class).setText("1");
            robot.from(pane).lookup("#study-sweep-run").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        StudySweeps.Output out = pane.output();
        assertNotNull(out, robot.from(pane).lookup("#study-sweep-status").queryAs(Label.class).getText());
        assertEquals(4, out.rows().size());
        assertEquals(4, pane.rowsTable().getItems().size());
        assertEquals("emvs", pane.rowsTable().getColumns().get(0).getText(), "the preset's columns first");
        assertEquals(List.of("study-sweep-chart-trip-time-vs-fleet", "study-sweep-chart-trip-time-vs-fleet-conflicts",
                "study-sweep-chart-trip-time-vs-fleet-cpu"), pane.charts().stream().map(v -> v.getId()).toList());
        assertTrue(robot.from(pane).lookup("#study-sweep-status").queryAs(Label.class).getText()
                .startsWith("Done: 4 of 4 tasks, 4 runs"));

        // the same sweep headless
        var study = Studies.standard().study("motorway").orElseThrow();
        var project = wb.window.state().getProject();
        StudySweeps.Output headless = headless(study, project);
        assertEquals(headless.rows().stream().map(SweepRow::withoutTimings).toList(),
                out.rows().stream().map(SweepRow::withoutTimings).toList());

        // the same sweep on a try-out Hazelcast cluster started by the dialog: the same rows
        robot.interact(() -> {
            robot.from(pane).lookup("#study-sweep-backend").queryAs(ChoiceBox.class).setValue("hazelcast");
            robot.from(pane).lookup("#study-sweep-run").queryAs(Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        StudySweeps.Output onCluster = pane.output();
        assertNotSame(out, onCluster, robot.from(pane).lookup("#study-sweep-status").queryAs(Label.class).getText());
        assertEquals(headless.rows().stream().map(SweepRow::withoutTimings).toList(),
                onCluster.rows().stream().map(SweepRow::withoutTimings).toList());

        Path csv = home.resolve("rows.csv");
        Path json = home.resolve("rows.json");
        exports.answers.add(csv);
        exports.answers.add(json);
        robot.interact(() -> robot.from(pane).lookup("#study-sweep-export-csv").queryAs(Button.class).fire());
        robot.interact(() -> robot.from(pane).lookup("#study-sweep-export-json").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, Files.readAllLines(csv).size(), "header and four rows");
        assertTrue(Files.readString(json).contains("\"totalTripMin\""));
    }

    private static <I, S> StudySweeps.Output headless(StudyDefinition<I, S> study,
                                                     org.evwb.core.project.Project project) {
        var preset = study.sweepPreset(MotorwaySweepPresets.FLEET).orElseThrow();
        var spec = StudySweeps.ofPreset(study, preset, project, project.studyConfig(study.id()).orElse(null))
                .withSolvers(List.of("greedy")).withRuns(1);
        return StudySweeps.run(spec, new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper()),
                ComputeCarbon.Settings.DEFAULT, new RunContext(1, null, RunListener.NONE));
    }

    @Test
    void aBadGridIsRefusedInTheDialogWithTheParameterAndTheRange(FxRobot robot) {
        openSample(robot, "motorway-a4.evwb.json");
        StudySweepPane pane = openSweep(robot, "motorway");
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> source = robot.from(pane).lookup("#study-sweep-source").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            source.setValue(source.getItems().get(source.getItems().size() - 1));
            robot.from(pane).lookup("#study-sweep-grid").queryAs(TextField.class).setText("reserveKWh=-5,2");
        });
        Object[] task = {"not started"};
        robot.interact(() -> task[0] = pane.start());
        assertNull(task[0], "no sweep starts on a refused grid");
        WaitForAsyncUtils.waitForFxEvents();
        String status = robot.from(pane).lookup("#study-sweep-status").queryAs(Label.class).getText();
        assertTrue(status.contains("reserveKWh=-5") && status.contains("at least 0 kWh"), status);
        assertNull(pane.output());
        // a cluster address without a port is refused before anything starts
        robot.interact(() -> {
            source.setValue(source.getItems().get(0));
            robot.from(pane).lookup("#study-sweep-backend").queryAs(ChoiceBox.class).setValue("hazelcast");
            robot.from(pane).lookup("#study-sweep-cluster").queryAs(TextField.class).setText("cluster.example");
        });
        robot.interact(() -> task[0] = pane.start());
        assertNull(task[0], "no sweep starts on a bad address");
        status = robot.from(pane).lookup("#study-sweep-status").queryAs(Label.class).getText();
        assertTrue(status.contains("cluster address \"cluster.example\" must be host:port"), status);
    }

    @Test
    void theExchangeSweepViewOffersTheStudysPresets() {
        ExchangeStudy study = new ExchangeStudy();
        assertEquals(study.sweepPresets().stream().map(p -> p.id()).toList(),
                SweepDialog.presets(study).stream().map(SweepDialog.Preset::id).toList());
        assertEquals(study.sweepPresets().get(0).title(), SweepDialog.presets(study).get(0).toString());
    }
}
