package org.evwb.ui;

import org.evwb.ui.edge.EdgeStudyUi;
import org.evwb.ui.exchange.ExchangeStudyUi;
import org.evwb.ui.motorway.MotorwayStudyUi;
import org.evwb.ui.netzero.NetzeroStudyUi;
import org.evwb.ui.platform.StudyUiRegistry;
import org.evwb.ui.v2g.V2gStudyUi;

/**
 * The study UIs this build ships, beside {@code org.evwb.core.study.Studies.standard()}: a new study's window side
 * is one line here (a study without views needs none).
 */
public final class StudyUis {

    private StudyUis() {
    }

    public static StudyUiRegistry standard() {
        return new StudyUiRegistry()
                .register(new MotorwayStudyUi())
                .register(new ExchangeStudyUi())
                .register(new EdgeStudyUi())
                .register(new V2gStudyUi())
                .register(new NetzeroStudyUi());
    }
}
