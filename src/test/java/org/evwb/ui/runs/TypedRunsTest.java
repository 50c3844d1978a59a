package org.evwb.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.edit.RemoveEntities;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.platform.AppState;
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
 * Runs in the app state are typed: the solution and the instance it belongs to, as the solver made them; JSON only in
 * the result file, read back (and typed again) when the project opens, with a note once the project has changed.
 * Every background task runs on the calling thread.
 */
@ExtendWith(ApplicationExtension.class)
class TypedRunsTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private AppState state;
    private final DemoStudy demo = new DemoStudy();

    @Start
    void start(Stage stage) throws Exception {
        wb = TestWorkbench.callingThread(home.resolve("home"), new StudyRegistry().register(demo));
        wb.show(stage);
        state = wb.window.state();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private RunEntry runGreedy(FxRobot robot) {
        var sample = wb.services.samples().list().stream().filter(s -> s.fileName()
                .equals("ui-test-sample.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        RunEntry[] run = new RunEntry[1];
        robot.interact(() -> run[0] = wb.window.runs().start(new RunRequest(DemoStudy.ID, "greedy",
                new DemoStudy.GreedyParameters(), 5, null)));
        return run[0];
    }

    @Test
    void aFinishedRunHoldsItsInstanceAndSolutionAndReadsBackAsTheSame(FxRobot robot) throws Exception {
        RunEntry run = runGreedy(robot);
        assertEquals(RunStatus.COMPLETED, run.report().status());
        assertSame(run, state.getActiveRun(), "the run started last is the active one");
        DemoInstance in = run.result().instanceAs(DemoInstance.class).orElseThrow();
        DemoSolution sol = run.result().solutionAs(DemoSolution.class).orElseThrow();
        assertSame(state.getProject(), run.result().project(), "built from the project as it was");
        assertEquals(List.of(), demo.checker().check(in, sol), "the typed solution passes the study's checker");
        assertEquals(demo.objectives(in, sol), run.report().objectives());
        assertTrue(run.result().solutionAs(String.class).isEmpty(), "a solution is only what it is");
        Path file = run.resultFile();
        assertNotNull(file, "saved beside the project");
        assertTrue(Files.readString(file).contains("\"assignments\""), "JSON in the file");

        Path project = state.getProjectFile();
        robot.interact(() -> wb.window.projects().open(project));
        RunEntry again = wb.window.runs().runs().get(0);
        assertEquals(1, wb.window.runs().runs().size());
        assertEquals(sol, again.result().solution(), "the same solution, parsed once when the project opened");
        assertEquals(List.of(), demo.checker().check((DemoInstance) again.result().instance(),
                (DemoSolution) again.result().solution()));
        assertNull(again.result().note());
        assertTrue(robot.lookup(".run-note").tryQuery().isEmpty(), "no note for an unchanged project");
    }

    @Test
    void aSavedRunWhoseProjectChangedKeepsItsReportAndSaysSo(FxRobot robot) throws Exception {
        RunEntry run = runGreedy(robot);
        DemoSolution sol = run.result().solutionAs(DemoSolution.class).orElseThrow();
        DemoInstance in = run.result().instanceAs(DemoInstance.class).orElseThrow();
        // remove a station the run used, and save: the saved solution names a station the project no longer has
        String used = in.stations().get(java.util.Arrays.stream(sol.stationOf()).filter(j -> j >= 0).findFirst()
                .orElseThrow()).id();
        robot.interact(() -> {
            state.perform(RemoveEntities.of(state.getProject(), List.of(new EntityRef(EntityKind.CHARGING_STATION,
                    used))));
            assertTrue(wb.window.projects().save());
        });
        Path project = state.getProjectFile();
        robot.interact(() -> wb.window.projects().open(project));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, wb.window.runs().runs().size());
        RunEntry again = wb.window.runs().runs().get(0);
        assertEquals(run.report().objectives(), again.report().objectives(), "the report as saved");
        assertNull(again.result().solution(), "the solution no longer fits the project");
        String note = again.result().note();
        assertNotNull(note);
        assertTrue(note.contains("changed") && note.contains(used), note);
        assertEquals(note, robot.lookup(".run-note").queryAs(Label.class).getText(), "the runs panel says so");
    }
}
