package org.evwb.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;
import org.evwb.ui.StudyUis;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.CallingThreadTaskExecutor;
import org.evwb.ui.platform.FxTaskExecutor;
import org.evwb.ui.platform.StudyUiRegistry;
import org.evwb.ui.platform.TaskExecutor;

/**
 * A real workbench window for TestFX tests: a temporary home, a fake file chooser, a chosen study registry, and
 * either a small pool (tests of cancelling or of work that runs while the test acts) or the calling-thread executor
 * (tests that only need a task's result: the work is done when the action that started it returns).
 */
public final class TestWorkbench implements AutoCloseable {

    public final AppDirs dirs;
    public final AppLog log;
    public final FakeFileDialogs files = new FakeFileDialogs();
    public WorkbenchServices services;
    public MainWindow window;

    /** The standard studies on a two-thread pool. */
    public TestWorkbench(Path home) throws IOException {
        this(home, Studies.standard());
    }

    /** Chosen studies (with the standard study UIs) on a two-thread pool. */
    public TestWorkbench(Path home, StudyRegistry studies) throws IOException {
        this(home, studies, StudyUis.standard(), s -> new FxTaskExecutor(s, 2));
    }

    public TestWorkbench(Path home, StudyRegistry studies, StudyUiRegistry uis,
                         Function<AppState, TaskExecutor> executors) throws IOException {
        dirs = new AppDirs(home);
        log = new AppLog(dirs);
        services = WorkbenchServices.of(dirs, log, studies, uis, files, executors);
    }

    /** The standard studies with every background task run on the calling thread. */
    public static TestWorkbench callingThread(Path home) throws IOException {
        return callingThread(home, Studies.standard());
    }

    public static TestWorkbench callingThread(Path home, StudyRegistry studies) throws IOException {
        return new TestWorkbench(home, studies, StudyUis.standard(), CallingThreadTaskExecutor::new);
    }

    /** Export questions answered by {@code exports} instead of native dialogs (call before {@link #show}). */
    public TestWorkbench withExportDialogs(ExportDialogs exports) {
        services = services.withExportDialogs(exports);
        return this;
    }

    public TaskExecutor executor() {
        return services.executor();
    }

    /** Builds and shows the main window (call from a TestFX {@code @Start} method). */
    public MainWindow show(Stage stage) {
        window = WorkbenchApp.show(stage, services);
        return window;
    }

    /** Disposes the window (so nothing of it outlives the test), then closes the executor and the log. */
    @Override
    public void close() {
        if (window != null) {
            MainWindow w = window;
            try {
                org.testfx.util.WaitForAsyncUtils.asyncFx(w::dispose).get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("cannot dispose the test window", e);
            }
        }
        services.executor().close();
        log.close();
    }
}
