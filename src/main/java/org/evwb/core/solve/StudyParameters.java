package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>A study may also declare named {@link StudyPreset presets}: a configuration's {@code "preset"} puts a preset's
 * values over the defaults first, then its {@code parameters} over those. An unknown preset is refused at
 * {@code $.studies[i].preset} with the presets the study has.
 *
 * @param <P> the study's parameters record; put {@code @Unit} on its numeric components so ranges are checked and a
 *            settings form can be generated from it
 */
public final class StudyParameters<P extends Record> {

    /** The parameters of a study that has none. */
    public record None() { }

    private final String studyId;
    private final P defaults;
    private final List<StudyPreset> presets;
    private final Map<String, P> presetValues;

    private StudyParameters(String studyId, P defaults, List<StudyPreset> presets) {
        this.studyId = Objects.requireNonNull(studyId);
        this.defaults = Objects.requireNonNull(defaults);
        this.presets = List.copyOf(presets);
        Map<String, P> values = new LinkedHashMap<>();
        for (StudyPreset preset : this.presets) {
            if (values.containsKey(preset.id())) {
                throw new IllegalArgumentException("study " + studyId + " declares preset " + preset.id() + " twice");
            }
            // a preset is checked when the study is made, so a bad one never reaches a user
            values.put(preset.id(), RecordValues.withOverrides("study " + studyId + ", preset " + preset.id(),
                    defaults, preset.values()));
        }
        this.presetValues = Map.copyOf(values);
    }

    /** The parameters of study {@code studyId}, their type and defaults given by {@code defaults}. */
    public static <P extends Record> StudyParameters<P> of(String studyId, P defaults) {
        return new StudyParameters<>(studyId, defaults, List.of());
    }

    /** For a study without parameters: any name in its configuration is refused. */
    public static StudyParameters<None> none(String studyId) {
        return new StudyParameters<>(studyId, new None(), List.of());
    }

    /**
     * The same parameters with these presets (in the order listings show them).
     *
     * @throws IllegalArgumentException when a preset names an unknown parameter or a refused value, or two share an id
     */
    public StudyParameters<P> withPresets(StudyPreset... declared) {
        List<StudyPreset> all = new ArrayList<>(presets);
        all.addAll(List.of(declared));
        return new StudyParameters<>(studyId, defaults, all);
    }

    /** The presets the study declares (none by default). */
    public List<StudyPreset> presets() {
        return presets;
    }

    /** The preset with this id or title (any case), if the study has one. */
    public Optional<StudyPreset> preset(String name) {
        return presets.stream().filter(p -> p.isNamed(name)).findFirst();
    }

    /** The parameters of a preset: its values over the defaults. */
    public P valuesOf(StudyPreset preset) {
        P p = presetValues.get(preset.id());
        if (p == null || !presets.contains(preset)) {
            throw new IllegalArgumentException("study " + studyId + " has no preset " + preset.id());
        }
        return p;
    }

    /** What to write after "known presets:" in a message. */
    public String presetList() {
        return presets.isEmpty() ? "this study has none" : String.join(", ", presets.stream()
                .map(StudyPreset::label).toList());
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
        if (config == null) {
            return defaults;
        }
        P base = defaults;
        if (config.preset() != null) {
            Optional<StudyPreset> preset = preset(config.preset());
            if (preset.isEmpty()) {
                problems.add(new Problem(project.jsonPathOf(config) + ".preset", "unknown preset \""
                        + config.preset() + "\" for study " + studyId + "; known presets: " + presetList()
                        + " (or leave \"preset\" out for the study's defaults)"));
                return null;
            }
            base = valuesOf(preset.get());
        }
        if (config.parameters().isEmpty()) {
            return base;
        }
        String path = project.jsonPathOf(config) + ".parameters";
        return RecordValues.merge(base, config.parameters(), RecordValues.Input.JSON, path, problems);
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

    /** {@link #withOverrides} on top of a preset's values instead of the defaults. */
    public P withOverrides(StudyPreset preset, Map<String, ?> byName) {
        return RecordValues.withOverrides("study " + studyId + ", preset " + preset.id(), valuesOf(preset), byName);
    }

    /**
     * The parameters as a study configuration's {@code parameters} hold them (plain JSON values by name; enum
     * constants in lower case, as project files write them).
     */
    public Map<String, Object> toConfig(P parameters) {
        Map<String, Object> map = RecordValues.toMap(parameters);
        for (java.lang.reflect.RecordComponent c : parameters.getClass().getRecordComponents()) {
            if (c.getType().isEnum() && map.get(c.getName()) instanceof String s) {
                map.put(c.getName(), s.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return map;
    }

    /**
     * The values of {@code now} that differ from {@code base}, as a configuration holds them ({@link #toConfig}); an
     * optional text left empty means "not set" ({@code motorwayId}: the project's first motorway), so it is no change
     * from an unset one.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> changes(Record base, Record now) {
        Map<String, Object> was = toConfig((P) base);
        Map<String, Object> is = toConfig((P) now);
        for (java.lang.reflect.RecordComponent c : type().getRecordComponents()) {
            if (c.isAnnotationPresent(org.evwb.core.project.OptionalField.class)) {
                for (Map<String, Object> m : List.of(was, is)) {
                    if (m.get(c.getName()) == null || m.get(c.getName()) instanceof String t && t.isBlank()) {
                        m.remove(c.getName());
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        is.forEach((k, v) -> {
            if (!Objects.equals(v, was.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return studyId + " parameters " + type().getSimpleName();
    }
}
