package org.evwb.core.solve;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evwb.core.project.StudyConfig;

/**
 * Study parameters set for one run only, over a project's study configuration: what {@code evwb solve --param
 * NAME=VALUE} does for a name the solver lacks and the study has, and what the Run dialog's "Study parameters (this
 * run)" section does for a changed value. The project is not edited; the run's {@link RunConfiguration} records
 * every parameter after the overrides, so {@code evwb check} builds the same instance.
 */
public final class StudyOverrides {

    private StudyOverrides() {
    }

    /**
     * {@code config} (null: the study's defaults) with {@code overrides} put over its parameters, each value checked
     * by the study's parameters record and written the way a configuration holds it (enum constants in lower case).
     * Its id, name and preset are kept; with no configuration a new one (id {@code --param}) is made.
     *
     * @param overrides values by parameter name, typed or as text ({@code "forecast"}, {@code "5"}); empty: {@code
     *                  config} itself
     * @throws IllegalArgumentException naming each parameter refused and why
     */
    public static StudyConfig apply(StudyDefinition<?, ?> study, StudyConfig config, Map<String, ?> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return config;
        }
        Map<String, Object> typed = typed(study.parameters(), overrides);
        Map<String, Object> merged = new LinkedHashMap<>(config == null ? Map.of() : config.parameters());
        overrides.keySet().forEach(k -> merged.put(k, typed.get(k)));
        return config == null ? new StudyConfig("--param", study.id(), null, merged, null)
                : new StudyConfig(config.id(), config.study(), config.name(), merged, config.preset());
    }

    private static <P extends Record> Map<String, Object> typed(StudyParameters<P> parameters,
                                                              Map<String, ?> overrides) {
        return parameters.toConfig(parameters.withOverrides(overrides));
    }
}
