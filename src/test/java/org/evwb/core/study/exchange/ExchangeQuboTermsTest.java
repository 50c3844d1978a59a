package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The QUBO's ground state by brute force: the optimal matching when P > max gain; double matches when P is low. */
class ExchangeQuboTermsTest {

    /** The lowest energy over every assignment (n ≤ 20) and one state reaching it. */
    static boolean[] groundState(ExchangeQuboTerms q) {
        int n = q.variableCount();
        double best = Double.POSITIVE_INFINITY;
        boolean[] arg = new boolean[n];
        for (long mask = 0; mask < (1L << n); mask++) {
            boolean[] x = new boolean[n];
            for (int k = 0; k < n; k++) {
                x[k] = (mask >> k & 1) == 1;
            }
            double e = q.energy(x);
            if (e < best) {
                best = e;
                arg = x;
            }
        }
        return arg;
    }

    @Test
    void groundStateIsTheOptimalMatchingWhenPenaltyExceedsTheLargestGain() {
        int tested = 0;
        for (long seed = 0; seed < 2000 && tested < 60; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 8, 3);
            ExchangeQuboTerms q = ExchangeQuboTerms.build(in);
            if (q.variableCount() < 2 || q.variableCount() > 16 || q.couplerCount() == 0) {
                continue;
            }
            tested++;
            assertTrue(q.penalty() > in.maxAbsGain());
            assertEquals(q.couplerCount(), ExchangeQuboTerms.couplerCount(in));
            boolean[] x = groundState(q);
            assertEquals(List.of(), q.brokenConstraints(x));
            Matching m = Matching.of(in, q.pairs(x));
            assertEquals(List.of(), new ExchangeChecker().check(in, m));
            double brute = ExchangeTestSupport.bruteForceBestWelfare(in);
            assertEquals(brute, m.reportedSocialWelfare(), 1e-7 * (1 + Math.abs(brute)));
            // energy = −(SW − SW with nobody matched)
            assertEquals(-(brute - in.socialWelfare(List.of())), q.energy(x), 1e-7 * (1 + Math.abs(brute)));
            assertTrue(q.variables().get(0).label().matches("buyer \\S+ – seller \\S+"));
        }
        assertTrue(tested >= 30, "only " + tested + " instances of a brute-forceable size");
    }

    @Test
    void aPenaltyTooLowLetsTheGroundStateDoubleMatch() {
        int tested = 0;
        for (long seed = 0; seed < 2000 && tested < 30; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 8, 3);
            ExchangeQuboTerms ok = ExchangeQuboTerms.build(in);
            // a coupler between two positive-gain variables: with P below their smaller gain both switch on
            var c = ok.couplers().stream().filter(k -> ok.variables().get(k.i()).linearBias() < -1e-3
                    && ok.variables().get(k.j()).linearBias() < -1e-3).findFirst();
            if (ok.variableCount() > 16 || c.isEmpty()) {
                continue;
            }
            tested++;
            double low = 0.5 * Math.min(-ok.variables().get(c.get().i()).linearBias(),
                    -ok.variables().get(c.get().j()).linearBias());
            ExchangeQuboTerms q = ExchangeQuboTerms.build(in, low / Math.max(1, ok.couplerCount()));
            boolean[] x = groundState(q);
            assertFalse(q.brokenConstraints(x).isEmpty(), "P = " + q.penalty() + " should be too low");
            Matching m = Matching.of(in, q.pairs(x));
            assertTrue(new ExchangeChecker().check(in, m).stream().anyMatch(v -> v.constraint().endsWith("twice")));
        }
        assertTrue(tested >= 10, "only " + tested);
    }
}
