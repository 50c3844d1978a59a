package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;

/**
 * A study's parameters: a record type with defaults, and the one way a project's study configuration sets them. A
 * configuration that is absent or has no {@code parameters} gives the defaults; each value it names replaces the
 * default of that name. Unknown names are refused with the known ones listed; a bad value is refused naming
 * {@code $.studies[i].parameters.NAME}, the value and what to write instead (the allowed constants of an enum, the
 * {@code @Unit} range of a number); NaN and infinities are refused.
 *
 * @param <P> the study's parameters record; put {@code @Unit} on its numeric components so ranges are checked and a
 *            settings form can be generated from it
 */
public final class StudyParameters<P extends Record> {

    /** The parameters of a study that has none. */
    public record None() { }

    private final String studyId;
    private final P defaults;

    private StudyParameters(String studyId, P defaults) {
        this.studyId = Objects.requireNonNull(studyId);
        this.defaults = Objects.requireNonNull(defaults);
    }

    /** The parameters of study {@code studyId}, their type and defaults given by {@code defaults}. */
    public static <P extends Record> StudyParameters<P> of(String studyId, P defaults) {
        return new StudyParameters<>(studyId, defaults);
    }

    /** For a study without parameters: any name in its configuration is refused. */
    public static StudyParameters<None> none(String studyId) {
        return new StudyParameters<>(studyId, new None());
    }

    @SuppressWarnings("unchecked")
    public Class<P> type() {
        return (Class<P>) defaults.getClass();
    }

    public P defaults() {
        return defaults;
    }

    /**
     * The parameters a study configuration sets ({@code config} null or without parameters: the defaults).
     *
     * @throws ProjectFileException naming {@code $.studies[i].parameters.NAME} for every value refused; the source is
     *                              the project's name (callers that know the file replace it)
     */
    public P from(Project project, StudyConfig config) throws ProjectFileException {
        List<Problem> problems = new ArrayList<>();
        P p = merge(project, config, problems);
        if (p == null) {
            throw new ProjectFileException(project.name().isBlank() ? "project" : project.name(), problems);
        }
        return p;
    }

    /** What {@link #from} would refuse, without throwing (for validation of a whole project). */
    public List<Problem> check(Project project, StudyConfig config) {
        List<Problem> problems = new ArrayList<>();
        merge(project, config, problems);
        return problems;
    }

    private P merge(Project project, StudyConfig config, List<Problem> problems) {
        if (config == null || config.parameters().isEmpty()) {
            return defaults;
        }
        String path = project.jsonPathOf(config) + ".parameters";
        return RecordValues.merge(defaults, config.parameters(), RecordValues.Input.JSON, path, problems);
    }

    /**
     * The defaults with values overridden by name; values may be typed or text ({@code "5"}, {@code "station"}), as
     * the command line, forms and sweeps give them.
     *
     * @throws IllegalArgumentException naming each parameter refused and why
     */
    public P withOverrides(Map<String, ?> byName) {
        return RecordValues.withOverrides("study " + studyId, defaults, byName);
    }

    /** The parameters as a study configuration's {@code parameters} hold them (plain JSON values by name). */
    public Map<String, Object> toConfig(P parameters) {
        return RecordValues.toMap(parameters);
    }

    @Override
    public String toString() {
        return studyId + " parameters " + type().getSimpleName();
    }
}
