package org.evwb.core.study;

import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.core.study.netzero.NetzeroStudy;

/** Builds the registry of every study this build ships. */
public final class Studies {

    private Studies() {
    }

    public static StudyRegistry standard() {
        return new StudyRegistry()
                .register(new DemoStudy())
                .register(new ExchangeStudy())
                .register(new MotorwayStudy())
                .register(new NetzeroStudy())
                // the published studies still to come: their sample projects validate, with a note
                .planned("edge", "v2g");
    }
}
