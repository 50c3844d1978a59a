package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangePhysics.Role;
import org.junit.jupiter.api.Test;

/**
 * {@code optimal} (shortest augmenting paths in doubles) gives the same social welfare as the OR-Tools assignment it
 * replaced ({@link OrToolsAssignmentReference}) on seeded instances of every size the study meets, with exact ties
 * and with no pair at all; every matching goes through the checker. Exactness against brute force on small instances
 * is {@code ExchangeSolversTest}'s.
 */
class OptimalMatchingTest {

    private final ExchangeChecker checker = new ExchangeChecker();

    @Test
    void sameWelfareAsTheOrToolsAssignmentOnSeededRandomInstances() {
        int withPairs = 0;
        int allGrid = 0;
        for (long seed = 0; seed < 600; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, seed < 300 ? 15 : 80, seed < 300 ? 3 : 8);
            boolean pairs = assertSameAsReference(in, "seed " + seed);
            withPairs += pairs ? 1 : 0;
            allGrid += pairs ? 0 : 1;
        }
        assertTrue(withPairs > 300, "instances with pairs: " + withPairs);
        assertTrue(allGrid > 10, "instances where everyone trades with the grid: " + allGrid);
    }

    @Test
    void sameWelfareWhenEveryGainIsTiedWithATwin() {
        int withPairs = 0;
        for (long seed = 0; seed < 150; seed++) {
            ExchangeInstance base = ExchangeTestSupport.random(5000 + seed, 20, 4);
            // every participant twice: each gain appears at least twice, four times over twin buyers and sellers
            List<Participant> twins = new ArrayList<>();
            for (Participant p : base.participants()) {
                twins.add(p);
                twins.add(twin(p));
            }
            ExchangeInstance in = new ExchangeInstance("twins " + seed, twins, base.params());
            withPairs += assertSameAsReference(in, "twins of seed " + seed) ? 1 : 0;
        }
        assertTrue(withPairs > 75, "tied instances with pairs: " + withPairs);
    }

    @Test
    void noBuyersOrNoSellersMeansEveryoneTradesWithTheGrid() {
        for (long seed = 0; seed < 40; seed++) {
            ExchangeInstance base = ExchangeTestSupport.random(9000 + seed, 20, 4);
            for (Role keep : List.of(Role.BUYER, Role.SELLER)) {
                List<Participant> one = new ArrayList<>();
                for (int k = 0; k < base.participants().size(); k++) {
                    if (base.role(k) == keep) {
                        one.add(base.participants().get(k));
                    }
                }
                ExchangeInstance in = new ExchangeInstance("only " + keep, one, base.params());
                Matching m = new OptimalMatching().solve(in, RunContext.of(seed));
                assertEquals(List.of(), m.pairs());
                assertTrue(checker.check(in, m).isEmpty(), () -> checker.check(in, m).toString());
                assertEquals(in.socialWelfare(List.of()), m.reportedSocialWelfare(), 0);
            }
        }
    }

    @Test
    void sameWelfareAsTheOrToolsAssignmentAtPaperSizeAndTenTimesIt() {
        var helper = new ExchangeInstanceBuilderHelper();
        int withPairs = 0;
        for (long seed = 0; seed < 12; seed++) {
            var rule = ExchangeParameters.Acceptability.values()[(int) (seed % 3)];
            var p = ExchangeParameters.defaults().withAcceptability(rule);
            withPairs += assertSameAsReference(new ExchangeInstance("200 × 5", helper.participants(200, 5, seed), p),
                    "200 × 5 seed " + seed + " " + rule) ? 1 : 0;
        }
        assertTrue(withPairs >= 8, "200 × 5 instances with pairs: " + withPairs);
        var p = ExchangeParameters.defaults();
        assertTrue(assertSameAsReference(new ExchangeInstance("2000 × 50", helper.participants(2000, 50, 1), p),
                "2000 × 50"));
    }

    /** Solves with both, checks ours, compares the welfare; true when the optimum forms any pair. */
    private boolean assertSameAsReference(ExchangeInstance in, String what) {
        Matching m = new OptimalMatching().solve(in, RunContext.of(0));
        assertTrue(checker.check(in, m).isEmpty(), () -> what + ": " + checker.check(in, m));
        double reference = in.socialWelfare(OrToolsAssignmentReference.optimalPairs(in));
        double gridOnly = in.socialWelfare(List.of());
        // the welfare is a sum dominated by the grid trades; compare the gain over the grid, relative to its size
        assertEquals(reference - gridOnly, m.reportedSocialWelfare() - gridOnly,
                1e-9 * (1 + Math.abs(reference - gridOnly)), () -> what + ": " + in);
        assertEquals(in.socialWelfare(m.pairs()), m.reportedSocialWelfare(), 0);
        return !m.pairs().isEmpty();
    }

    private static Participant twin(Participant p) {
        return new Participant(p.id() + "-twin", p.kind(), p.jsonPath(), p.position(), p.capacityKWh(), p.socKWh(),
                p.speedKmh(), p.massKg(), p.groundFriction(), p.airResistance(), p.frontalAreaM2(), p.outputPowerW(),
                p.maxOutputPowerW(), p.bbuCount(), p.bbuLoad());
    }
}
