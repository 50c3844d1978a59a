package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.io.SampleSetWriters;
import org.evwb.core.qubo.sampler.CpSatSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.study.Studies;
import org.evwb.ui.platform.RunEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Study ▸ Export … QUBO… and Study ▸ Import samples… in the real window, for every registered QUBO study on its
 * sample project, with the file choosers answered through the {@link FakeFileDialogs} seam and every background task
 * on the calling thread: the export is the study's QUBO with its fingerprint; its ground state, brought back as an
 * Ocean SPIN sample set, is a finished, feasible run in the runs panel, saved beside the project; a sample file of the
 * wrong size adds no run and shows its problem with the JSON path.
 */
@ExtendWith(ApplicationExtension.class)
class QuboRoundTripFxTest {

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

    private MenuItem item(FxRobot robot, String id) {
        Menu study = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-study".equals(m.getId())).findFirst().orElseThrow();
        study.getOnShowing().handle(null);
        return study.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void exportThenImportTheGroundStateForEveryQuboStudy(FxRobot robot) throws Exception {
        var mapper = Json.newMapper();
        List<QuboStudy<?, ?>> studies = Studies.standard().studies().stream().filter(QuboStudy.class::isInstance)
                .<QuboStudy<?, ?>>map(QuboStudy.class::cast).toList();
        assertTrue(studies.size() >= 2);
        for (QuboStudy<?, ?> s : studies) {
            Path project = home.resolve(s.id() + ".evwb.json");
            new ProjectIO().save(s.sampleProject().orElseThrow(), project);
            robot.interact(() -> assertTrue(wb.window.projects().open(project), s.id()));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Export " + s.quboFormulation().title() + "…",
                    fx(() -> item(robot, "menu-export-qubo-" + s.id()).getText()));

            Path exported = home.resolve(s.id() + "-export.coo");
            wb.files.quboToExport.add(exported);
            robot.interact(() -> item(robot, "menu-export-qubo-" + s.id()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(Files.readString(exported).contains("# evwb-study=" + s.id()), s.id());
            closeDialogs(robot, ".info-dialog");

            Qubo q = new QuboFiles(mapper).read(exported);
            SampleSet ground = groundState(q);
            byte[] x = ground.best().orElseThrow().state();
            Path samples = home.resolve(s.id() + "-samples.json");
            Files.writeString(samples, mapper.writeValueAsString(SampleSetWriters.ocean(mapper, q, List.of(x), true,
                    true, false)));
            int before = fx(() -> wb.window.state().getRuns().size());
            wb.files.samplesToImport.add(samples);
            robot.interact(() -> item(robot, "menu-import-samples-" + s.id()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            List<RunEntry> runs = fx(() -> List.copyOf(wb.window.state().getRuns()));
            assertEquals(before + 1, runs.size(), s.id() + ": one run more");
            RunEntry run = runs.get(runs.size() - 1);
            assertEquals(run, fx(() -> wb.window.state().getActiveRun()), "the import is the active run");
            assertEquals("import", run.report().solver());
            assertTrue(run.report().feasible(), s.id() + ": " + run.report().violations());
            QuboRunStats stats = s.quboFormulation().stats(cast(run.result().solution())).orElseThrow();
            assertEquals(ground.bestEnergy(), stats.bestEnergy(), 1e-9);
            assertTrue(run.resultFile() != null && Files.exists(run.resultFile()), "saved beside the project");
            assertEquals("import", ResultFile.read(run.resultFile(), mapper).report().solver());
            // opened again, the project reads the import back like any saved run: typed, checked, no note
            robot.interact(() -> assertTrue(wb.window.projects().open(project)));
            WaitForAsyncUtils.waitForFxEvents();
            RunEntry again = fx(() -> wb.window.state().getRuns().stream().filter(r -> r.report() != null
                    && "import".equals(r.report().solver())).findFirst().orElseThrow());
            assertTrue(again.result().solution() != null && again.result().note() == null, s.id() + ": "
                    + again.result().note());
            before = fx(() -> wb.window.state().getRuns().size());

            // samples of another QUBO: no run, the problem with its path
            Path wrong = home.resolve(s.id() + "-wrong.json");
            Files.writeString(wrong, mapper.writeValueAsString(SampleSetWriters.ocean(mapper, q, List.of(x), false,
                    true, false).put("num_variables", q.numVariables() + 1)));
            wb.files.samplesToImport.add(wrong);
            robot.interact(() -> item(robot, "menu-import-samples-" + s.id()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            int now = before;
            assertEquals(now, fx(() -> wb.window.state().getRuns().size()), "no run from a bad file");
            DialogPane pane = robot.lookup(".problems-dialog").queryAs(DialogPane.class);
            @SuppressWarnings("unchecked")
            ListView<String> list = (ListView<String>) pane.lookup(".problem-list");
            String problem = fx(() -> list.getItems().get(0));
            assertTrue(problem.startsWith("$.num_variables: the sample set has " + (q.numVariables() + 1)), problem);
            closeDialogs(robot, ".problems-dialog");
        }
    }

    /** The QUBO workbench saves what it shows: a study's QUBO with its origin, a file's QUBO as it is. */
    @Test
    void theWorkbenchSavesTheQuboItShows(FxRobot robot) throws Exception {
        var mapper = Json.newMapper();
        for (QuboStudy<?, ?> s : Studies.standard().studies().stream().filter(QuboStudy.class::isInstance)
                .<QuboStudy<?, ?>>map(QuboStudy.class::cast).toList()) {
            Path project = home.resolve(s.id() + ".evwb.json");
            new ProjectIO().save(s.sampleProject().orElseThrow(), project);
            robot.interact(() -> assertTrue(wb.window.projects().open(project), s.id()));
            java.util.Deque<Path> answers = new java.util.ArrayDeque<>();
            org.evwb.ui.qubo.QuboFileChooser chooser = new org.evwb.ui.qubo.QuboFileChooser() {
                @Override
                public java.util.Optional<Path> chooseQuboFile(javafx.stage.Window owner) {
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Optional<Path> chooseQuboFileToSave(javafx.stage.Window owner, String name) {
                    return java.util.Optional.ofNullable(answers.poll());
                }
            };
            robot.interact(() -> wb.window.quboWorkbench().show(chooser));
            robot.interact(() -> item(robot, "menu-qubo-" + s.id()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            Path saved = home.resolve(s.id() + "-workbench.qubo");
            answers.add(saved);
            robot.interact(() -> robot.lookup("#qubo-save").queryButton().fire());
            WaitForAsyncUtils.waitForFxEvents();
            String text = Files.readString(saved);
            var study = s;
            var expected = exportOf(study, project);
            assertTrue(text.contains("c evwb-fingerprint=" + expected.origin().fingerprint()), text.substring(0,
                    Math.min(400, text.length())));
            assertTrue(new QuboFiles(mapper).read(saved).sameCoefficients(expected.qubo()), s.id());
            assertTrue(fx(() -> robot.lookup("#qubo-saved").queryLabeled().getText()).contains(saved.getFileName()
                    .toString()));
        }
    }

    private static <I, S> org.evwb.core.qubo.io.QuboExport exportOf(QuboStudy<I, S> s, Path project)
            throws Exception {
        var p = new ProjectIO().load(project);
        var c = p.studyConfig(s.id()).orElse(null);
        return org.evwb.core.qubo.study.QuboRoundTrip.export(s, s.buildInstance(p, c), c);
    }

    @SuppressWarnings("unchecked")
    private static <S> S cast(Object o) {
        return (S) o;
    }

    private static void closeDialogs(FxRobot robot, String query) {
        robot.lookup(query).queryAll().forEach(n -> robot.interact(() -> n.getScene().getWindow().hide()));
    }

    private static SampleSet groundState(Qubo q) {
        Samplers engine = new Samplers();
        RunContext ctx = new RunContext(1, null, RunListener.NONE);
        if (q.numVariables() <= 24) {
            return engine.byId(ExactSampler.ID).orElseThrow().create(new ExactSampler.Parameters(1)).solve(q, ctx);
        }
        return engine.byId(CpSatSampler.ID).orElseThrow().create(new CpSatSampler.Parameters(60, 2)).solve(q, ctx);
    }
}
