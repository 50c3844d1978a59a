package org.evwb.ui.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.Violation;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;

/**
 * Reads a project's saved runs back as typed results (off the FX thread): for each result file the study's instance
 * is built from the project as it is now (once per study) and the solution parsed once. When the project has changed
 * since the run — the solution no longer fits, or the checker now finds violations the saved report did not — the
 * run keeps its saved report and gets a note saying so.
 */
final class SavedRuns {

    private final StudyRegistry studies;
    private final ResultStore store;
    private final ObjectMapper mapper;

    SavedRuns(StudyRegistry studies, ResultStore store, ObjectMapper mapper) {
        this.studies = studies;
        this.store = store;
        this.mapper = mapper;
    }

    /** The runs saved beside {@code file}, oldest first, typed against {@code project}. */
    List<RunEntry> read(Path file, Project project, RunContext ctx) {
        List<ResultStore.Loaded> loaded = store.readAll(file);
        Map<String, Built<?>> instances = new HashMap<>();
        List<RunEntry> out = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            ctx.checkCancelled();
            ctx.progress((double) i / loaded.size(), "reading saved runs");
            ResultStore.Loaded l = loaded.get(i);
            out.add(RunEntry.saved(typed(l.file(), l.result().report(), l.result().solution(), project, instances),
                    l.file()));
        }
        return out;
    }

    /** An instance built for one study, or why it could not be. */
    private record Built<I>(I instance, String problem) { }

    private RunResult<?, ?> typed(Path file, RunReport report, JsonNode solution, Project project,
                                  Map<String, Built<?>> instances) {
        StudyDefinition<?, ?> def = studies.study(report.study()).orElse(null);
        if (def == null) {
            return new RunResult<>(null, project, null, null, report, "The study '" + report.study()
                    + "' is not part of this build: only the saved report is shown.");
        }
        return typed(def, file, report, solution, project, instances);
    }

    @SuppressWarnings("unchecked")
    private <I, S> RunResult<I, S> typed(StudyDefinition<I, S> def, Path file, RunReport report, JsonNode json,
                                         Project project, Map<String, Built<?>> instances) {
        RunConfiguration recorded = report.configuration();
        // one instance per study and recorded configuration (older files: the project's first configuration)
        String key = def.id() + (recorded == null ? "" : " " + recorded.parameters());
        Built<I> built = (Built<I>) instances.computeIfAbsent(key, k -> build(def, project, recorded,
                file.getFileName().toString()));
        if (built.instance() == null) {
            return new RunResult<>(def, project, null, null, report, "The project has changed since this run ("
                    + built.problem() + "): the saved report is shown, not the solution.");
        }
        I in = built.instance();
        if (json == null || json.isNull()) {
            return new RunResult<>(def, project, in, null, report, null);
        }
        S solution;
        try {
            solution = def.solutionFromJson(in, json, mapper);
        } catch (ProjectFileException e) {
            return new RunResult<>(def, project, in, null, report, "The project has changed since this run, or "
                    + file.getFileName() + " was edited: its solution no longer fits (" + new ProjectFileException(
                    file.getFileName().toString(), e.problems()).getMessage() + "). The saved report is shown.");
        } catch (RuntimeException e) {
            return new RunResult<>(def, project, in, null, report, "The project has changed since this run: its "
                    + "solution no longer fits (" + e.getMessage() + "). The saved report is shown.");
        }
        List<Violation> now = def.checker().check(in, solution);
        String note = report.feasible() && !now.isEmpty() ? "The project has changed since this run: the checker "
                + "now finds " + now.size() + " violation(s) in its solution (the report is as saved)."
                : settingsChanged(def, project, recorded);
        return new RunResult<>(def, project, in, solution, report, note);
    }

    /** A note when the study configuration the run recorded has been edited since; null when it has not. */
    private static String settingsChanged(StudyDefinition<?, ?> def, Project project, RunConfiguration recorded) {
        if (recorded == null || recorded.configId() == null) {
            return null;
        }
        StudyConfig now = project.studyConfigById(recorded.configId()).orElse(null);
        if (now == null || !now.study().equals(def.id())) {
            return null;
        }
        try {
            List<String> diff = recorded.differences(RunConfiguration.of(def, project, now));
            return diff.isEmpty() ? null : "The study settings have changed since this run (" + String.join(", ",
                    diff) + "): it is shown and checked with the settings it was solved with.";
        } catch (ProjectFileException e) {
            return null;
        }
    }

    private static <I> Built<I> build(StudyDefinition<I, ?> def, Project project, RunConfiguration recorded,
                                      String file) {
        try {
            StudyConfig config = recorded == null ? project.studyConfig(def.id()).orElse(null)
                    : recorded.toStudyConfig(def, file);
            return new Built<>(def.buildInstance(project, config), null);
        } catch (ProjectFileException e) {
            return new Built<>(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Built<>(null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
