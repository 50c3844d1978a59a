package org.evwb.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.core.AppDirs;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.Studies;
import org.evwb.ui.StudyUis;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.chart.FxExportDialogs;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.CarbonPreferences;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.FileDialogs;
import org.evwb.ui.platform.FxDialogs;
import org.evwb.ui.platform.FxTaskExecutor;
import org.evwb.ui.platform.StudyUiRegistry;
import org.evwb.ui.platform.TaskExecutor;

/**
 * Everything the main window needs from outside, built once by the composition root ({@link WorkbenchApp}) and handed
 * in through the constructor; tests hand in their own (a temp home, a fake file chooser, a registry with a failing
 * solver, a calling-thread executor).
 *
 * @param studies   the headless studies ({@code Studies.standard()})
 * @param studyUis  their window side ({@code StudyUis.standard()}); a study UI is used when its study is registered
 * @param state     the one app state of the window
 * @param executor  the one task executor, registering every task in {@code state}
 * @param dialogs   builds the dialogs given the main window (so alerts are owned by it)
 * @param exportDialogs the questions chart and table exports ask (where to, at what resolution)
 * @param carbon    the compute-carbon constants (Edit ▸ Preferences…), read by {@code runner} at the end of each run
 */
public record WorkbenchServices(
        AppDirs dirs,
        ProjectIO projectIO,
        ObjectMapper mapper,
        StudyRegistry studies,
        StudyUiRegistry studyUis,
        OptimizerRunner runner,
        AppState state,
        TaskExecutor executor,
        FileDialogs fileDialogs,
        Function<Supplier<Window>, Dialogs> dialogs,
        SampleProjects samples,
        RecentFiles recentFiles,
        AppLog log,
        ExportDialogs exportDialogs,
        CarbonPreferences carbon) {

    /** The production services for a home folder: every shipped study, a pooled executor, native file choosers. */
    public static WorkbenchServices standard(AppDirs dirs, AppLog log) {
        return of(dirs, log, Studies.standard(), StudyUis.standard(), new FxFileDialogs(), FxTaskExecutor::new);
    }

    /**
     * The services with chosen studies, file chooser and executor ({@code executors} makes it for the new app
     * state, which it registers tasks in).
     */
    public static WorkbenchServices of(AppDirs dirs, AppLog log, StudyRegistry studies, StudyUiRegistry studyUis,
                                       FileDialogs fileDialogs, Function<AppState, TaskExecutor> executors) {
        ObjectMapper mapper = Json.newMapper();
        AppState state = new AppState();
        CarbonPreferences carbon = new CarbonPreferences(dirs.preferences(), mapper);
        return new WorkbenchServices(dirs, new ProjectIO(), mapper, studies, studyUis,
                new OptimizerRunner(carbon::current, mapper), state, executors.apply(state),
                fileDialogs, FxDialogs::new, new SampleProjects(WorkbenchServices.class.getClassLoader()),
                new RecentFiles(dirs.home().resolve("recent-files.json")), log, new FxExportDialogs(), carbon);
    }

    /** The same services with other export questions (tests answer them without native dialogs). */
    public WorkbenchServices withExportDialogs(ExportDialogs e) {
        return new WorkbenchServices(dirs, projectIO, mapper, studies, studyUis, runner, state, executor, fileDialogs,
                dialogs, samples, recentFiles, log, e, carbon);
    }
}
