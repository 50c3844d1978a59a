package org.evwb.ui.edge;

import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.study.edge.EdgeGenerator;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.ui.platform.StudyAction;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;

/**
 * The edge study in the window: its views open for every project with an edge server and either an
 * {@code edge-tasks} recipe or an edge study configuration (without a task day there is nothing to schedule).
 */
public final class EdgeStudyUi implements StudyUi {

    @Override
    public String studyId() {
        return EdgeStudy.ID;
    }

    @Override
    public boolean appliesTo(Project project) {
        return applies(project);
    }

    static boolean applies(Project p) {
        return p != null && !p.infrastructure().edgeServers().isEmpty()
                && (!p.recipesOf(EdgeGenerator.ID).isEmpty() || p.studyConfig(EdgeStudy.ID).isPresent());
    }

    @Override
    public StudyViews open(StudyContext context) {
        return new EdgeViews(context);
    }

    @Override
    public List<StudyAction> actions() {
        return List.of(new StudyAction("menu-study-edge", "Edge server views", false,
                v -> ((EdgeViews) v).show(EdgeViews.DAY_TAB)));
    }
}
