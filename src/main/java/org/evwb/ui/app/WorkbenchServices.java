package org.evwb.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.core.AppDirs;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.chart.FxExportDialogs;

/**
 * Everything the main window needs from outside, built once by the composition root ({@link WorkbenchApp}) and handed
 * in through the constructor; tests hand in their own (a temp home, a fake file chooser, a registry with a failing
 * solver).
 *
 * @param dialogs builds the dialogs given the main window (so alerts are owned by it)
 * @param exportDialogs the questions chart and table exports ask (where to, at what resolution)
 */
public record WorkbenchServices(
        AppDirs dirs,
        ProjectIO projectIO,
        ObjectMapper mapper,
        StudyRegistry studies,
        OptimizerRunner runner,
        TaskExecutor executor,
        FileDialogs fileDialogs,
        Function<Supplier<Window>, Dialogs> dialogs,
        SampleProjects samples,
        RecentFiles recentFiles,
        AppLog log,
        ExportDialogs exportDialogs) {

    /** The production services for a home folder: every shipped study, native file choosers, JavaFX alerts. */
    public static WorkbenchServices standard(AppDirs dirs, AppLog log, TaskExecutor executor) {
        return withStudies(dirs, log, executor, Studies.standard(), new FxFileDialogs());
    }

    /** As {@link #standard}, with a chosen study registry and file chooser. */
    public static WorkbenchServices withStudies(AppDirs dirs, AppLog log, TaskExecutor executor,
                                                StudyRegistry studies, FileDialogs fileDialogs) {
        ObjectMapper mapper = Json.newMapper();
        return new WorkbenchServices(dirs, new ProjectIO(), mapper, studies,
                new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, mapper), executor, fileDialogs, FxDialogs::new,
                new SampleProjects(WorkbenchServices.class.getClassLoader()),
                new RecentFiles(dirs.home().resolve("recent-files.json")), log, new FxExportDialogs());
    }
}
