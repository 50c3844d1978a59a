package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboPart;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.CpSatSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.qubo.sampler.RandomSampler;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboSolvers;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/**
 * The exchange study's QUBO sampler solvers: the exact ground state is the optimum when P exceeds the largest gain; a
 * low P double-matches and the checker says so; anneal at paper size; P and the β rule as study parameters; every
 * statistic recounted from the matching.
 */
class ExchangeQuboSolversTest {

    final ExchangeChecker checker = new ExchangeChecker();
    final ExchangeStudy study = new ExchangeStudy();

    /** The instance with the study's QUBO penalty P set (0 = the default rule). */
    static ExchangeInstance withPenalty(ExchangeInstance in, double penalty) {
        return new ExchangeInstance(in.source(), in.participants(), in.params().withQubo(penalty,
                in.params().quboBetaFromPenalty()));
    }

    Matching run(String solver, Record params, ExchangeInstance in, long seed) {
        return study.solver(solver).orElseThrow().create(params).solve(in, RunContext.of(seed));
    }

    /** Buyers plus sellers with two or more partners, counted from the matching itself. */
    static int overMatched(Matching m) {
        Map<Integer, Integer> partners = new HashMap<>();
        m.pairs().forEach(p -> {
            partners.merge(p.buyer(), 1, Integer::sum);
            partners.merge(p.seller(), 1, Integer::sum);
        });
        return (int) partners.values().stream().filter(c -> c > 1).count();
    }

    /**
     * The statistics against a recount: the histogram sums to the reads; the best read's broken constraints are what
     * the QUBO's decode names for the decoded pairs (their state is the pairs' indicator vector), one per participant
     * with two partners; and the checker flags a double match exactly when they are not empty.
     */
    void assertStatsRecount(ExchangeInstance in, Matching m) {
        QuboRunStats st = m.qubo();
        assertNotNull(st);
        assertEquals(st.reads(), st.readsByUnresolved().stream().mapToLong(QuboRunStats.UnresolvedCount::reads)
                .sum(), "the histogram covers every read");
        ExchangeQuboTerms terms = ExchangeQuboTerms.build(in, ExchangeQuboFormulation.penalty(in));
        Qubo q = terms.toQubo();
        byte[] x = new byte[q.numVariables()];
        for (int k = 0; k < x.length; k++) {
            x[k] = (byte) (m.pairs().contains(terms.variables().get(k).pair()) ? 1 : 0);
        }
        assertEquals(q.energy(x), st.bestEnergy(), 1e-9 * (1 + Math.abs(st.bestEnergy())));
        assertEquals(q.decode(x).brokenConstraints().stream().map(b -> b.constraint()).toList(),
                st.brokenConstraints());
        assertEquals(overMatched(m), st.brokenConstraints().size());
        boolean doubleMatch = checker.check(in, m).stream().anyMatch(v -> v.constraint().endsWith("-matched-twice"));
        assertEquals(!st.brokenConstraints().isEmpty(), doubleMatch);
        assertEquals(q.numVariables(), st.variables());
        assertEquals(q.numCouplers(), st.couplers());
        assertEquals(Map.of("P", terms.penalty()), st.penalties());
        assertEquals("matching", st.encoding());
    }

