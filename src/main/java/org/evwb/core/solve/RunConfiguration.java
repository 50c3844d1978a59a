package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;

/**
 * The study configuration a run was solved with, as its result file records it ({@code $.configuration}): which of
 * the project's configurations it was ({@code id}, {@code name}; both null when the project had none and the study's
 * defaults were used), the preset it named, and every study parameter after the merge — rule choices and objective
 * included — so the result can be checked without the project's configuration, even after that has changed.
 *
 * @param configId   the id of the project's study configuration, or null (the study's defaults, or a preset given
 *                   on the command line without a configuration)
 * @param name       its name, or null
 * @param preset     the preset it was solved with (its id), or null
 * @param parameters every parameter of the study by name, as a study configuration's {@code parameters} hold them
 */
public record RunConfiguration(String configId, String name, String preset, Map<String, Object> parameters) {

    public RunConfiguration {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * What a run of {@code study} on {@code project} with {@code config} (null: the study's defaults) is solved with.
     *
     * @throws ProjectFileException when the configuration's parameters are refused (as building the instance would)
     */
    public static RunConfiguration of(StudyDefinition<?, ?> study, Project project, StudyConfig config)
            throws ProjectFileException {
        Map<String, Object> merged = merged(study.parameters(), project, config);
        if (config == null) {
            return new RunConfiguration(null, null, null, merged);
        }
        // a configuration made up on the command line (--preset without one in the project) has no id to record
        boolean inProject = project.studies().contains(config);
        return new RunConfiguration(inProject ? config.id() : null, inProject ? config.name() : null,
                config.preset() == null ? null : study.parameters().preset(config.preset())
                        .map(StudyPreset::id).orElse(config.preset()), merged);
    }

    private static <P extends Record> Map<String, Object> merged(StudyParameters<P> parameters, Project project,
                                                                 StudyConfig config) throws ProjectFileException {
        return parameters.toConfig(parameters.from(project, config));
    }

    /**
     * This recorded configuration as one a study builds its instance with: every parameter as recorded, no preset
     * (the recorded values already hold the preset's).
     *
     * @param source the result file, for messages
     * @throws ProjectFileException naming {@code $.configuration.parameters.NAME} in {@code source} for every value
     *                              this build's study refuses, with the fix
     */
    public StudyConfig toStudyConfig(StudyDefinition<?, ?> study, String source) throws ProjectFileException {
        List<Problem> problems = new ArrayList<>();
        RecordValues.merge(study.parameters().defaults(), parameters, RecordValues.Input.JSON,
                "$.configuration.parameters", problems);
        if (!problems.isEmpty()) {
            List<Problem> withFix = problems.stream().map(p -> new Problem(p.path(), p.message()
                    + " (this build's study '" + study.id() + "' refuses the recorded value; check with --config ID "
                    + "to use one of the project's configurations instead)")).toList();
            throw new ProjectFileException(source, withFix);
        }
        return new StudyConfig(configId == null ? "recorded" : configId, study.id(), name, parameters, null);
    }

    /** How the configuration is named in messages: {@code configuration 'ID'}, or the study's defaults. */
    public String describe() {
        String what = configId == null ? (preset == null ? "the study's defaults" : "no configuration")
                : "configuration '" + configId + "'";
        return preset == null ? what : what + " with preset " + preset;
    }

    /**
     * The parameters whose values differ between this configuration and {@code other}, each as
     * {@code name: this → other}; empty when they solve the same problem.
     */
    public List<String> differences(RunConfiguration other) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            Object theirs = other.parameters.get(e.getKey());
            if (!same(e.getValue(), theirs)) {
                out.add(e.getKey() + ": " + e.getValue() + " → " + theirs);
            }
        }
        for (Map.Entry<String, Object> e : other.parameters.entrySet()) {
            if (!parameters.containsKey(e.getKey()) && e.getValue() != null) {
                out.add(e.getKey() + ": (not recorded) → " + e.getValue());
            }
        }
        return out;
    }

    /** Values as JSON gives them back: 5 and 5.0 are the same number, enum names compare in any case. */
    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equalsIgnoreCase(y);
        }
        return Objects.equals(a, b);
    }
}
