package org.evwb.core.study.exchange.teaching;

import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.study.exchange.ExchangeGenerator;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters;
import org.evwb.core.study.exchange.ExchangeParameters.Acceptability;
import org.evwb.core.study.exchange.ExchangeStudy;

/** Random exchange instances for the teaching tests: small areas and every acceptability rule. */
final class TeachingInstances {

    private TeachingInstances() {
    }

    static ExchangeInstance random(long seed, int maxEvs, int maxBss) {
        SplittableRandom r = new SplittableRandom(seed);
        Acceptability rule = Acceptability.values()[r.nextInt(3)];
        ExchangeParameters p = ExchangeParameters.defaults().withAcceptability(rule);
        var s = ExchangeGenerator.Settings.defaults();
        var settings = new ExchangeGenerator.Settings(s.centerLonDeg(), s.centerLatDeg(), r.nextDouble(0.5, 10),
                s.evCapacityKWh(), s.evSocMinFraction(), s.evSocMaxFraction(), s.evSpeedMinKmh(), s.evSpeedMaxKmh(),
                s.bsCapacityKWh(), s.bsSocMinFraction(), s.bsMaxOutputPowerW());
        Project project = new ExchangeGenerator(settings, p).generate(1 + r.nextInt(maxEvs), r.nextInt(maxBss + 1),
                r.nextLong());
        return build(project, rule);
    }

    /** The classroom size (8 EVs, 3 BSs) under the pair-gain rule, so BS–EV pairs take part too. */
    static ExchangeInstance classroom(long seed) {
        ExchangeParameters p = ExchangeParameters.defaults().withAcceptability(Acceptability.PAIR_GAIN);
        return build(new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), p).generate(8, 3, seed),
                Acceptability.PAIR_GAIN);
    }

    private static ExchangeInstance build(Project project, Acceptability rule) {
        try {
            return new ExchangeStudy().buildInstance(project,
                    new StudyConfig("x", "exchange", "", Map.of("acceptability", rule.name())));
        } catch (ProjectFileException e) {
            throw new AssertionError(e);
        }
    }
}
