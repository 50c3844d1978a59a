package org.evwb.ui.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.project.FieldValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Study ▸ Generate motorway instance: the form, its checks, and the generated project opened unsaved. */
@ExtendWith(ApplicationExtension.class)
class GenerateMotorwayDialogTest {

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
    void theGeneratedProjectOpensUnsavedAndIsFeasible(FxRobot robot) throws Exception {
        GenerateMotorwayDialog.Request[] req = new GenerateMotorwayDialog.Request[1];
        robot.interact(() -> {
            GenerateMotorwayDialog d = new GenerateMotorwayDialog(null);
            d.field("emvCount").orElseThrow().setText("8");
            d.field("seed").orElseThrow().setText("42");
            try {
                req[0] = d.read();
            } catch (FieldValueException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(8, req[0].parameters().emvCount());
        assertEquals(42, req[0].seed());
        robot.interact(() -> assertTrue(wb.window.motorway().generate(req[0])));
        var state = wb.window.state();
        assertEquals(8, state.getProject().entities(EntityKind.VEHICLE).size());
        assertNull(state.getProjectFile(), "a new project: Save asks where");
        assertTrue(state.isDirty());
        // the generator's promise, checked independently: CP-SAT finds a schedule the checker accepts
        MotorwayStudy study = new MotorwayStudy();
        var in = study.buildInstance(state.getProject(), null);
        var spec = study.solver("cpsat").orElseThrow();
        var out = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, wb.services.mapper())
                .run(study, spec, spec.defaults(), in, RunContext.of(1));
        assertEquals(List.of(), out.report().violations());
    }

    @Test
    void aBadValueIsRefusedNamingTheField(FxRobot robot) {
        robot.interact(() -> {
            GenerateMotorwayDialog d = new GenerateMotorwayDialog(null);
            d.field("emvCount").orElseThrow().setText("many");
            FieldValueException e = assertThrows(FieldValueException.class, d::read);
            assertTrue(e.getMessage().toLowerCase().contains("emv"), e.getMessage());
            d.field("emvCount").orElseThrow().setText("5");
            d.field("seed").orElseThrow().setText("x");
            e = assertThrows(FieldValueException.class, d::read);
            assertTrue(e.getMessage().startsWith("Seed"), e.getMessage());
        });
    }
}
