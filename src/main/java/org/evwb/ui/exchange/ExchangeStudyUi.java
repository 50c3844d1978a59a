package org.evwb.ui.exchange;

import java.util.List;
import org.evwb.core.project.Project;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.ui.platform.StudyAction;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;

/**
 * The exchange study in the window: the teaching tab opens (in the background, the map stays in front) with every
 * project that has an {@code exchange} study, and Study ▸ Exchange teaching mode opens it for any project (a project
 * the study cannot use says why).
 */
public final class ExchangeStudyUi implements StudyUi {

    @Override
    public String studyId() {
        return ExchangeStudy.ID;
    }

    @Override
    public boolean appliesTo(Project project) {
        return ExchangeSession.configOf(project) != null;
    }

    @Override
    public StudyViews open(StudyContext context) {
        return new ExchangeViews(context);
    }

    @Override
    public List<StudyAction> actions() {
        return List.of(new StudyAction("menu-exchange-teaching", "Exchange teaching mode", true,
                v -> ((ExchangeViews) v).show()));
    }
}
