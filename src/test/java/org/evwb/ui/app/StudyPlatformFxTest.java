package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.Studies;
import org.evwb.ui.StudyUis;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunRequest;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.runs.RunSolverDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every registered study UI, through the real window, on every shipped sample project it applies to: its tabs appear
 * when the sample opens and go when a project it does not apply to opens, its views render without an error,
 * Run ▸ Run solver… builds the form of every solver of every registered study, starting on the project's study, and
 * runs every solver of every study on the study's sample project. A new study is covered by registering it (in
 * {@code Studies.standard()} and {@code StudyUis.standard()}).
 */
@ExtendWith(ApplicationExtension.class)
class StudyPlatformFxTest {

    @TempDir
    Path home;
    private TestWorkbench wb;
    private final StudyRegistry studies = Studies.standard();

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"), studies);
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }

    private TabPane centre(FxRobot robot) {
        return robot.lookup("#centre-views").queryAs(TabPane.class);
    }

    private Set<String> tabIds(FxRobot robot) throws Exception {
        return fx(() -> {
            Set<String> ids = new TreeSet<>();
            centre(robot).getTabs().forEach(t -> ids.add(t.getId()));
            return ids;
        });
    }

    /** Waits until the views' background work (what-if, charts, …) has settled. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // a what-if's debounce counts as pending work, so no fixed pause is needed before the wait
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> !wb.window.state().isWorkPending()
                && wb.window.state().getRunningTasks().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Nothing went wrong behind the scenes: no error dialog, nothing uncaught in the log. */
    private void assertNoErrors(FxRobot robot, String where) throws Exception {
        assertTrue(robot.lookup(".error-dialog").tryQuery().isEmpty(), where + ": an error dialog is showing");
        String log = Files.exists(wb.log.file()) ? Files.readString(wb.log.file()) : "";
        assertFalse(log.contains("uncaught exception") || log.contains("SEVERE"), where + ":\n" + log);
    }

    @Test
    void everyStudyUiOpensRendersAndClosesWithEverySampleItAppliesTo(FxRobot robot) throws Exception {
        List<StudyUi> uis = StudyUis.standard().all().stream().filter(u -> studies.study(u.studyId()).isPresent())
                .toList();
        assertFalse(uis.isEmpty(), "the standard study UIs have their studies registered");
        List<SampleProjects.Sample> samples = wb.services.samples().list();
        ProjectIO io = new ProjectIO();
        boolean formsChecked = false;
        for (StudyUi ui : uis) {
            int opened = 0;
            for (SampleProjects.Sample sample : samples) {
                Path copy = Files.write(home.resolve(sample.fileName()), sample.content());
                Project p = io.load(copy);
                if (!ui.appliesTo(p)) {
                    continue;
                }
                String where = ui.studyId() + " on " + sample.fileName();
                robot.interact(() -> assertTrue(wb.window.projects().open(copy), where));
                settle();
                StudyViews views = fx(() -> wb.window.studyHost().views(ui.studyId()).orElseThrow(() ->
                        new AssertionError(where + ": the views did not open")));
                List<String> ids = views.tabs().stream().map(Tab::getId).toList();
                assertFalse(ids.isEmpty(), where + ": the study shows at least one tab");
                assertTrue(tabIds(robot).containsAll(ids), where + ": tabs " + ids + " in " + tabIds(robot));
                assertEquals("tab-map", fx(() -> centre(robot).getSelectionModel().getSelectedItem().getId()),
                        where + ": the map stays in front when the project opens");
                for (Tab t : views.tabs()) {
                    robot.interact(() -> centre(robot).getSelectionModel().select(t));
                    WaitForAsyncUtils.waitForFxEvents();
                    WritableImage img = fx(() -> t.getContent().snapshot(null, null));
                    assertTrue(img.getWidth() > 100 && img.getHeight() > 100, where + ": " + t.getId()
                            + " rendered " + img.getWidth() + " x " + img.getHeight());
                }
                settle();
                assertNoErrors(robot, where);
                // the forms do not depend on the project: every one is checked once, the first study per sample
                checkRunForm(robot, p, where, !formsChecked);
                formsChecked = true;
                opened++;

                // a project the study does not apply to: its tabs go and its views are disposed
                Project other = Project.empty("Untitled");
                assertFalse(ui.appliesTo(other), "an empty project has nothing for " + ui.studyId());
                robot.interact(() -> assertTrue(wb.window.projects().newProject()));
                settle();
                assertTrue(fx(() -> wb.window.studyHost().views(ui.studyId()).isEmpty()), where + ": disposed");
                for (String id : ids) {
                    assertFalse(tabIds(robot).contains(id), where + ": tab " + id + " is gone");
                }
            }
            assertTrue(opened > 0, "a shipped sample shows the " + ui.studyId() + " views");
        }
        assertNoErrors(robot, "after every sample");
    }

    /** Run ▸ Run solver… by its shortcut. */
    private static DialogPane openRunDialog(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".run-solver-dialog").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<StudyDefinition<?, ?>> studyChoice(DialogPane pane) {
        return (ChoiceBox<StudyDefinition<?, ?>>) pane.lookup("#run-study");
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<SolverSpec<?, ?>> solverChoice(DialogPane pane) {
        return (ChoiceBox<SolverSpec<?, ?>>) pane.lookup("#run-solver");
    }

    /**
     * Run ▸ Run solver… on the open project: starts on the project's study when it has one registered study, and
     * ({@code everySolver}) builds, for every solver of every registered study, one field per parameter with the
     * solver's defaults.
     */
    private void checkRunForm(FxRobot robot, Project p, String where, boolean everySolver) throws Exception {
        robot.interact(() -> wb.window.tables().requestFocus());
        DialogPane pane = openRunDialog(robot);
        ChoiceBox<StudyDefinition<?, ?>> study = studyChoice(pane);
        ChoiceBox<SolverSpec<?, ?>> solver = solverChoice(pane);
        List<String> configured = p.studies().stream().map(StudyConfig::study)
                .filter(id -> studies.study(id).isPresent()).distinct().toList();
        if (configured.size() == 1) {
            assertEquals(configured.get(0), fx(() -> study.getValue().id()), where + ": the project's study first");
        }
        EntityFields fields = new EntityFields();
        List<String> problems = new ArrayList<>();
        int forms = 0;
        for (StudyDefinition<?, ?> d : everySolver ? studies.studies() : List.<StudyDefinition<?, ?>>of()) {
            robot.interact(() -> study.setValue(study.getItems().stream().filter(x -> x.id().equals(d.id()))
                    .findFirst().orElseThrow()));
            problems.addAll(studyParameterFields(pane, d, p, fields));
            for (SolverSpec<?, ?> s : d.solvers()) {
                robot.interact(() -> solver.setValue(solver.getItems().stream().filter(x -> x.id().equals(s.id()))
                        .findFirst().orElseThrow()));
                WaitForAsyncUtils.waitForFxEvents();
                Label error = (Label) pane.lookup(".form-error");
                if (fx(error::isVisible)) {
                    problems.add(d.id() + "/" + s.id() + ": " + fx(error::getText));
                    continue;
                }
                Record defaults = s.defaults();
                List<EntityField> expected = fields.of(defaults.getClass());
                for (EntityField f : expected) {
                    Node n = pane.lookup("#param-" + f.name());
                    String shows = n instanceof TextField t ? fx(t::getText)
                            : n instanceof javafx.scene.control.CheckBox c ? String.valueOf(fx(c::isSelected))
                            : n instanceof ChoiceBox<?> c ? f.format(fx(c::getValue)) : null;
                    boolean bool = f.type() == boolean.class || f.type() == Boolean.class;
                    boolean rightKind = bool ? n instanceof javafx.scene.control.CheckBox
                            : f.type().isEnum() ? n instanceof ChoiceBox<?> : n instanceof TextField;
                    if (shows == null || !rightKind) {
                        problems.add(d.id() + "/" + s.id() + ": no field of the right kind for " + f.name() + ": "
                                + n);
                    } else if (!shows.equals(f.display(defaults))) {
                        problems.add(d.id() + "/" + s.id() + ": " + f.name() + " shows " + shows);
                    }
                }
                forms++;
            }
        }
        assertEquals(List.of(), problems, where);
        if (everySolver) {
            assertEquals(studies.studies().stream().mapToInt(d -> d.solvers().size()).sum(), forms);
        }
        Button cancel = (Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL);
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".run-solver-dialog").tryQuery().isEmpty(), "the form closed");
    }

    /**
     * The Run dialog's "Study parameters (this run)" section for study {@code d}: one field of the right kind per
     * parameter, showing the open project's configuration of it (the defaults when it has none); what is wrong.
     */
    private static List<String> studyParameterFields(DialogPane pane, StudyDefinition<?, ?> d, Project p,
                                                     EntityFields fields) throws Exception {
        List<String> problems = new ArrayList<>();
        Record configured = d.parameters().from(p, p.studyConfig(d.id()).orElse(null));
        for (EntityField f : fields.of(configured.getClass())) {
            Node n = pane.lookup("#study-param-" + f.name());
            String shows = n instanceof TextField t ? fx(t::getText)
                    : n instanceof javafx.scene.control.CheckBox c ? String.valueOf(fx(c::isSelected))
                    : n instanceof ChoiceBox<?> c ? f.format(fx(c::getValue)) : null;
            if (shows == null) {
                problems.add(d.id() + ": no study parameter field for " + f.name() + ": " + n);
            } else if (!shows.equals(f.display(configured))) {
                problems.add(d.id() + ": study parameter " + f.name() + " shows " + shows + ", configured "
                        + f.display(configured));
            }
        }
        return problems;
    }

    /**
     * Every solver of every registered study runs from Run ▸ Run solver… on the study's own sample project, the way
     * a user does it: the dialog opens on the project's study, the time limit is typed, each solver picked in turn and
     * the request its form makes (its defaults) kept; the last one is started by clicking Run, then the others, one after
     * the other, by the call Run makes ({@code RunsController.start}). Each run's card then shows the report, whose
     * checker verdict this test recomputes. (Opening the dialog once per study, not per solver, keeps this test's
     * time to the solvers' own.)
     */
    @Test
    void everySolverOfEveryStudyRunsFromTheRunDialogOnItsSample(FxRobot robot) throws Exception {
        ProjectIO io = new ProjectIO();
        int ran = 0;
        for (StudyDefinition<?, ?> d : studies.studies()) {
            Project sample = d.sampleProject().orElseThrow(() -> new AssertionError(d.id() + " has no sample"));
            Path file = home.resolve(d.id() + "-sample.evwb.json");
            io.save(sample, file);
            robot.interact(() -> assertTrue(wb.window.projects().open(file), d.id()));
            settle();
            List<RunRequest> requests = new ArrayList<>();
            RunEntry clicked = requestsFromDialog(robot, d, "5", requests);
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> clicked.endedNanos() != 0);
            List<RunEntry> runs = new ArrayList<>(List.of(clicked));
            for (RunRequest r : requests) {
                RunEntry run = fx(() -> wb.window.runs().start(r));
                WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> run.endedNanos() != 0);
                runs.add(run);
            }
            WaitForAsyncUtils.waitForFxEvents();
            for (RunEntry run : runs) {
                checkRun(robot, d.id() + " / " + run.request().solverId(), run);
                ran++;
            }
        }
        assertEquals(studies.studies().stream().mapToInt(d -> d.solvers().size()).sum(), ran);
    }

    /** The run ended with a solution and the checker's verdict, and its card says so. */
    private void checkRun(FxRobot robot, String where, RunEntry run) throws Exception {
        RunResult<?, ?> result = run.result();
        assertTrue(result != null, where + ": the run has a result (" + fx(() -> run.task().getState()
                + " " + run.task().getException()) + ")");
        RunReport report = result.report();
        assertTrue(report.status() == RunStatus.COMPLETED || report.status() == RunStatus.TIME_LIMIT,
                where + ": " + report.status() + " " + report.error());
        assertEquals(run.request().solverId(), report.solver(), where);
        assertTrue(result.solution() != null, where + ": a solution");
        List<Violation> verdict = verdict(result);
        assertEquals(verdict, report.violations(), where + ": the report carries the checker's verdict");
        assertEquals(verdict.isEmpty(), report.feasible(), where);
        Label status = fx(() -> (Label) cardOf(robot, run).lookup(".run-status"));
        assertTrue(status != null, where + ": the run card shows the status");
        String text = fx(status::getText);
        assertTrue(verdict.isEmpty() ? text.contains("feasible (checked)") : text.contains("INFEASIBLE ("
                + verdict.size() + " violations)"), where + ": card says " + text);
        assertNoErrors(robot, where);
    }

    private static <I, S> List<Violation> verdict(RunResult<I, S> r) {
        return r.study().checker().check(r.instance(), r.solution());
    }

    /** The runs panel's card of {@code run} (the newest card is at the top). */
    private Node cardOf(FxRobot robot, RunEntry run) {
        List<RunEntry> runs = wb.window.state().getRuns();
        List<Node> cards = List.copyOf(robot.lookup(".run-cards").queryAs(javafx.scene.layout.Pane.class)
                .getChildren());
        assertEquals(runs.size(), cards.size(), "one card per run");
        return cards.get(runs.size() - 1 - runs.indexOf(run));
    }

    /**
     * Ctrl+R on study {@code d}'s project, the time limit typed, then every solver of the study picked in turn: each
     * form must show no problem and make a request for the solver's defaults; all but the last go into
     * {@code requests}, the last is started by clicking Run. Returns that run.
     */
    private RunEntry requestsFromDialog(FxRobot robot, StudyDefinition<?, ?> d, String seconds,
                                        List<RunRequest> requests) throws Exception {
        int before = fx(() -> wb.window.state().getRuns().size());
        robot.interact(() -> wb.window.tables().requestFocus());
        DialogPane pane = openRunDialog(robot);
        RunSolverDialog dialog = RunSolverDialog.of(pane).orElseThrow();
        ChoiceBox<StudyDefinition<?, ?>> study = studyChoice(pane);
        ChoiceBox<SolverSpec<?, ?>> solver = solverChoice(pane);
        assertEquals(d.id(), fx(() -> study.getValue().id()), d.id() + ": the dialog opens on the project's study");
        robot.clickOn("#run-time-limit").write(seconds);
        Label error = (Label) pane.lookup(".form-error");
        List<? extends SolverSpec<?, ?>> solvers = d.solvers();
        for (SolverSpec<?, ?> s : solvers) {
            String where = d.id() + " / " + s.id();
            robot.interact(() -> solver.setValue(solver.getItems().stream().filter(x -> x.id().equals(s.id()))
                    .findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(fx(error::isVisible), where + ": " + fx(error::getText));
            RunRequest r = fx(dialog::request).orElseThrow(() -> new AssertionError(where + ": no request"));
            assertEquals(s.id(), r.solverId(), where);
            assertEquals(s.defaults(), r.parameters(), where + ": the form gives back the solver's defaults");
            assertEquals(java.time.Duration.ofSeconds(Long.parseLong(seconds)), r.timeLimit(), where);
            if (s != solvers.get(solvers.size() - 1)) {
                requests.add(r);
            }
        }
        Button run = (Button) pane.lookupButton(RunSolverDialog.RUN);
        robot.clickOn(run);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".run-solver-dialog").tryQuery().isEmpty(), d.id() + ": the dialog closed on Run ("
                + fx(error::getText) + ")");
        assertEquals(before + 1, fx(() -> wb.window.state().getRuns().size()), d.id() + ": a run card was added");
        return fx(() -> wb.window.state().getRuns().get(before));
    }

    @Test
    void anotherProjectGetsFreshViewsAndNoLeftoversOfThePreviousOne(FxRobot robot) throws Exception {
        SampleProjects.Sample a4 = wb.services.samples().list().stream()
                .filter(s -> s.fileName().equals("motorway-a4.evwb.json")).findFirst().orElseThrow();
        SampleProjects.Sample netzero = wb.services.samples().list().stream()
                .filter(s -> s.fileName().equals("netzero-highway.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(a4));
        settle();
        StudyViews first = fx(() -> wb.window.studyHost().views("motorway").orElseThrow());
        // the QUBO workbench shows something of this project
        org.evwb.core.qubo.QuboBuilder b = new org.evwb.core.qubo.QuboBuilder();
        int x = b.addVariable("x");
        b.addLinear(b.objective("cost"), x, 1);
        org.evwb.core.qubo.Qubo q = b.build();
        robot.interact(() -> wb.window.quboWorkbench().show().open(q, "from the A4"));
        assertTrue(tabIds(robot).contains("tab-qubo-workbench"));

        robot.interact(() -> wb.window.projects().openSample(netzero));
        settle();
        StudyViews second = fx(() -> wb.window.studyHost().views("motorway").orElseThrow());
        assertNotSame(first, second, "the next project gets views of its own");
        assertFalse(tabIds(robot).contains("tab-qubo-workbench"), "the workbench went with the A4");
        assertTrue(fx(() -> wb.window.quboWorkbench().show().source()) == null,
                "a workbench opened now shows nothing of the A4");
        assertNoErrors(robot, "after switching projects");
    }
}