    @Test
    void theStudyOffersTheSixSamplersAfterItsOwnSolversWithTheEnginesParameters() {
        List<String> ids = study.solvers().stream().map(s -> s.id()).toList();
        assertEquals(List.of("gale-shapley", "optimal", "greedy", "anneal", "tabu", "exact", "cpsat", "random",
                "qaoa"), ids);
        Samplers engine = new Samplers();
        for (String id : QuboSolvers.IDS) {
            assertEquals(engine.byId(id).orElseThrow().defaults(), study.solver(id).orElseThrow().defaults(), id);
        }
        assertTrue(study.solver("qubo").isEmpty(), "the one qubo solver is replaced by the six samplers");
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
            Matching m = run("exact", new ExactSampler.Parameters(1), in, seed);
            List<Violation> v = checker.check(in, m);
            assertEquals(List.of(), v, in::toString);
            double opt = new OptimalMatching().solve(in, RunContext.of(seed)).reportedSocialWelfare();
            assertEquals(opt, m.reportedSocialWelfare(), 1e-7 * (1 + Math.abs(opt)), in::toString);
            QuboRunStats d = m.qubo();
            assertEquals("exact", d.sampler());
            assertTrue(d.penalties().get("P") > in.maxAbsGain());
            assertEquals(n, d.variables());
            assertEquals(ExchangeQuboTerms.couplerCount(in), d.couplers());
            assertEquals(List.of(), d.brokenConstraints());
            assertEquals(1.0, d.feasibleReadShare(), "every ground state is a matching when P > max gain");
            // energy of the ground state = −(SW − SW with nobody matched)
            assertEquals(-(opt - in.socialWelfare(List.of())), d.bestEnergy(), 1e-7 * (1 + Math.abs(opt)));
            assertStatsRecount(in, m);
            Map<String, Double> o = study.objectives(in, m);
            assertEquals(0.0, o.get("brokenOnePartnerConstraints"));
            assertEquals(0, o.get("socialWelfareGapToOptimal"), 1e-7 * (1 + Math.abs(opt)));
            assertEquals((double) d.variables(), o.get("quboVariables"));
            assertEquals((double) d.couplers(), o.get("quboCouplers"));
            assertEquals(d.penalties().get("P"), o.get("quboPenaltyP"));
            assertEquals(1.0, o.get("quboFeasibleReadShare"));
        }
        assertTrue(tested >= 25, "only " + tested + " instances of an enumerable size");
    }

    @Test
    void cpsatProvesTheSameGroundStateAndReportsItsBound() {
        int tested = 0;
        for (long seed = 0; seed < 3000 && tested < 10; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 8, 3);
            if (in.acceptablePairCount() < 3 || in.acceptablePairCount() > 18) {
                continue;
            }
            tested++;
            Matching exact = run("exact", new ExactSampler.Parameters(1), in, seed);
            Matching cpsat = run("cpsat", new CpSatSampler.Parameters(20, 1), in, seed);
            assertEquals(List.of(), checker.check(in, cpsat));
            QuboRunStats st = cpsat.qubo();
            assertNotNull(st.cpsat(), "cpsat reports its status and bound");
            assertTrue(st.cpsat().optimal(), st.cpsat().toString());
            // the gains are not integers, so CP-SAT optimises a floating-point objective: optimal to its tolerance
            assertEquals(exact.qubo().bestEnergy(), st.bestEnergy(), 1e-4 * (1 + Math.abs(st.bestEnergy())));
            assertTrue(st.bestEnergy() >= exact.qubo().bestEnergy() - 1e-9, "nothing beats the exact ground state");
            assertTrue(st.cpsat().bound() <= st.bestEnergy() + 1e-6 * (1 + Math.abs(st.bestEnergy())));
            assertEquals(1.0, study.objectives(in, cpsat).get("cpsatOptimal"));
            assertNull(exact.qubo().cpsat());
            assertStatsRecount(in, cpsat);
        }
        assertTrue(tested >= 5, "only " + tested);
    }

    @Test
    void aPenaltyTooLowGivesADoubleMatchThatIsReportedNotRepaired() {
        int tested = 0;
        for (long seed = 0; seed < 3000 && tested < 20; seed++) {
            ExchangeInstance base = ExchangeTestSupport.random(seed, 8, 3);
            ExchangeQuboTerms ok = ExchangeQuboTerms.build(base);
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
            ExchangeInstance in = withPenalty(base, low);
            Matching m = run("exact", new ExactSampler.Parameters(1), in, seed);
            QuboRunStats d = m.qubo();
            assertEquals(low, d.penalties().get("P"));
            assertFalse(d.brokenConstraints().isEmpty(), "P = " + low + " should be too low");
            assertTrue(d.brokenConstraints().stream().allMatch(s -> s.matches("one partner per (buyer|seller) \\S+")),
                    d.brokenConstraints()::toString);
            List<Violation> v = checker.check(in, m);
            assertTrue(v.stream().anyMatch(x -> x.constraint().endsWith("-matched-twice")), v::toString);
            Map<String, Double> o = study.objectives(in, m);
            assertEquals((double) d.brokenConstraints().size(), o.get("brokenOnePartnerConstraints"));
            assertTrue(d.feasibleReadShare() < 1.0);
            assertStatsRecount(in, m);
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
            var spec = study.solver("anneal").orElseThrow();
            var params = spec.withOverrides(Map.of("reads", "4", "sweeps", "300"));
            Matching m = spec.create(params).solve(in, RunContext.of(seed));
            assertEquals(List.of(), checker.check(in, m), "anneal's best sample with P > max gain is a matching");
            Map<String, Double> o = study.objectives(in, m);
            assertEquals(4.0, o.get("quboReads"));
            assertTrue(o.get("socialWelfareGapToOptimal") >= -1e-6, o::toString);
            double totalGain = in.socialWelfare(OptimalMatching.optimalPairs(in)) - in.socialWelfare(List.of());
            assertTrue(o.get("socialWelfareGapToOptimal") < 0.2 * totalGain,
                    "anneal should find most of the optimal gain: " + o);
            assertStatsRecount(in, m);
        }
    }

    @Test
    void annealTakesItsBetaRangeFromThePenaltyUnlessTheStudySaysOtherwise() {
        ExchangeInstance in = withPenalty(ExchangeTestSupport.random(11, 20, 3), 0);
        double p = ExchangeQuboFormulation.penalty(in);
        Qubo q = new ExchangeQuboFormulation().encode(in).qubo();
        var params = new AnnealSampler.Parameters(6, 300, 0, 0, 1, false);
        // the solver's best read is the engine's with the β range from P (same seed: same reads) ...
        Matching m = run("anneal", params, in, 5);
        double[] range = ExchangeQuboFormulation.betaRange(p);
        SampleSet fromP = new AnnealSampler(new AnnealSampler.Parameters(6, 300, range[0], range[1], 1, false))
                .solve(q, RunContext.of(5));
        assertEquals(fromP.bestEnergy(), m.qubo().bestEnergy(), 1e-9);
        // ... and with the rule switched off, the engine's own (bias-derived) range
        ExchangeInstance engineRule = new ExchangeInstance(in.source(), in.participants(),
                in.params().withQubo(0, false));
        Matching e = run("anneal", params, engineRule, 5);
        SampleSet own = new AnnealSampler(params).solve(q, RunContext.of(5));
        assertEquals(own.bestEnergy(), e.qubo().bestEnergy(), 1e-9);
        assertEquals(List.of(), checker.check(in, m));
    }

    @Test
    void thePenaltyIsAStudyParameterCheckedWhereItIsSet() throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> ExchangeParameters.defaults().withQubo(-1, true));
        assertTrue(e.getMessage().contains("quboPenalty"), e.getMessage());
        var project = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), ExchangeParameters.defaults())
                .generate(12, 2, 3);
        var config = new org.evwb.core.project.StudyConfig("x", "exchange", "", Map.of("quboPenalty", 2.5,
                "quboBetaFromPenalty", false));
        ExchangeInstance in = study.buildInstance(project, config);
        assertEquals(2.5, ExchangeQuboFormulation.penalty(in));
        assertFalse(in.params().quboBetaFromPenalty());
        ExchangeInstance dflt = study.buildInstance(project, null);
        assertEquals(ExchangeQuboTerms.defaultPenalty(dflt), ExchangeQuboFormulation.penalty(dflt),
                "P = 0 means just above the largest gain");
        var bad = new org.evwb.core.project.StudyConfig("x", "exchange", "", Map.of("quboPenalty", -3));
        var err = assertThrows(org.evwb.core.project.ProjectFileException.class,
                () -> study.buildInstance(project, bad));
        assertTrue(err.getMessage().contains("quboPenalty"), err.getMessage());
    }

    @Test
    void qaoaReportsItsProbabilitiesOnASmallInstance() {
        ExchangeInstance in = null;
        for (long seed = 0; in == null; seed++) {
            ExchangeInstance c = ExchangeTestSupport.random(seed, 6, 2);
            if (c.acceptablePairCount() >= 4 && c.acceptablePairCount() <= 10
                    && ExchangeQuboTerms.couplerCount(c) > 0) {
                in = c;
            }
        }
        Matching m = run("qaoa", new QaoaSimulator.Parameters(1, 400, 40, 26), in, 2);
        QuboRunStats st = m.qubo();
        assertNotNull(st.qaoa());
        assertEquals(400, st.reads());
        double sum = st.qaoa().levels().stream().mapToDouble(QuboRunStats.EnergyLevel::probability).sum();
        assertEquals(1.0, sum, 1e-9);
        assertTrue(st.qaoa().probabilityOptimal() > 0 && st.qaoa().probabilityOptimal() <= 1);
        double ground = run("exact", new ExactSampler.Parameters(1), in, 1).qubo().bestEnergy();
        assertEquals(ground, st.qaoa().minEnergy(), 1e-9, "QAOA's lowest level is the exact ground energy");
        Map<String, Double> o = study.objectives(in, m);
        assertEquals(st.qaoa().probabilityOptimal(), o.get("qaoaProbabilityOptimal"));
        assertEquals(st.qaoa().expectedEnergy(), o.get("qaoaExpectedEnergy"));
        assertStatsRecount(in, m);
    }

    @Test
    void randomIsJudgedByTheCheckerAndItsStatisticsRecount() {
        for (long seed = 0; seed < 5; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed + 40, 20, 3);
            Matching m = run("random", new RandomSampler.Parameters(200), in, seed);
            assertEquals(200, m.qubo().reads());
            assertStatsRecount(in, m);
        }
    }

    @Test
    void statisticsSurviveTheResultJson() throws Exception {
        ExchangeInstance in = ExchangeTestSupport.random(11, 20, 3);
        Matching m = run("anneal", new AnnealSampler.Parameters(2, 50, 0, 0, 1, false), in, 1);
        var mapper = Json.newMapper();
        var json = study.solutionToJson(in, m, mapper);
        assertEquals("anneal", json.path("qubo").path("sampler").asText());
        Matching back = study.solutionFromJson(in, mapper.readTree(mapper.writeValueAsString(json)), mapper);
        // the solver reports no edge tasks; the file has the scenario's, which read back as reported
        assertEquals(new Matching(m.pairs(), m.reportedSocialWelfare(), m.qubo(), m.trades(), EdgeTasks.of(in)), back);
    }

    @Test
    void anOldQuboSolverResultIsReadLeniently() throws Exception {
        ExchangeInstance in = ExchangeTestSupport.random(11, 20, 3);
        Matching opt = new OptimalMatching().solve(in, RunContext.of(1));
        var mapper = Json.newMapper();
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) study.solutionToJson(in, opt, mapper);
        // the block the former qubo solver wrote (QuboDetails)
        json.set("qubo", mapper.readTree("{\"sampler\": \"anneal\", \"penalty\": 12.5, \"variables\": 7, "
                + "\"couplers\": 9, \"energy\": -3.5, \"brokenConstraints\": [], \"reads\": 32, "
                + "\"feasibleReads\": 30}"));
        Matching back = study.solutionFromJson(in, json, mapper);
        assertEquals(opt.pairs(), back.pairs());
        assertEquals(List.of(), checker.check(in, back));
        QuboRunStats st = back.qubo();
        assertEquals("anneal", st.sampler());
        assertEquals(-3.5, st.bestEnergy());
        assertEquals(32, st.reads());
        assertEquals(List.of(), st.readsByUnresolved(), "no per-read histogram in the old block");
        assertTrue(Double.isNaN(st.feasibleReadShare()));
        // a misspelt field is still an error with its path
        json.set("qubo", mapper.readTree("{\"sampler\": \"anneal\", \"reeds\": 3}"));
        var e = assertThrows(org.evwb.core.project.ProjectFileException.class,
                () -> study.solutionFromJson(in, json, mapper));
        assertTrue(e.getMessage().contains("$.solution.qubo"), e.getMessage());
    }
}
