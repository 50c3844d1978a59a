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
import org.evwb.core.AppDirs;
import org.evwb.core.study.Studies;
import org.evwb.ui.app.AppLog;
import org.evwb.ui.app.FxTaskExecutor;
import org.evwb.ui.app.MainWindow;
import org.evwb.ui.app.WorkbenchApp;
import org.evwb.ui.app.WorkbenchServices;
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

    final AppDirs dirs;
    final AppLog log;
    final FxTaskExecutor executor = new FxTaskExecutor(2);
    final FakeExportDialogs exports = new FakeExportDialogs();
    final WorkbenchServices services;
    MainWindow window;

    ExchangeWorkbench(Path home) throws IOException {
        dirs = new AppDirs(home);
        log = new AppLog(dirs);
        WorkbenchServices s = WorkbenchServices.withStudies(dirs, log, executor, Studies.standard(),
                new org.evwb.ui.app.FakeFileDialogs());
        services = new WorkbenchServices(s.dirs(), s.projectIO(), s.mapper(), s.studies(), s.runner(), s.executor(),
                s.fileDialogs(), s.dialogs(), s.samples(), s.recentFiles(), s.log(), exports);
    }

    MainWindow show(Stage stage) {
        window = WorkbenchApp.show(stage, services);
        return window;
    }

    /** Copies the classroom test project (3 BSs, 8 EVs, one exchange study) into {@code dir}. */
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
        executor.close();
        log.close();
    }
}
