package org.evwb.core.project.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.junit.jupiter.api.Test;

/** Setting a study configuration replaces it in place or adds it, and reverting gives back the project's studies. */
class SetStudyConfigTest {

    private final StudyConfig a = new StudyConfig("a", "exchange", null, Map.of());
    private final StudyConfig b = new StudyConfig("b", "motorway", null, Map.of("allowWaiting", true));
    private final Project p = Project.empty("p").withStudies(List.of(a, b));

    @Test
    void replacesInPlaceAndReverts() {
        StudyConfig a2 = new StudyConfig("a", "exchange", null, Map.of("acceptability", "pair_gain"));
        Edit e = new SetStudyConfig("Change", a, a2);
        Project after = e.apply(p);
        assertEquals(List.of(a2, b), after.studies(), "same position");
        assertEquals(p.studies(), e.revert(after).studies());
    }

    @Test
    void addsWhenThereWasNoneAndRevertRemovesIt() {
        StudyConfig c = new StudyConfig("demo", "demo", null, Map.of());
        Edit e = new SetStudyConfig("Add", null, c);
        Project after = e.apply(p);
        assertEquals(List.of(a, b, c), after.studies());
        assertEquals(p.studies(), e.revert(after).studies());
    }

    @Test
    void aConfigurationChangedSinceIsRefused() {
        Edit e = new SetStudyConfig("Change", new StudyConfig("x", "exchange", null, Map.of()), a);
        assertThrows(IllegalStateException.class, () -> e.apply(p));
    }
}
