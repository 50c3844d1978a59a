package org.evwb.ui.qubo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.study.exchange.ExchangeQuboTerms;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.motorway.MotorwayQuboTerms;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.app.SampleProjects;
import org.evwb.ui.app.TestWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A study's QUBO sent from the open project to the QUBO workbench is the study's own model. */
@ExtendWith(ApplicationExtension.class)
class StudyQubosTest {

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

    private StudyQubos studyQubos() {
        return new StudyQubos(wb.window.state(), wb.services.studies(), wb.window.dialogs(),
                wb.window.quboWorkbench());
    }

    private void openSample(FxRobot robot, String file) {
        SampleProjects.Sample s = wb.services.samples().list().stream().filter(x -> x.fileName().equals(file))
                .findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(s));
    }

    @Test
    void theMotorwayQuboIsTheStudysGcmModel(FxRobot robot) throws Exception {
        openSample(robot, "motorway-a4.evwb.json");
        Qubo[] q = new Qubo[1];
        robot.interact(() -> q[0] = studyQubos().open(MotorwayStudy.ID).orElseThrow());
        var in = new MotorwayStudy().buildInstance(wb.window.state().getProject(), null);
        assertEquals(MotorwayQuboTerms.gcm(in).variableCount(), q[0].numVariables());
        assertEquals(36, q[0].numVariables(), "the A4 preset: 18 station options, 2 chargers each");
        assertSame(q[0], wb.window.quboWorkbench().show().source().qubo(), "the workbench shows it");
        assertTrue(wb.window.quboWorkbench().show().source().title().startsWith("Motorway GCM QUBO"));
    }

    @Test
    void theExchangeQuboHasOneVariablePerAcceptablePair(FxRobot robot) throws Exception {
        openSample(robot, "exchange-classroom.evwb.json");
        Qubo[] q = new Qubo[1];
        robot.interact(() -> q[0] = studyQubos().open(ExchangeStudy.ID).orElseThrow());
        var in = new ExchangeStudy().buildInstance(wb.window.state().getProject(), null);
        assertEquals(in.acceptablePairCount(), q[0].numVariables());
        assertEquals(ExchangeQuboTerms.build(in).variableCount(), q[0].numVariables());
    }

    @Test
    void theStudyMenuHasOneQuboItemPerRegisteredQuboStudy(FxRobot robot) {
        openSample(robot, "exchange-classroom.evwb.json");
        var qubos = studyQubos();
        assertEquals(java.util.List.of(ExchangeStudy.ID, MotorwayStudy.ID), qubos.quboStudies().stream()
                .map(s -> s.id()).toList(), "the QUBO studies of the registry, in its order");
        var bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var study = bar.getMenus().stream().filter(m -> m.getText().equals("_Study")).findFirst().orElseThrow();
        for (var q : qubos.quboStudies()) {
            var item = study.getItems().stream().filter(i -> ("menu-qubo-" + q.id()).equals(i.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Study menu item for " + q.id()));
            assertEquals(q.quboFormulation().title() + " in the QUBO workbench", item.getText());
        }
        var exchangeItem = study.getItems().stream().filter(i -> "menu-qubo-exchange".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(exchangeItem::fire);
        assertTrue(wb.window.quboWorkbench().show().source().title().startsWith("Exchange matching QUBO"));
    }

    @Test
    void aProjectWithoutTheStudysDataIsRefusedWithItsProblems(FxRobot robot) {
        openSample(robot, "exchange-classroom.evwb.json");
        robot.interact(() -> assertTrue(studyQubos().open(MotorwayStudy.ID).isEmpty()));
        // the file is valid: the message says what the study needs, not that the file has problems
        assertTrue(robot.lookup(".problems-dialog").tryQuery().isEmpty());
        var pane = robot.lookup(".error-dialog").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getHeaderText().toLowerCase(java.util.Locale.ROOT).contains("motorway"), pane.getHeaderText());
        assertTrue(pane.getContentText().contains("The project file is fine"), pane.getContentText());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
