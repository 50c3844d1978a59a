package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeParameters.SellerUtility;
import org.junit.jupiter.api.Test;

/**
 * Eq. (8), the seller's utility, in its two readings (docs/studies/exchange.md, "Eq. (8), seller utility"): the
 * study's default prices the seller's whole surplus, the literal one only the buyer's demand e_i.
 */
class SellerUtilityReadingTest {

    private final ExchangeStudy study = new ExchangeStudy();
    private final ExchangeParameters tableII = study.parameters().valuesOf(ExchangeParameters.TABLE_II_AS_PRINTED);

    private ExchangeInstance sample(String name, ExchangeParameters p) throws Exception {
        Project project = new ProjectIO().load(ExchangeSamplesTest.sample(name));
        return study.buildInstanceWith(project, p);
    }

    private static FlowType flow(ExchangeInstance in, int b, int s) {
        Matching.Pair pr = in.pairOf(b, s);
        return FlowType.of(in.participants().get(pr.seller()).kind(), in.participants().get(pr.buyer()).kind());
    }

    /**
     * The measured claim: with eq. (8) as printed, the grid as outside option and every Table II value, no pair is
     * acceptable — on both samples and on 20 scenarios of the paper's generator (100–200 EVs, 3–5 BSs).
     */
    @Test
    void withTheLiteralReadingAndTableIiNoPairIsEverAcceptable() throws Exception {
        ExchangeParameters literal = tableII.withSellerUtility(SellerUtility.PRINTED_DEMAND);
        for (String name : List.of("exchange-classroom", "exchange-london")) {
            ExchangeInstance in = sample(name, literal);
            assertTrue(in.buyerCount() > 0 && in.sellerCount() > 0);
            assertEquals(0, in.acceptablePairCount(), name);
            // every feasible pair fails the seller's side: selling e_i < s_j is worth less than all of s_j to the grid
            int feasible = 0;
            for (int b = 0; b < in.buyerCount(); b++) {
                for (int s = 0; s < in.sellerCount(); s++) {
                    if (in.feasible(b, s) && flow(in, b, s) != FlowType.T2V) {
                        feasible++;
                        assertTrue(in.sellerUtility(b, s) < in.gridUtility(in.seller(s)), name + " " + b + "/" + s);
                    }
                }
            }
            assertTrue(feasible > 0, name + " has feasible pairs to judge");
        }
        for (int k = 0; k < 20; k++) {
            Project p = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), literal)
                    .generate(100 + 5 * k, 3 + k % 3, 1000 + k);
            assertEquals(0, study.buildInstanceWith(p, literal).acceptablePairCount(), "scenario " + k);
        }
    }

    /**
     * At the default p_cpu the literal reading still admits one kind of pair: a BS selling to an EV, whose computing
     * reward α·ln(1 + s_EV) ≈ 1,522 outweighs the sales it gives up. No V2V, T2T or V2T pair survives.
     */
    @Test
    void withTheLiteralReadingAtTheDefaultCpuCostOnlyBaseStationsSellingToEvsRemain() throws Exception {
        ExchangeInstance in = sample("exchange-london",
                ExchangeParameters.defaults().withSellerUtility(SellerUtility.PRINTED_DEMAND));
        int t2v = 0;
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                if (in.acceptable(b, s)) {
                    assertEquals(FlowType.T2V, flow(in, b, s));
                    t2v++;
                }
            }
        }
        assertTrue(t2v > 0, "some T2V pairs remain");
        assertEquals(t2v, in.acceptablePairCount());
    }

    /**
     * The default reading: a matched seller's utility differs from its grid utility only by its own pair term (none
     * for V2V and T2T, U_BS^comp for a BS selling to an EV), so it is indifferent between buyers; it reproduces the
     * figures recorded for London under Table II (4,873 acceptable pairs, SW 13,311.99).
     */
    @Test
    void theDefaultReadingPricesTheWholeSurplusAndMatchesTheRecordedResults() throws Exception {
        assertEquals(SellerUtility.WHOLE_SURPLUS, ExchangeParameters.defaults().sellerUtility());
        ExchangeInstance in = sample("exchange-london", ExchangeParameters.defaults());
        PairEvaluator ev = new PairEvaluator(in.params());
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                int si = in.seller(s);
                double diff = in.sellerUtility(b, s) - in.gridUtility(si);
                FlowType f = flow(in, b, s);
                if (f == FlowType.V2V || f == FlowType.T2T) {
                    assertEquals(0, diff, 1e-9, f + " seller");
                }
            }
            int bi = in.buyer(b);
            assertEquals(ev.buyerGridUtility(in.participants().get(bi), in.tradeKWh(bi)), in.gridUtility(bi), 1e-9);
        }
        ExchangeInstance printed = sample("exchange-london", tableII);
        assertEquals(4873, printed.acceptablePairCount());
        Matching opt = new OptimalMatching().solve(printed, RunContext.of(0));
        assertEquals(13311.99, opt.reportedSocialWelfare(), 0.005);
    }

    /**
     * Under the literal reading a matched seller keeps what its partner does not take (it is paid for e_i only), so
     * no V2G/T2G flow leaves it; the independent checker agrees on the flows and the welfare of every solver's result.
     */
    @Test
    void underTheLiteralReadingAMatchedSellerKeepsTheRestAndTheCheckerAgrees() throws Exception {
        ExchangeInstance in = sample("exchange-london",
                ExchangeParameters.defaults().withSellerUtility(SellerUtility.PRINTED_DEMAND));
        for (String id : List.of("optimal", "gale-shapley", "greedy")) {
            var spec = study.solver(id).orElseThrow();
            Matching m = spec.create(spec.defaults()).solve(in, RunContext.of(1));
            assertTrue(m.pairs().size() > 0, id);
            assertEquals(List.of(), new ExchangeChecker().check(in, m), id);
            Map<FlowType, Double> flows = in.flows(m.pairs());
            double delivered = 0;
            double unmatchedSurplus = 0;
            java.util.Set<Integer> matchedSellers = new java.util.HashSet<>();
            for (Matching.Pair p : m.pairs()) {
                delivered += in.tradeKWh(p.buyer());
                matchedSellers.add(p.seller());
            }
            for (int si : in.sellers()) {
                unmatchedSurplus += matchedSellers.contains(si) ? 0 : in.tradeKWh(si);
            }
            assertEquals(unmatchedSurplus, flows.get(FlowType.V2G) + flows.get(FlowType.T2G), 1e-9, id);
            assertEquals(delivered, flows.get(FlowType.T2V) + flows.get(FlowType.V2T) + flows.get(FlowType.V2V)
                    + flows.get(FlowType.T2T), 1e-9, id);
            // and the seller's side of each pair is eq. (8) as printed: p_j·e_i − Cost(e_i) + its pair term
            ExchangeInstance whole = sample("exchange-london", ExchangeParameters.defaults());
            PairEvaluator literal = new PairEvaluator(in.params());
            for (Matching.Pair p : m.pairs()) {
                int[] bs = in.slots(p);
                double e = in.tradeKWh(p.buyer());
                double s = in.tradeKWh(p.seller());
                double term = whole.sellerUtility(bs[0], bs[1]) - (18.5 * s - literal.cost(s));
                assertEquals(18.5 * e - literal.cost(e) + term, in.sellerUtility(bs[0], bs[1]), 1e-9, id);
            }
        }
    }
}
