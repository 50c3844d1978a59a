package org.evwb.cli;

import java.nio.file.Path;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.RunConfiguration;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;

/** What {@code solve} and {@code check} share: loading a project, finding a study and building its instance. */
final class ProjectLoader {

    private final ProjectIO io = new ProjectIO();

    ProjectIO io() {
        return io;
    }

    Project load(Path file) {
        try {
            return io.load(file);
        } catch (ProjectFileException e) {
            throw CliException.badInput(e);
        }
    }

    static StudyDefinition<?, ?> study(StudyRegistry registry, String id, String where) {
        return registry.study(id).orElseThrow(() -> CliException.badInput(where + "unknown study '" + id
                + "'; valid studies: " + String.join(", ", registry.ids())));
    }

    /**
     * The project's configuration for the study: the one with id {@code configId} when given, else the first set
     * up for that study, else none (the study's defaults).
     */
    static StudyConfig config(Project project, Path file, String studyId, String configId) {
        if (configId != null) {
            StudyConfig c = project.studyConfigById(configId).orElseThrow(() -> CliException.badInput(file
                    + ": $.studies: no study configuration with id '" + configId + "'; the project has: "
                    + ids(project)));
            if (!c.study().equals(studyId)) {
                throw CliException.badInput(file + ": $.studies: configuration '" + configId + "' is for study '"
                        + c.study() + "', not '" + studyId + "'");
            }
            return c;
        }
        return project.studyConfig(studyId).orElse(null);
    }

    /**
     * {@code config} with the study's preset {@code presetName} (from {@code --preset}) instead of its own; a synthetic
     * configuration when the project has none for the study. {@code presetName} null: {@code config} unchanged.
     */
    static StudyConfig withPreset(StudyDefinition<?, ?> study, StudyConfig config, String presetName) {
        if (presetName == null) {
            return config;
        }
        var preset = study.parameters().preset(presetName).orElseThrow(() -> CliException.badInput("--preset: "
                + "unknown preset '" + presetName + "' for study '" + study.id() + "'; known presets: "
                + study.parameters().presetList()));
        return config == null ? new StudyConfig("--preset", study.id(), null, null, preset.id())
                : config.withPreset(preset.id());
    }

    static <I> I instance(StudyDefinition<I, ?> study, Project project, Path file, StudyConfig config) {
        return instance(study, project, file, config, null);
    }

    /** The instance for a run: {@code ctx} (null: none) gets the build's progress and can cancel it. */
    static <I> I instance(StudyDefinition<I, ?> study, Project project, Path file, StudyConfig config,
                          org.evwb.core.solve.RunContext ctx) {
        try {
            return ctx == null ? study.buildInstance(project, config) : study.buildInstance(project, config, ctx);
        } catch (ProjectFileException e) {
            // Studies name the project by its name; the user needs the file.
            throw CliException.badInput(file.toString(), e);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput(file + ": $: study '" + study.id() + "' cannot use this project: "
                    + org.evwb.core.project.UserMessages.of(e));
        }
    }

    /** What a run with {@code config} is solved with, for its result file (the instance was built, so it merges). */
    static RunConfiguration recorded(StudyDefinition<?, ?> study, Project project, Path file, StudyConfig config) {
        try {
            return RunConfiguration.of(study, project, config);
        } catch (ProjectFileException e) {
            throw CliException.badInput(file.toString(), e);
        }
    }

    private static String ids(Project project) {
        return project.studies().isEmpty() ? "none" : String.join(", ", project.studies().stream()
                .map(StudyConfig::id).toList());
    }
}
