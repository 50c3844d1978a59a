package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboPart;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/** The {@code qubo} solver: exact ground state = optimum; a low P double-matches and the checker says so; anneal. */
class QuboMatchingTest {

    final ExchangeChecker checker = new ExchangeChecker();
    final ExchangeStudy study = new ExchangeStudy();

    static QuboMatching exact(double penalty) {
        return new QuboMatching(new QuboMatching.Parameters("exact", penalty, "threads=1"));
    }

    @Test
    void exactGroundStateHasTheOptimalWelfareWhenPenaltyExceedsTheLargestGain() {
        int tested = 0;
        for (long seed = 0; seed < 3000 && tested < 40; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 8, 3);
            int n = in.acceptablePairCount();
            if (n < 3 || n > 18 || ExchangeQuboTerms.couplerCount(in) == 0) {
                continue;
            }
            tested++;
            Matching m = exact(0).solve(in, RunContext.of(seed));
            List<Violation> v = checker.check(in, m);
            assertEquals(List.of(), v, in::toString);
            double opt = new OptimalMatching().solve(in, RunContext.of(seed)).reportedSocialWelfare();
            assertEquals(opt, m.reportedSocialWelfare(), 1e-7 * (1 + Math.abs(opt)), in::toString);
            QuboDetails d = m.qubo();
            assertTrue(d.penalty() > in.maxAbsGain());
            assertEquals(n, d.variables());
            assertEquals(ExchangeQuboTerms.couplerCount(in), d.couplers());
            assertEquals(List.of(), d.brokenConstraints());
            assertEquals(1.0, d.feasibleShare(), "every ground state is a matching when P > max gain");
            // energy of the ground state = −(SW − SW with nobody matched)
            assertEquals(-(opt - in.socialWelfare(List.of())), d.energy(), 1e-7 * (1 + Math.abs(opt)));
            Map<String, Double> o = study.objectives(in, m);
            assertEquals(0.0, o.get("brokenOnePartnerConstraints"));
            assertEquals(0, o.get("socialWelfareGapToOptimal"), 1e-7 * (1 + Math.abs(opt)));
            assertEquals((double) d.variables(), o.get("quboVariables"));
            assertEquals((double) d.couplers(), o.get("quboCouplers"));
        }
        assertTrue(tested >= 25, "only " + tested + " instances of an enumerable size");
    }

    @Test
    void aPenaltyTooLowGivesADoubleMatchThatIsReportedNotRepaired() {
        int tested = 0;
        for (long seed = 0; seed < 3000 && tested < 20; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 8, 3);
            ExchangeQuboTerms ok = ExchangeQuboTerms.build(in);
            // two positive-gain pairs sharing a buyer or seller: with P far below their gains both switch on
            var c = ok.couplers().stream().filter(k -> ok.variables().get(k.i()).linearBias() < -1e-3
                    && ok.variables().get(k.j()).linearBias() < -1e-3).findFirst();
            if (ok.variableCount() > 18 || c.isEmpty()) {
                continue;
            }
            tested++;
            double smaller = Math.min(-ok.variables().get(c.get().i()).linearBias(),
                    -ok.variables().get(c.get().j()).linearBias());
            double low = 0.5 * smaller / Math.max(1, ok.couplerCount());
            Matching m = exact(low).solve(in, RunContext.of(seed));
            QuboDetails d = m.qubo();
            assertEquals(low, d.penalty());
            assertFalse(d.brokenConstraints().isEmpty(), "P = " + low + " should be too low");
            assertTrue(d.brokenConstraints().stream().allMatch(s -> s.matches("one partner per (buyer|seller) \\S+")),
                    d.brokenConstraints()::toString);
            List<Violation> v = checker.check(in, m);
            assertTrue(v.stream().anyMatch(x -> x.constraint().endsWith("-matched-twice")), v::toString);
            Map<String, Double> o = study.objectives(in, m);
            assertEquals((double) d.brokenConstraints().size(), o.get("brokenOnePartnerConstraints"));
            assertTrue(d.feasibleShare() < 1.0);
        }
        assertTrue(tested >= 10, "only " + tested);
    }

    @Test
    void brokenConstraintCountAgreesWithTheEnginesDecode() {
        ExchangeInstance in = ExchangeTestSupport.random(7, 30, 4);
        ExchangeQuboTerms terms = ExchangeQuboTerms.build(in);
        Qubo q = terms.toQubo();
        assertTrue(q.numVariables() > 20, q::toString);
        assertEquals(terms.couplerCount(), q.numCouplers());
        assertEquals(in.buyerCount() + in.sellerCount(),
                q.parts().stream().filter(p -> p.kind() == QuboPart.Kind.CONSTRAINT).count()
                        + countEmptyConstraints(in), "one constraint part per buyer and seller with 2+ pairs");
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int t = 0; t < 200; t++) {
            byte[] x = new byte[q.numVariables()];
            for (int k = 0; k < x.length; k++) {
                x[k] = (byte) (r.nextInt(10) == 0 ? 1 : 0);
            }
            assertEquals(q.decode(x).brokenConstraints().size(), terms.brokenConstraintCount(x));
            assertEquals(-terms.gainSum(x), q.decode(x).objective(), 1e-9);
            boolean[] b = new boolean[x.length];
            for (int k = 0; k < x.length; k++) {
                b[k] = x[k] == 1;
            }
            assertEquals(terms.energy(b), q.energy(x), 1e-9);
        }
    }

    /** Buyers and sellers with fewer than two acceptable pairs have no coupler, hence no constraint part. */
    private static long countEmptyConstraints(ExchangeInstance in) {
        long empty = 0;
        for (int b = 0; b < in.buyerCount(); b++) {
            int deg = 0;
            for (int s = 0; s < in.sellerCount(); s++) {
                deg += in.acceptable(b, s) ? 1 : 0;
            }
            empty += deg < 2 ? 1 : 0;
        }
        for (int s = 0; s < in.sellerCount(); s++) {
            int deg = 0;
            for (int b = 0; b < in.buyerCount(); b++) {
                deg += in.acceptable(b, s) ? 1 : 0;
            }
            empty += deg < 2 ? 1 : 0;
        }
        return empty;
    }

    @Test
    void annealAtPaperSizeGoesThroughTheChecker() {
        for (long seed = 0; seed < 2; seed++) {
            var in = new ExchangeInstance("t", new ExchangeInstanceBuilderHelper().participants(100, 3, seed),
                    ExchangeParameters.defaults());
            var spec = study.solver("qubo").orElseThrow();
            var params = spec.withOverrides(Map.of("samplerParameters", "reads=4, sweeps=300"));
            Matching m = spec.create(params).solve(in, RunContext.of(seed));
            assertEquals(List.of(), checker.check(in, m), "anneal's best sample with P > max gain is a matching");
            Map<String, Double> o = study.objectives(in, m);
            assertEquals(4.0, o.get("quboReads"));
            assertTrue(o.get("socialWelfareGapToOptimal") >= -1e-6, o::toString);
            double totalGain = in.socialWelfare(OptimalMatching.optimalPairs(in)) - in.socialWelfare(List.of());
            assertTrue(o.get("socialWelfareGapToOptimal") < 0.2 * totalGain,
                    "anneal should find most of the optimal gain: " + o);
        }
    }

    @Test
    void parametersAreCheckedWhenSetAndNamed() {
        var spec = study.solver("qubo").orElseThrow();
        assertEquals(QuboMatching.Parameters.DEFAULT, spec.defaults());
        var e = assertThrows(IllegalArgumentException.class, () -> new QuboMatching.Parameters("neal", 0, ""));
        assertTrue(e.getMessage().contains("anneal, tabu, exact"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new QuboMatching.Parameters("anneal", 0, "reeds=3"));
        assertTrue(e.getMessage().contains("reeds") && e.getMessage().contains("sweeps"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new QuboMatching.Parameters("anneal", 0, "reads"));
        assertTrue(e.getMessage().contains("name=value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new QuboMatching.Parameters("anneal", -1, ""));
        var p = (QuboMatching.Parameters) spec.withOverrides(Map.of("sampler", "tabu", "penalty", "2.5",
                "samplerParameters", "restarts=3; timeLimitSeconds=1.5"));
        assertEquals(new org.evwb.core.qubo.sampler.TabuSampler.Parameters(3, 0, 0, 1.5), p.samplerRecord());
        assertEquals(2.5, p.penalty());
    }

    @Test
    void quboDetailsSurviveTheResultJson() throws Exception {
        ExchangeInstance in = ExchangeTestSupport.random(11, 20, 3);
        Matching m = new QuboMatching(new QuboMatching.Parameters("anneal", 0, "reads=2, sweeps=50, threads=1"))
                .solve(in, RunContext.of(1));
        var mapper = Json.newMapper();
        var json = study.solutionToJson(in, m, mapper);
        assertEquals("anneal", json.path("qubo").path("sampler").asText());
        Matching back = study.solutionFromJson(in, mapper.readTree(mapper.writeValueAsString(json)), mapper);
        assertEquals(m, back);
    }
}
