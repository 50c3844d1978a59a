package org.evwb.core.study;

import java.util.List;
import org.evwb.core.solve.StudyRegistry;

/**
 * The registry of a build that ships every standard study but some, and knows of those as planned: how a project of a
 * study this build does not have (a newer build's, or one still to come) is tested now that every published study is
 * in the standard build.
 */
public final class PartialBuild {

    private PartialBuild() {
    }

    /** Every study of {@link Studies#standard()} except {@code ids}, which are planned. */
    public static StudyRegistry without(String... ids) {
        List<String> left = List.of(ids);
        StudyRegistry r = new StudyRegistry();
        for (var s : Studies.standard().studies()) {
            if (!left.contains(s.id())) {
                r.register(s);
            }
        }
        for (String id : ids) {
            if (Studies.standard().study(id).isEmpty()) {
                throw new IllegalArgumentException(id + " is not a standard study");
            }
        }
        return r.planned(ids);
    }
}
