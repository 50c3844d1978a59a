package org.evwb.ui.netzero;

import org.evwb.core.project.Project;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;

/** The netzero study in the window: its fleet and forecast tabs open with every project that has a netzero study. */
public final class NetzeroStudyUi implements StudyUi {

    @Override
    public String studyId() {
        return NetzeroStudy.ID;
    }

    @Override
    public boolean appliesTo(Project project) {
        return project.studies().stream().anyMatch(s -> NetzeroStudy.ID.equals(s.study()));
    }

    @Override
    public StudyViews open(StudyContext context) {
        return new NetzeroViews(context);
    }
}
