package org.evwb.core.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The studies (and through them the solvers) known to the application, by id. The UI, the CLI and tests all use the
 * same registry, built once at start-up and handed to whoever needs it.
 */
public final class StudyRegistry {

    private final Map<String, StudyDefinition<?, ?>> studies = new LinkedHashMap<>();

    public StudyRegistry register(StudyDefinition<?, ?> study) {
        if (studies.putIfAbsent(study.id(), study) != null) {
            throw new IllegalArgumentException("study id registered twice: " + study.id());
        }
        return this;
    }

    public Optional<StudyDefinition<?, ?>> study(String id) {
        return Optional.ofNullable(studies.get(id));
    }

    public List<StudyDefinition<?, ?>> studies() {
        return List.copyOf(studies.values());
    }

    public List<String> ids() {
        return new ArrayList<>(studies.keySet());
    }
}
