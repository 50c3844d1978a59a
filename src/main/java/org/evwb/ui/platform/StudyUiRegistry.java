package org.evwb.ui.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The study UIs the window knows, by study id, in registration order (the order of the tabs and the Study menu). */
public final class StudyUiRegistry {

    private final Map<String, StudyUi> uis = new LinkedHashMap<>();

    public StudyUiRegistry register(StudyUi ui) {
        if (uis.putIfAbsent(ui.studyId(), ui) != null) {
            throw new IllegalArgumentException("study UI registered twice: " + ui.studyId());
        }
        return this;
    }

    public Optional<StudyUi> forStudy(String studyId) {
        return Optional.ofNullable(uis.get(studyId));
    }

    public List<StudyUi> all() {
        return List.copyOf(uis.values());
    }

    public List<String> ids() {
        return new ArrayList<>(uis.keySet());
    }
}
