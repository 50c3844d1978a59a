package org.evwb.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.platform.RunRequest;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Run solver dialog: it opens on the open project's study, grows to show every parameter and its Run and Cancel
 * buttons when the solver changes (and scrolls the parameters on a screen too small for them), shows booleans as
 * check boxes and enums as choice boxes, and checks numbers as they are typed, with the field's range and unit.
 */
@ExtendWith(ApplicationExtension.class)
class RunSolverDialogFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        StudyRegistry studies = Studies.standard().register(new ProbeStudy());
        wb = new TestWorkbench(home.resolve("home"), studies);
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private DialogPane openFromMenu(FxRobot robot) {
        robot.interact(() -> wb.window.tables().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".run-solver-dialog").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<StudyDefinition<?, ?>> study(DialogPane pane) {
        return (ChoiceBox<StudyDefinition<?, ?>>) pane.lookup("#run-study");
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<SolverSpec<?, ?>> solver(DialogPane pane) {
        return (ChoiceBox<SolverSpec<?, ?>>) pane.lookup("#run-solver");
    }

    private static void choose(FxRobot robot, DialogPane pane, String studyId, String solverId) {
        robot.interact(() -> {
            study(pane).setValue(study(pane).getItems().stream().filter(s -> s.id().equals(studyId)).findFirst()
                    .orElseThrow());
            solver(pane).setValue(solver(pane).getItems().stream().filter(s -> s.id().equals(solverId))
                    .findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Problems with what the user sees of {@code node}: outside the window, or cut off by a scroll pane. */
    private static List<String> hidden(Node node, String name) {
        List<String> out = new ArrayList<>();
        Bounds b = node.localToScene(node.getLayoutBounds());
        javafx.scene.Scene scene = node.getScene();
        if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                || b.getMaxY() > scene.getHeight() + 0.5) {
            out.add(name + " at " + b + " is outside the " + scene.getWidth() + " x " + scene.getHeight()
                    + " dialog");
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Node viewport = sp.lookup(".viewport");
                Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                if (b.getMinY() < v.getMinY() - 0.5 || b.getMaxY() > v.getMaxY() + 0.5) {
                    out.add(name + " at " + b + " is cut off by the scroll pane " + v);
                }
            }
        }
        return out;
    }

    private static List<String> hiddenControls(DialogPane pane, Record defaults) {
        List<String> out = new ArrayList<>();
        for (EntityField f : new EntityFields().of(defaults.getClass())) {
            Node n = pane.lookup("#param-" + f.name());
            if (n == null) {
                out.add("no field for " + f.name());
            } else {
                out.addAll(hidden(n, f.name()));
            }
        }
        out.addAll(hidden(pane.lookupButton(RunSolverDialog.RUN), "Run"));
        out.addAll(hidden(pane.lookupButton(ButtonType.CANCEL), "Cancel"));
        return out;
    }

    @Test
    void opensOnTheMotorwayStudyAndGrowsToShowAnnealsParametersAndItsButtons(FxRobot robot) throws Exception {
        var a4 = wb.services.samples().list().stream().filter(s -> s.fileName().equals("motorway-a4.evwb.json"))
                .findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(a4));
        DialogPane pane = openFromMenu(robot);
        assertEquals("motorway", fx(() -> study(pane).getValue().id()), "the motorway project's study first");

        // from a solver with one parameter to anneal's six: the dialog grows to show them and its buttons
        choose(robot, pane, "motorway", "greedy");
        choose(robot, pane, "motorway", "anneal");
        SolverSpec<?, ?> anneal = fx(() -> solver(pane).getValue());
        assertEquals(List.of(), fx(() -> hiddenControls(pane, anneal.defaults())));
        Window w = fx(() -> pane.getScene().getWindow());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(fx(() -> w.getY() + w.getHeight() <= screen.getMaxY() + 0.5 && w.getY() >= screen.getMinY()),
                "the dialog stays on the screen");
        assertTrue(fx(() -> pane.lookup("#param-traceRead")) instanceof CheckBox, "a boolean is a check box");

        // and back to a small form: the window fits it again rather than keeping the old height
        double tall = fx(w::getHeight);
        choose(robot, pane, "motorway", "greedy");
        assertTrue(fx(w::getHeight) < tall, "the dialog shrinks to the smaller form");
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void aFormTallerThanTheScreenScrollsItsParametersAndKeepsTheButtonsInView(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.state().open(new ProbeStudy().sampleProject().orElseThrow(), null));
        DialogPane pane = openFromMenu(robot);
        choose(robot, pane, ProbeStudy.ID, "wide");
        Window w = fx(() -> pane.getScene().getWindow());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(fx(w::getHeight) <= screen.getHeight() + 0.5, "no taller than the screen: " + fx(w::getHeight));
        assertTrue(fx(() -> w.getY() + w.getHeight() <= screen.getMaxY() + 0.5), "on the screen");
        assertEquals(List.of(), fx(() -> {
            List<String> out = new ArrayList<>(hidden(pane.lookupButton(RunSolverDialog.RUN), "Run"));
            out.addAll(hidden(pane.lookupButton(ButtonType.CANCEL), "Cancel"));
            return out;
        }));
        ScrollPane scroll = (ScrollPane) pane.lookup("#run-parameters");
        assertTrue(fx(() -> !hidden(pane.lookup("#param-p40"), "p40").isEmpty()), "the last field is scrolled away");
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), fx(() -> hidden(pane.lookup("#param-p40"), "p40")), "scrolling shows it");
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.CANCEL)).fire());
    }

    @Test
    void booleansAreCheckBoxesEnumsChoiceBoxesAndNumbersAreCheckedAsTyped(FxRobot robot) throws Exception {
        robot.interact(() -> wb.window.state().open(new ProbeStudy().sampleProject().orElseThrow(), null));
        AtomicReference<RunSolverDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            RunSolverDialog d = new RunSolverDialog(stage, wb.services.studies(), new EntityFields(), ProbeStudy.ID);
            d.select(ProbeStudy.ID, "form");
            dialog.set(d);
            d.show();
        });
        DialogPane pane = fx(() -> dialog.get().getDialogPane());
        Node verbose = pane.lookup("#param-verbose");
        Node mode = pane.lookup("#param-mode");
        assertTrue(verbose instanceof CheckBox, "boolean: " + verbose);
        assertFalse(fx(((CheckBox) verbose)::isSelected), "prefilled with the default");
        assertTrue(mode instanceof ChoiceBox<?>, "enum: " + mode);
        assertEquals(List.of(ProbeStudy.Mode.values()), fx(() -> List.copyOf(((ChoiceBox<?>) mode).getItems())));
        assertEquals(ProbeStudy.Mode.CAREFUL, fx(((ChoiceBox<?>) mode)::getValue));
        TextField count = (TextField) pane.lookup("#param-count");
        TextField pause = (TextField) pane.lookup("#param-pauseSeconds");
        Button run = (Button) pane.lookupButton(RunSolverDialog.RUN);
        Label error = (Label) pane.lookup(".form-error");
        assertFalse(fx(run::isDisabled));
        assertFalse(fx(error::isVisible));
        String hints = fx(() -> pane.lookupAll(".hint").stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList().toString());
        assertTrue(hints.contains("a whole number between 1 and 100"), "the range beside the field: " + hints);
        assertTrue(hints.contains("a number greater than 0 s"), "the unit beside the field: " + hints);

        // typed, not only when Run is pressed: out of range, then not a number, then fine again
        robot.clickOn(count).eraseText(2).write("0");
        assertTrue(fx(error::isVisible), "refused as typed");
        assertTrue(fx(error::getText).contains("Count") && fx(error::getText).contains("between 1 and 100"),
                fx(error::getText));
        assertTrue(fx(() -> count.getStyleClass().contains(ParameterForm.INVALID)), "the field is marked");
        assertTrue(fx(run::isDisabled), "Run waits for a valid value");
        robot.eraseText(1).write("1.5");
        assertTrue(fx(error::getText).contains("not a whole number"), fx(error::getText));
        robot.eraseText(3).write("42");
        assertFalse(fx(error::isVisible), fx(error::getText));
        assertFalse(fx(() -> count.getStyleClass().contains(ParameterForm.INVALID)));
        robot.clickOn(pause).eraseText(3).write("0");
        assertTrue(fx(error::getText).contains("Pause") && fx(error::getText).contains("greater than 0 s"),
                fx(error::getText));
        robot.eraseText(1).write("2.5");
        assertFalse(fx(run::isDisabled));

        robot.clickOn(verbose);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Object> c = (ChoiceBox<Object>) mode;
            c.setValue(ProbeStudy.Mode.EXHAUSTIVE);
        });
        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        RunRequest r = fx(() -> dialog.get().getResult());
        assertEquals(new ProbeStudy.FormParameters(true, ProbeStudy.Mode.EXHAUSTIVE, 42, 2.5), r.parameters());
    }
}
