package org.evwb.ui.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.evwb.core.AppDirs;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.Dialogs;

/**
 * The JavaFX application and composition root: sets up the log file, builds the services and shows the main window
 * (start page first). Uncaught exceptions on the FX thread go to the log, with a dialog for the user.
 */
public final class WorkbenchApp extends Application {

    private AppLog log;
    private WorkbenchServices services;
    private MainWindow window;

    @Override
    public void start(Stage stage) throws IOException {
        AppDirs dirs = AppDirs.fromSystem();
        log = new AppLog(dirs);
        services = WorkbenchServices.standard(dirs, log);
        window = show(stage, services);
        // Cold start as the user sees it: from JVM start to the first frame after the window is shown.
        Platform.runLater(() -> log.info("workbench shown " + ManagementFactory.getRuntimeMXBean().getUptime()
                + " ms after JVM start, home " + dirs.home()));
    }

    /** Builds the main window on {@code stage} and shows it; tests call this with their own services. */
    public static MainWindow show(Stage stage, WorkbenchServices services) {
        MainWindow window = new MainWindow(stage, services);
        installUncaughtHandler(services.log(), window.dialogs());
        stage.setScene(window.createScene(1280, 800));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        // The workspace is built once the start page has been laid out for the first frame, not before it.
        Runnable[] afterFirstLayout = new Runnable[1];
        afterFirstLayout[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(afterFirstLayout[0]);
            Platform.runLater(window::prepareWorkspace);
        };
        stage.getScene().addPostLayoutPulseListener(afterFirstLayout[0]);
        return window;
    }

    /** Logs exceptions that escape an FX event handler and tells the user where the details are. */
    static void installUncaughtHandler(AppLog log, Dialogs dialogs) {
        Thread fx = Thread.currentThread();
        fx.setUncaughtExceptionHandler((t, e) -> {
            log.error("uncaught exception on " + t.getName(), e);
            Runnable show = () -> dialogs.error("Unexpected error", "Something went wrong",
                    (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                            + "\n\nYour project is unchanged unless you saved. Details are in the log file:\n"
                            + log.file());
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (services != null) {
            services.executor().close();
        }
        if (log != null) {
            log.close();
        }
    }
}
