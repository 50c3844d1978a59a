package org.evwb.cli;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyOverrides;

/**
 * Study parameters given with {@code --param}: a name the solver's parameters lack but the study's have (netzero's
 * {@code speedSource}, {@code supplySource}) goes into the run's study configuration, over the project's own values,
 * so the result records it and {@code evwb check} builds the same instance.
 */
final class StudyParams {

    private StudyParams() {
    }

    /** Takes out of {@code params} the entries that name a study parameter and no solver parameter; returns them. */
    static Map<String, String> split(SolverSpec<?, ?> solver, StudyDefinition<?, ?> study,
                                     Map<String, String> params) {
        Set<String> solverNames = names(solver.defaults().getClass());
        Set<String> studyNames = names(study.parameters().type());
        Map<String, String> out = new LinkedHashMap<>();
        params.entrySet().removeIf(e -> {
            if (!solverNames.contains(e.getKey()) && studyNames.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
                return true;
            }
            return false;
        });
        return out;
    }

    /** {@code config} (null: the study's defaults) with the study parameters set, each value checked by type. */
    static StudyConfig apply(StudyDefinition<?, ?> study, StudyConfig config, Map<String, String> overrides) {
        try {
            return StudyOverrides.apply(study, config, overrides);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--param: " + e.getMessage());
        }
    }

    private static Set<String> names(Class<?> record) {
        RecordComponent[] c = record.getRecordComponents();
        return c == null ? Set.of() : Arrays.stream(c).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
