package org.evwb.core.study;

import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.demo.DemoStudy;
import org.evwb.core.study.edge.EdgeStudy;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.motorway.MotorwayStudy;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.sources.StandardSources;
import org.evwb.core.study.v2g.V2gStudy;

/** Builds the registry of every study this build ships. */
public final class Studies {

    private Studies() {
    }

    public static StudyRegistry standard() {
        return new StudyRegistry()
                .register(new DemoStudy())
                .register(new ExchangeStudy())
                .register(new MotorwayStudy())
                .register(new EdgeStudy())
                .register(new V2gStudy())
                .register(new NetzeroStudy(StandardSources.standard()));
    }
}
