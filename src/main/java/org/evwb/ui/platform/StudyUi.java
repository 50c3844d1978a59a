package org.evwb.ui.platform;

import java.util.List;
import org.evwb.core.project.Project;

/**
 * A study's side of the workbench window, registered once in {@code org.evwb.ui.StudyUis.standard()} beside the
 * headless {@code Studies.standard()}. The window's study host asks every registered study UI whether it applies to
 * the project that opens; if so it {@linkplain #open opens} the study's views for that project (their tabs appear
 * beside the map) and disposes them when the project closes or another opens, so nothing of one project leaks into
 * the next. The Study menu lists each study UI's {@linkplain #actions() actions}; "Generate …" for the study's
 * generators and "… QUBO in the QUBO workbench" for a QUBO study come from the study's definition, not from here.
 */
public interface StudyUi {

    /** The id of the study (as in {@code StudyDefinition.id()}); the study UI is used only when it is registered. */
    String studyId();

    /** True when this study's views have something to show for {@code project} (never null). */
    boolean appliesTo(Project project);

    /**
     * Builds the study's views for the open project (FX thread). They follow {@link AppState} from then on — through
     * {@link StudyContext#subscriptions()}, so that their listeners go when the host disposes them.
     */
    StudyViews open(StudyContext context);

    /** The study's entries in the Study menu (none by default). */
    default List<StudyAction> actions() {
        return List.of();
    }
}
