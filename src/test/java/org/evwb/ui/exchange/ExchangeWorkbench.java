package org.evwb.ui.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.ui.app.MainWindow;
import org.evwb.ui.app.TestWorkbench;
import org.evwb.ui.chart.ExportDialogs;

/**
 * A real workbench window for the exchange teaching tests: a temporary home, the standard studies, and export
 * questions answered from a queue (no native dialogs). Opens the classroom-size test project.
 */
final class ExchangeWorkbench implements AutoCloseable {

    /** Export questions answered by the test: files from {@link #answers}, PNG scale 1. */
    static final class FakeExportDialogs implements ExportDialogs {
        final Deque<Path> answers = new ArrayDeque<>();
        final List<Exception> failures = new ArrayList<>();

        @Override
        public Optional<Path> chooseExportFile(Window owner, String suggestedName, String extension, String d) {
            return Optional.ofNullable(answers.poll());
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

    final FakeExportDialogs exports = new FakeExportDialogs();
    final TestWorkbench wb;
    MainWindow window;

    /** On a two-thread pool (tests that cancel, or act while work runs). */
    ExchangeWorkbench(Path home) throws IOException {
        this(new TestWorkbench(home));
    }

    private ExchangeWorkbench(TestWorkbench wb) {
        this.wb = wb.withExportDialogs(exports);
    }

    /** With every background task run on the calling thread (tests that only need results). */
    static ExchangeWorkbench callingThread(Path home) throws IOException {
        return new ExchangeWorkbench(TestWorkbench.callingThread(home));
    }

    MainWindow show(Stage stage) {
        window = wb.show(stage);
        return window;
    }

    /** The exchange views of the open project (the teaching tab is shown). */
    ExchangeViews views() {
        return window.studyViews(ExchangeStudy.ID, ExchangeViews.class).orElseThrow(() ->
                new AssertionError("the exchange views are not open"));
    }

    /** Study ▸ Exchange teaching mode, as the menu does it; returns the teaching view. */
    ExchangeTeachingView openTeaching(org.testfx.api.FxRobot robot) {
        ExchangeTeachingView[] v = new ExchangeTeachingView[1];
        robot.interact(() -> v[0] = views().show());
        return v[0];
    }

    /**
     * Copies the classroom test project (3 BSs, 8 EVs, one exchange study on the preset "Table II as printed": 15
     * acceptable pairs, a QUBO that every sampler, qaoa included, solves in seconds) into {@code dir}.
     */
    static Path classroomProject(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("classroom.evwb.json");
        try (InputStream in = ExchangeWorkbench.class.getResourceAsStream("classroom-test.evwb.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Override
    public void close() {
        wb.close();
    }
}
