package org.evwb.ui.motorway;

import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.ui.platform.StudyAction;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;

/** The motorway study in the window: its views open for every project with a motorway or a motorway study. */
public final class MotorwayStudyUi implements StudyUi {

    @Override
    public String studyId() {
        return MotorwayStudy.ID;
    }

    @Override
    public boolean appliesTo(Project project) {
        return MotorwayEvaluator.applies(project);
    }

    @Override
    public StudyViews open(StudyContext context) {
        return new MotorwayViews(context);
    }

    @Override
    public List<StudyAction> actions() {
        return List.of(new StudyAction("menu-study-motorway", "Motorway views", false,
                v -> ((MotorwayViews) v).show()));
    }
}
