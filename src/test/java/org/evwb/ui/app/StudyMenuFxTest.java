package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.motorway.MotorwayQuboTerms;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.FieldValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Study menu built from the registries: a study UI's actions, "Generate …" for a generator a test registers, and
 * "… in the QUBO workbench" for a QUBO study; every background task on the calling thread.
 */
@ExtendWith(ApplicationExtension.class)
class StudyMenuFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private final GeneratingMotorwayStudy motorway = new GeneratingMotorwayStudy();
    private final StudyRegistry studies = new StudyRegistry().register(new DemoStudy())
            .register(new ExchangeStudy()).register(motorway);

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home"), studies);
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

    /** Refreshes the items' enabled state the way opening the menu does. */
    private void showing(FxRobot robot) {
        robot.interact(() -> studyMenu(robot).getOnShowing().handle(null));
    }

    private void openSample(FxRobot robot, String file) {
        SampleProjects.Sample s = wb.services.samples().list().stream().filter(x -> x.fileName().equals(file))
                .findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(s));
    }

    @Test
    void theMenuHasEachStudyUisActionsEachGeneratorAndEachQuboStudy(FxRobot robot) {
        for (StudyDefinition<?, ?> d : studies.studies()) {
            for (GeneratorSpec g : d.generators()) {
                assertTrue(item(robot, "menu-generate-" + d.id() + "-" + g.id()).isPresent(), d.id() + "/" + g.id());
            }
            assertEquals(d instanceof QuboStudy<?, ?>, item(robot, "menu-qubo-" + d.id()).isPresent(), d.id());
        }
        assertTrue(item(robot, "menu-generate-motorway-" + GeneratingMotorwayStudy.GENERATOR).isPresent());
        assertEquals(GeneratingMotorwayStudy.QUBO_TITLE + " in the QUBO workbench",
                item(robot, "menu-qubo-motorway").orElseThrow().getText());
        for (var ui : wb.services.studyUis().all()) {
            boolean registered = studies.study(ui.studyId()).isPresent();
            for (var a : ui.actions()) {
                if (registered) {
                    assertEquals(a.text(), item(robot, a.id()).orElseThrow().getText());
                } else {
                    assertTrue(item(robot, a.id()).isEmpty(), "no menu item of a study this build lacks: " + a.id());
                }
            }
        }
        showing(robot);
        assertTrue(item(robot, "menu-study-motorway").orElseThrow().isDisable(), "no project, no motorway views");
        assertTrue(item(robot, "menu-qubo-motorway").orElseThrow().isDisable());
        assertFalse(item(robot, "menu-generate-motorway-paper").orElseThrow().isDisable(), "generating needs none");
    }

    @Test
    void generateAsksForTheParametersAndOpensAProjectTheCheckerAcceptsUnsaved(FxRobot robot) throws Exception {
        robot.clickOn("Study").clickOn("#menu-generate-motorway-paper");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#gen-emvCount").queryAs(TextField.class).setText("8");
            robot.lookup("#gen-seed").queryAs(TextField.class).setText("42");
        });
        Button generate = robot.lookup(".generate-dialog .button").match(n -> n instanceof Button b
                && b.getText().equals("Generate")).queryButton();
        robot.clickOn(generate);
        WaitForAsyncUtils.waitForFxEvents();
        var state = wb.window.state();
        assertEquals(8, state.getProject().entities(EntityKind.VEHICLE).size());
        assertTrue(state.getProject().name().contains("seed 42"), state.getProject().name());
        assertNull(state.getProjectFile(), "a new project: Save asks where");
        assertTrue(state.isDirty());
        assertTrue(wb.window.studyHost().views("motorway").isPresent(), "the motorway views opened for it");
        // the generator's promise, checked independently: CP-SAT finds a schedule the checker accepts
        var in = motorway.buildInstance(state.getProject(), null);
        var spec = motorway.solver("cpsat").orElseThrow();
        var out = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, wb.services.mapper())
                .run(motorway, spec, spec.defaults(), in, RunContext.of(1));
        assertEquals(List.of(), out.report().violations());
    }

    @Test
    void aBadValueIsRefusedNamingTheField(FxRobot robot) {
        GeneratorSpec g = motorway.generators().get(0);
        robot.interact(() -> {
            GenerateDialog d = new GenerateDialog(null, motorway.title(), g, new EntityFields());
            d.field("emvCount").orElseThrow().setText("many");
            FieldValueException e = assertThrows(FieldValueException.class, d::read);
            assertTrue(e.getMessage().toLowerCase().contains("emv"), e.getMessage());
            d.field("emvCount").orElseThrow().setText("5");
            d.field("seed").orElseThrow().setText("x");
            e = assertThrows(FieldValueException.class, d::read);
            assertTrue(e.getMessage().startsWith("Seed"), e.getMessage());
            d.field("seed").orElseThrow().setText("3");
            try {
                GenerateDialog.Request r = d.read();
                assertEquals(3, r.seed());
                assertEquals(5, ((org.evwb.core.study.motorway.MotorwayGenerator.Parameters) r.parameters())
                        .emvCount());
            } catch (FieldValueException ex) {
                throw new AssertionError(ex);
            }
        });
    }

    @Test
    void theQuboItemOpensTheStudysFormulationOfTheOpenProjectInTheWorkbench(FxRobot robot) throws Exception {
        openSample(robot, "motorway-a4.evwb.json");
        showing(robot);
        MenuItem qubo = item(robot, "menu-qubo-motorway").orElseThrow();
        assertFalse(qubo.isDisable());
        robot.interact(qubo::fire);
        var view = wb.window.quboWorkbench().view();
        var in = motorway.buildInstance(wb.window.state().getProject(), null);
        assertEquals(MotorwayQuboTerms.gcm(in).variableCount(), view.source().qubo().numVariables());
        assertEquals(36, view.source().qubo().numVariables(), "the A4 preset: 18 station options, 2 chargers each");
        assertTrue(view.source().title().startsWith(GeneratingMotorwayStudy.QUBO_TITLE), view.source().title());
        TabPane centre = robot.lookup("#centre-views").queryAs(TabPane.class);
        assertEquals("tab-qubo-workbench", centre.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void aStudyActionRunsOnItsViewsAndTeachingOpensTheViewsForAnyProject(FxRobot robot) {
        robot.interact(() -> wb.window.projects().newProject());
        showing(robot);
        assertTrue(item(robot, "menu-study-motorway").orElseThrow().isDisable(), "an empty project has no motorway");
        MenuItem teaching = item(robot, "menu-exchange-teaching").orElseThrow();
        assertFalse(teaching.isDisable(), "the teaching mode opens for any project");
        assertTrue(wb.window.studyHost().views(ExchangeStudy.ID).isEmpty());
        robot.interact(teaching::fire);
        assertTrue(wb.window.studyHost().views(ExchangeStudy.ID).isPresent(), "opened on request");
        TabPane centre = robot.lookup("#centre-views").queryAs(TabPane.class);
        assertEquals("tab-exchange-teaching", centre.getSelectionModel().getSelectedItem().getId());

        openSample(robot, "motorway-a4.evwb.json");
        assertTrue(wb.window.studyHost().views(ExchangeStudy.ID).isEmpty(), "gone with the project it was for");
        showing(robot);
        MenuItem views = item(robot, "menu-study-motorway").orElseThrow();
        assertFalse(views.isDisable());
        robot.interact(views::fire);
        assertEquals("tab-motorway-gantt", centre.getSelectionModel().getSelectedItem().getId());
    }
}
