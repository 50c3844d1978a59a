package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.study.exchange.ExchangeParameters.Acceptability;

/** Random instances and a brute-force optimum for the exchange tests. */
final class ExchangeTestSupport {

    private ExchangeTestSupport() {
    }

    /** A random instance; a small area keeps most pairs feasible; the acceptability rule varies with the seed. */
    static ExchangeInstance random(long seed, int maxEvs, int maxBss) {
        SplittableRandom r = new SplittableRandom(seed);
        Acceptability rule = Acceptability.values()[r.nextInt(3) == 0 ? 0 : 2 - r.nextInt(2) * 2];
        ExchangeParameters p = ExchangeParameters.defaults().withAcceptability(rule);
        var s = ExchangeGenerator.Settings.defaults();
        var settings = new ExchangeGenerator.Settings(s.centerLonDeg(), s.centerLatDeg(), r.nextDouble(0.5, 20),
                s.evCapacityKWh(), s.evSocMinFraction(), s.evSocMaxFraction(), s.evSpeedMinKmh(), s.evSpeedMaxKmh(),
                s.bsCapacityKWh(), s.bsSocMinFraction(), s.bsMaxOutputPowerW());
        Project project = new ExchangeGenerator(settings, p).generate(1 + r.nextInt(maxEvs), r.nextInt(maxBss + 1),
                r.nextLong());
        try {
            var config = new org.evwb.core.project.StudyConfig("x", "exchange", "", java.util.Map.of(
                    "acceptability", rule.name()));
            return new ExchangeInstanceBuilder().build(project, config);
        } catch (ProjectFileException e) {
            throw new AssertionError(e);
        }
    }

    /** The best social welfare over every matching of acceptable pairs (exhaustive). */
    static double bruteForceBestWelfare(ExchangeInstance in) {
        double base = in.socialWelfare(List.of());
        return base + best(in, 0, new boolean[in.sellerCount()]);
    }

    private static double best(ExchangeInstance in, int b, boolean[] used) {
        if (b == in.buyerCount()) {
            return 0;
        }
        double bestGain = best(in, b + 1, used);          // buyer b trades with the grid
        for (int s = 0; s < in.sellerCount(); s++) {
            if (!used[s] && in.acceptable(b, s)) {
                used[s] = true;
                bestGain = Math.max(bestGain, in.gain(b, s) + best(in, b + 1, used));
                used[s] = false;
            }
        }
        return bestGain;
    }

    static List<Matching.Pair> allAcceptable(ExchangeInstance in) {
        List<Matching.Pair> out = new ArrayList<>();
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                if (in.acceptable(b, s)) {
                    out.add(in.pairOf(b, s));
                }
            }
        }
        return out;
    }
}
