package org.evwb.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.Studies;
import org.evwb.report.ReportTestAccess;
import org.evwb.ui.chart.ExportDialogs;
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
 * A run's report from the window, for every registered study: a fast solver on the study's sample, then the run
 * card's context menu ▸ Export report… (PDF) and Run ▸ Export report… (HTML, by the chosen file's extension), each
 * written in the background and read back as a reader would.
 */
@ExtendWith(ApplicationExtension.class)
class RunReportExportFxTest {

    /** Where the "file chooser" says to write, one answer per question. */
    static final class Answers implements ExportDialogs {
        final Deque<Path> files = new ArrayDeque<>();
        final List<Exception> failures = new ArrayList<>();

        @Override
        public Optional<Path> chooseExportFile(Window owner, String suggestedName, String extension, String d) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Double> choosePngScale(Window owner, int widthPx, int heightPx) {
            return Optional.of(1.0);
        }

        @Override
        public void exportFailed(Window owner, Path file, Exception cause) {
            failures.add(cause);
        }
    }

    @TempDir
    Path home;
    private TestWorkbench wb;
    private final Answers answers = new Answers();

    @Start
    void start(Stage stage) throws Exception {
        wb = new TestWorkbench(home.resolve("home"), Studies.standard()).withExportDialogs(answers);
        wb.show(stage);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    @Test
    void everyStudysRunExportsAPdfAndAnHtmlReport(FxRobot robot) throws Exception {
        ProjectIO io = new ProjectIO();
        for (StudyDefinition<?, ?> d : Studies.standard().studies()) {
            Path file = home.resolve(d.id() + "-sample.evwb.json");
            io.save(d.sampleProject().orElseThrow(), file);
            robot.interact(() -> assertTrue(wb.window.projects().open(file), d.id()));
            WaitForAsyncUtils.waitForFxEvents();
            String solver = ReportTestAccess.fastSolver(d);
            var spec = d.solver(solver).orElseThrow();
            RunEntry[] run = new RunEntry[1];
            robot.interact(() -> run[0] = wb.window.runs().start(new RunRequest(d.id(), solver, spec.defaults(), 5,
                    null)));
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> run[0].result() != null);
            WaitForAsyncUtils.waitForFxEvents();
            String verdict = run[0].result().report().feasible() ? "FEASIBLE" : "INFEASIBLE";

            Path pdf = home.resolve(d.id() + "-card.pdf");
            answers.files.add(pdf);
            Node card = robot.lookup(".run-card").queryAll().iterator().next();
            robot.interact(() -> card.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10,
                    10, 10, false, null)));
            MenuItem fromCard = contextMenuItem("run-export-report");
            robot.interact(fromCard::fire);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf) && wb.window.state()
                    .getRunningTasks().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();

            Path html = home.resolve(d.id() + "-menu.html");
            answers.files.add(html);
            robot.interact(() -> menuItem(robot, "menu-export-report").fire());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(html) && wb.window.state()
                    .getRunningTasks().isEmpty());
            assertEquals(List.of(), answers.failures, d.id());
            ReportTestAccess.assertReports(pdf, html, 5, verdict);
            assertTrue(ReportTestAccess.pdfText(pdf).contains(d.title()), d.id());
        }
    }

    private static MenuItem contextMenuItem(String styleClass) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .flatMap(w -> ((ContextMenu) w).getItems().stream())
                .filter(i -> i.getStyleClass().contains(styleClass)).findFirst()
                .orElseThrow(() -> new AssertionError("the card's context menu has " + styleClass));
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void theExchangeDashboardExportsItsAlgorithmsSideBySide(FxRobot robot) throws Exception {
        var sample = wb.services.samples().list().stream().filter(x -> x.fileName().equals(
                "exchange-classroom.evwb.json")).findFirst().orElseThrow();
        robot.interact(() -> wb.window.projects().openSample(sample));
        WaitForAsyncUtils.waitForFxEvents();
        var dashboard = WaitForAsyncUtils.asyncFx(() -> wb.window.studyViews("exchange",
                org.evwb.ui.exchange.ExchangeViews.class).orElseThrow().view().dashboard()).get(30, TimeUnit.SECONDS);
        robot.interact(dashboard::runAll);
        int solvers = Studies.standard().study("exchange").orElseThrow().solvers().size();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> dashboard.reports().size() == solvers
                && wb.window.state().getRunningTasks().isEmpty());
        Path pdf = home.resolve("dashboard.pdf");
        answers.files.add(pdf);
        robot.interact(() -> ((javafx.scene.control.Button) dashboard.lookup("#dash-report")).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && wb.window.state().getRunningTasks().isEmpty());
        assertEquals(List.of(), answers.failures);
        String text = ReportTestAccess.pdfText(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Comparison report") && text.contains("Social welfare per run"), text);
        assertTrue(text.contains("Runs " + solvers), text);
    }
}
