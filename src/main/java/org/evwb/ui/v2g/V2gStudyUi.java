package org.evwb.ui.v2g;

import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.study.v2g.V2gStudy;
import org.evwb.ui.platform.StudyAction;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;

/**
 * The v2g study in the window: the fleet, market and classifier tabs open with every project that has a {@code v2g}
 * study configuration; Study ▸ Train the v2g policy… trains the learned policy on the background service.
 */
public final class V2gStudyUi implements StudyUi {

    @Override
    public String studyId() {
        return V2gStudy.ID;
    }

    @Override
    public boolean appliesTo(Project project) {
        return project.studyConfig(V2gStudy.ID).isPresent();
    }

    @Override
    public StudyViews open(StudyContext context) {
        return new V2gViews(context);
    }

    @Override
    public List<StudyAction> actions() {
        return List.of(new StudyAction("menu-v2g-train", "Train the v2g policy…", false,
                v -> ((V2gViews) v).classifier().train(false)),
                new StudyAction("menu-v2g-train-quantum", "Train the v2g quantum-kernel policy…", false,
                        v -> ((V2gViews) v).classifier().train(true)));
    }
}
