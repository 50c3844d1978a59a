package org.evwb.core.project.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;

/**
 * Sets one study configuration of a project (the study settings editor): replaces the configuration {@code before}
 * in place, or adds {@code after} at the end when {@code before} is null (the project had none for the study).
 */
public record SetStudyConfig(String label, StudyConfig before, StudyConfig after) implements Edit {

    public SetStudyConfig {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Project apply(Project p) {
        return p.withStudies(swap(p.studies(), before, after));
    }

    @Override
    public Project revert(Project p) {
        return p.withStudies(swap(p.studies(), after, before));
    }

    /** {@code studies} with {@code from} replaced by {@code to}; null {@code from}: appended; null {@code to}: removed. */
    private static List<StudyConfig> swap(List<StudyConfig> studies, StudyConfig from, StudyConfig to) {
        List<StudyConfig> out = new ArrayList<>(studies);
        int i = from == null ? -1 : out.indexOf(from);
        if (from != null && i < 0) {
            throw new IllegalStateException("the project has no study configuration " + from.id() + " as edited");
        }
        if (i < 0) {
            out.add(to);
        } else if (to == null) {
            out.remove(i);
        } else {
            out.set(i, to);
        }
        return out;
    }
}
