package org.evwb.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.io.QuboExport;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.study.QuboRoundTrip;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.FileDialogs;
import org.evwb.ui.platform.TaskExecutor;
import org.evwb.ui.runs.RunsController;

/**
 * Study ▸ Export … QUBO… and Study ▸ Import samples…, for every registered {@link QuboStudy}: the open project's QUBO
 * of the study written with its origin and fingerprint (format by the chosen name's extension), and samples of it read
 * back as a checked run in the runs panel ({@link RunsController#importSamples}). Both in the background; no study is
 * named here.
 */
final class QuboFileActions {

    private final AppState state;
    private final FileDialogs files;
    private final Dialogs dialogs;
    private final TaskExecutor executor;
    private final RunsController runs;
    private final ObjectMapper mapper;
    private final AppLog log;
    private final Supplier<Window> owner;

    QuboFileActions(AppState state, FileDialogs files, Dialogs dialogs, TaskExecutor executor, RunsController runs,
                    ObjectMapper mapper, AppLog log, Supplier<Window> owner) {
        this.state = state;
        this.files = files;
        this.dialogs = dialogs;
        this.executor = executor;
        this.runs = runs;
        this.mapper = mapper;
        this.log = log;
        this.owner = owner;
    }

    static String exportText(QuboStudy<?, ?> study) {
        return "Export " + study.quboFormulation().title() + "…";
    }

    static String importText(QuboStudy<?, ?> study) {
        return "Import samples of the " + study.quboFormulation().title() + "…";
    }

    /** Asks where, then exports in the background; empty when there is no project or the user cancelled. */
    Optional<BackgroundTask<QuboExport>> export(QuboStudy<?, ?> study) {
        Project p = state.getProject();
        if (p == null) {
            return Optional.empty();
        }
        String base = p.name().isBlank() ? "project" : p.name().replaceAll("[^A-Za-z0-9._-]+", "-");
        Optional<Path> file = files.chooseQuboToExport(owner.get(), base + "-" + study.id() + "-qubo.json");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        QuboFiles.Format format;
        try {
            format = QuboFiles.formatOf(file.get());
        } catch (ProjectFileException e) {
            dialogs.error("Cannot export the QUBO", "Unknown QUBO file type: " + file.get().getFileName(),
                    "Name the file .json (labelled, with its parts), .coo (dimod COO) or .qubo (qbsolv).");
            return Optional.empty();
        }
        Path target = file.get();
        return Optional.of(BackgroundTask.of("exporting the " + study.id() + " QUBO",
                        ctx -> write(study, p, target, format))
                .onSuccess(e -> dialogs.info("QUBO exported", study.quboFormulation().title() + " written to "
                        + target.getFileName(), e.qubo().numVariables() + " variables, " + e.qubo().numCouplers()
                        + " couplers (" + e.origin().encoding() + ")\nFingerprint " + e.origin().fingerprint()
                        + "\n\nSample it with another solver or on hardware, then bring the samples back with Study ▸ "
                        + importText(study)))
                .onFailure(t -> failed("export the " + study.id() + " QUBO", t))
                .executeWith(executor));
    }

    private static <I, S> QuboExport write(QuboStudy<I, S> study, Project p, Path target, QuboFiles.Format format,
                                           ObjectMapper mapper) throws Exception {
        StudyConfig config = p.studyConfig(study.id()).orElse(null);
        QuboExport e = QuboRoundTrip.export(study, study.buildInstance(p, config), config);
        e.write(target, format, mapper);
        return e;
    }

    private QuboExport write(QuboStudy<?, ?> study, Project p, Path target, QuboFiles.Format format)
            throws Exception {
        return write(study, p, target, format, mapper);
    }

    /** Asks for the sample file, then imports it as a run; empty when there is no project or the user cancelled. */
    Optional<BackgroundTask<?>> importSamples(QuboStudy<?, ?> study) {
        if (state.getProject() == null) {
            return Optional.empty();
        }
        return files.chooseSamplesToImport(owner.get()).map(f -> runs.importSamples(study, f));
    }

    private void failed(String action, Throwable t) {
        if (t instanceof ProjectFileException pfe) {
            dialogs.studyNeeds(action, pfe);
            return;
        }
        log.error("cannot " + action, t);
        dialogs.error("Cannot " + action, "Cannot " + action, (t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getMessage()) + "\n\nTechnical details are in the log file:\n" + log.file());
    }
}
