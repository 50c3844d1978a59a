package org.evwb.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;

/** A real workbench window for TestFX tests: a temporary home, a fake file chooser, a chosen study registry. */
public final class TestWorkbench implements AutoCloseable {

    public final AppDirs dirs;
    public final AppLog log;
    public final FxTaskExecutor executor = new FxTaskExecutor(2);
    public final FakeFileDialogs files = new FakeFileDialogs();
    public final WorkbenchServices services;
    public MainWindow window;

    public TestWorkbench(Path home) throws IOException {
        this(home, Studies.standard());
    }

    public TestWorkbench(Path home, StudyRegistry studies) throws IOException {
        dirs = new AppDirs(home);
        log = new AppLog(dirs);
        services = WorkbenchServices.withStudies(dirs, log, executor, studies, files);
    }

    /** Builds and shows the main window (call from a TestFX {@code @Start} method). */
    public MainWindow show(Stage stage) {
        window = WorkbenchApp.show(stage, services);
        return window;
    }

    @Override
    public void close() {
        executor.close();
        log.close();
    }
}
