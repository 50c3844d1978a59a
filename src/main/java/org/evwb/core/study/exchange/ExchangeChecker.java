package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evwb.core.geo.Geo;
import org.evwb.core.qubo.study.QuboStatsCheck;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.Violation;

/**
 * The independent checker of study {@code exchange}. It recomputes, from the participants' raw data and the
 * parameters only (never from the instance's derived tables), each entity's role, demand or surplus, the feasibility
 * of every matched pair (C3–C5), its acceptability, the energy flows and the social welfare, and lists every problem:
 * unknown or wrong-role participants, a buyer or seller with two partners, infeasible or unacceptable pairs, flows
 * that do not add up, and a reported social welfare that differs from the recomputed one. Every other figure the
 * matching reports is recomputed too ({@code reported-figure}, {@link ReportedFigures}): each pair's energy and flow
 * type, every grid trade (participant, energy, flow; none missing, none extra) and the QUBO statistics
 * ({@link QuboStatsCheck}); and, through {@link Theorem1Check}, every base station's edge-computing task against
 * Theorem 1's bounds.
 *
 * <p>The formulas are written out again here on purpose, so that a slip in the model is not silently shared.
 */
public final class ExchangeChecker implements Checker<ExchangeInstance, Matching> {

    /** The model the QUBO statistics of a matching are recomputed on. */
    private static final ExchangeQuboFormulation FORMULATION = new ExchangeQuboFormulation();

    @Override
    public List<Violation> check(ExchangeInstance in, Matching m) {
        List<Violation> out = new ArrayList<>();
        List<Participant> ps = in.participants();
        ExchangeParameters p = in.params();
        int n = ps.size();
        // roles from scratch: +1 seller with surplus, -1 buyer with demand, 0 none
        int[] role = new int[n];
        double[] amount = new double[n];
        double[] reserve = new double[n];
        for (int k = 0; k < n; k++) {
            Participant x = ps.get(k);
            reserve[k] = x.isEv() ? tractionKW(x, p) * p.reserveHours() : bsWatts(x, p) / 1000 * p.reserveHours();
            double spare = x.socKWh() - reserve[k];
            double need = p.buyerTargetSocFraction() * x.capacityKWh() - x.socKWh();
            if (spare > 0 && x.socKWh() / x.capacityKWh() >= p.sellerMinSocFraction()) {
                role[k] = 1;
                amount[k] = spare;
            } else if (need > 0) {
                role[k] = -1;
                amount[k] = need;
            }
        }
        // Theorem 1 per run: each BS's edge-computing task, recomputed, within its bounds (and as reported)
        List<Violation> theorem1 = new Theorem1Check().check(in, m, amount);
        int[] buyerPartner = new int[n];
        int[] sellerPartner = new int[n];
        java.util.Arrays.fill(buyerPartner, -1);
        java.util.Arrays.fill(sellerPartner, -1);
        double sw = 0;
        for (int k = 0; k < n; k++) {
            if (role[k] == -1) {
                sw += gridBuyer(ps.get(k), amount[k], p);
            } else if (role[k] == 1) {
                sw += gridSeller(ps.get(k), amount[k], p);
            }
        }
        boolean structural = false;
        boolean unknown = false;
        for (Matching.Pair pr : m.pairs()) {
            int b = pr.buyer();
            int s = pr.seller();
            if (b < 0 || b >= n || s < 0 || s >= n) {
                out.add(new Violation("unknown-participant", "pair " + pr + " names a participant that does not "
                        + "exist (there are " + n + ")"));
                structural = true;
                unknown = true;
                continue;
            }
            String bid = ps.get(b).id();
            String sid = ps.get(s).id();
            if (role[b] != -1) {
                out.add(new Violation("not-a-buyer", bid + " is matched as a buyer but is "
                        + (role[b] == 1 ? "a seller" : "neither buyer nor seller")));
                structural = true;
            }
            if (role[s] != 1) {
                out.add(new Violation("not-a-seller", sid + " is matched as a seller but is "
                        + (role[s] == -1 ? "a buyer" : "neither buyer nor seller")));
                structural = true;
            }
            if (buyerPartner[b] >= 0) {
                out.add(new Violation("buyer-matched-twice", "buyer " + bid + " has partners "
                        + ps.get(buyerPartner[b]).id() + " and " + sid));
                structural = true;
            }
            if (sellerPartner[s] >= 0) {
                out.add(new Violation("seller-matched-twice", "seller " + sid + " has partners "
                        + ps.get(sellerPartner[s]).id() + " and " + bid));
                structural = true;
            }
            buyerPartner[b] = s;
            sellerPartner[s] = b;
            if (role[b] != -1 || role[s] != 1) {
                continue;
            }
            double[] u = pairUtilities(ps.get(b), amount[b], ps.get(s), amount[s], reserve[s], p, out);
            double ub = gridBuyer(ps.get(b), amount[b], p);
            double us = gridSeller(ps.get(s), amount[s], p);
            if (!acceptable(p.acceptability(), u[0], ub, u[1], us)) {
                out.add(new Violation("unacceptable-pair", bid + " – " + sid + " is not acceptable under "
                        + p.acceptability() + " (U_i " + u[0] + " vs grid " + ub + ", U_j " + u[1] + " vs grid " + us
                        + ")"));
            }
            sw += u[0] + u[1] - ub - us;
        }
        // a QUBO sample may break the one-partner constraints: its statistics are checked all the same
        List<Violation> quboStats = m.qubo() == null || unknown ? List.of()
                : QuboStatsCheck.check(QuboStatsCheck.encodingOf(FORMULATION, in, m.qubo()), m.qubo(), m);
        if (structural) {
            out.addAll(quboStats);
            out.addAll(theorem1);
            return out;     // welfare and flows are meaningless for a non-matching
        }
        checkFlows(in, m, role, amount, sellerPartner, buyerPartner, out);
        double tol = 1e-6 * (1 + Math.abs(sw));
        if (!(Math.abs(m.reportedSocialWelfare() - sw) <= tol)) {
            out.add(new Violation("social-welfare", SolutionFormat.ROOT + ".socialWelfare reports SW "
                    + ReportedFigures.format(m.reportedSocialWelfare()) + " but the checker recomputes "
                    + ReportedFigures.format(sw) + " from the project"));
        }
        if (m.trades() != null) {
            checkTrades(ps, m.trades(), role, amount, buyerPartner, sellerPartner,
                    in.params().sellerUtility() == ExchangeParameters.SellerUtility.PRINTED_DEMAND, out);
        }
        out.addAll(quboStats);
        out.addAll(theorem1);
        return out;
    }

    /** A grid trade as the checker recomputes it. */
    private record Grid(double energyKWh, FlowType flow) { }

    /**
     * The reported energies and flows against the recomputed ones: a pair moves the buyer's demand from seller to
     * buyer; an unmatched buyer buys its demand from the grid; a seller sells to the grid what its partner leaves.
     */
    private static void checkTrades(List<Participant> ps, Matching.Trades t, int[] role, double[] amount,
                                    int[] buyerPartner, int[] sellerPartner, boolean printed,
                                    List<Violation> out) {
        for (int i = 0; i < t.pairs().size(); i++) {
            Matching.PairTrade p = t.pairs().get(i);
            String at = SolutionFormat.ROOT + ".pairs[" + i + "]";
            ReportedFigures.number(out, at + ".energyKWh", p.energyKWh(), amount[p.buyer()], "kWh");
            ReportedFigures.value(out, at + ".flow", p.flow(), FlowType.of(ps.get(p.seller()).kind(),
                    ps.get(p.buyer()).kind()));
        }
        if (t.gridTrades() == null) {
            return;
        }
        Map<Integer, Grid> grid = new LinkedHashMap<>();
        for (int k = 0; k < role.length; k++) {
            // eq. (8) as printed: a matched seller is paid for e_i only and keeps the rest, so sells nothing to the grid
            double e = role[k] == -1 ? (buyerPartner[k] < 0 ? amount[k] : 0)
                    : role[k] == 1 ? (sellerPartner[k] < 0 ? amount[k]
                            : printed ? 0 : amount[k] - amount[sellerPartner[k]]) : 0;
            if (e > 0 && !ReportedFigures.agree(e, 0)) {
                grid.put(k, new Grid(e, FlowType.withGrid(ps.get(k).kind(), role[k] == 1)));
            }
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < t.gridTrades().size(); i++) {
            Matching.GridTrade g = t.gridTrades().get(i);
            String at = SolutionFormat.ROOT + ".gridTrades[" + i + "]";
            Grid expected = grid.get(g.participant());
            if (!seen.add(g.participant())) {
                out.add(ReportedFigures.disagrees(at + ".participant", "a second grid trade of "
                        + ps.get(g.participant()).id(), "one trade per participant"));
            } else if (expected == null) {
                if (g.energyKWh() == null || !ReportedFigures.agree(g.energyKWh(), 0)) {
                    out.add(ReportedFigures.disagrees(at, "a grid trade of " + ps.get(g.participant()).id()
                            + (g.energyKWh() == null ? "" : " of " + g.energyKWh() + " kWh"), "none ("
                            + ps.get(g.participant()).id() + " trades nothing with the grid)"));
                }
            } else {
                ReportedFigures.number(out, at + ".energyKWh", g.energyKWh(), expected.energyKWh(), "kWh");
                ReportedFigures.value(out, at + ".flow", g.flow(), expected.flow());
            }
        }
        for (Map.Entry<Integer, Grid> e : grid.entrySet()) {
            if (!seen.contains(e.getKey())) {
                out.add(ReportedFigures.disagrees(SolutionFormat.ROOT + ".gridTrades", "no trade of "
                        + ps.get(e.getKey()).id(), e.getValue().energyKWh() + " kWh " + e.getValue().flow()));
            }
        }
    }

    /** Every buyer's demand met by its partner or the grid; every seller's surplus to its partner and/or the grid. */
    private static void checkFlows(ExchangeInstance in, Matching m, int[] role, double[] amount, int[] sellerPartner,
                                   int[] buyerPartner, List<Violation> out) {
        double demand = 0;
        double supply = 0;
        double peer = 0;
        double fromGrid = 0;
        double toGrid = 0;
        double kept = 0;     // eq. (8) as printed: a matched seller is paid for e_i only and keeps the rest
        boolean printed = in.params().sellerUtility() == ExchangeParameters.SellerUtility.PRINTED_DEMAND;
        for (int k = 0; k < role.length; k++) {
            if (role[k] == -1) {
                demand += amount[k];
                fromGrid += buyerPartner[k] < 0 ? amount[k] : 0;
                peer += buyerPartner[k] >= 0 ? amount[k] : 0;
            } else if (role[k] == 1) {
                supply += amount[k];
                double rest = sellerPartner[k] < 0 ? amount[k] : amount[k] - amount[sellerPartner[k]];
                if (printed && sellerPartner[k] >= 0) {
                    kept += rest;
                } else {
                    toGrid += rest;
                }
            }
        }
        Map<FlowType, Double> model = in.flows(m.pairs());
        double modelPeer = model.get(FlowType.T2V) + model.get(FlowType.V2T) + model.get(FlowType.V2V)
                + model.get(FlowType.T2T);
        double modelFromGrid = model.get(FlowType.G2V) + model.get(FlowType.G2T);
        double modelToGrid = model.get(FlowType.V2G) + model.get(FlowType.T2G);
        double tol = 1e-9 * (1 + demand + supply);
        if (Math.abs(demand - peer - fromGrid) > tol || Math.abs(peer - modelPeer) > tol
                || Math.abs(fromGrid - modelFromGrid) > tol || Math.abs(supply - peer - toGrid - kept) > tol
                || Math.abs(toGrid - modelToGrid) > tol) {
            out.add(new Violation("flow-balance", String.format(java.util.Locale.ROOT, "demand %.6f kWh = peer "
                    + "%.6f + grid %.6f expected; model reports peer %.6f, from grid %.6f, to grid %.6f (checker %.6f)",
                    demand, peer, fromGrid, modelPeer, modelFromGrid, modelToGrid, toGrid)));
        }
    }

    static boolean acceptable(ExchangeParameters.Acceptability rule, double ui, double uiG, double uj, double ujG) {
        double eps = 1e-9;
        return switch (rule) {
            case GRID_OUTSIDE_OPTION -> ui - uiG >= -eps * (1 + Math.abs(ui) + Math.abs(uiG))
                    && uj - ujG >= -eps * (1 + Math.abs(uj) + Math.abs(ujG));
            case STRICT_NON_NEGATIVE -> ui >= 0 && uj >= 0;
            case PAIR_GAIN -> (ui + uj) - (uiG + ujG) >= -eps * (1 + Math.abs(ui + uj) + Math.abs(uiG + ujG));
        };
    }

    private static double tractionKW(Participant ev, ExchangeParameters p) {
        double v = ev.speedKmh();
        double rolling = ev.groundFriction() * ev.massKg() * p.gravityMS2() * v / 3600.0;
        double air = ev.airResistance() * ev.frontalAreaM2() * Math.pow(v, 3) / 76140.0;
        return rolling + air;
    }

    private static double bsWatts(Participant bs, ExchangeParameters p) {
        if (bs.outputPowerW() == 0) {
            return p.sleepPowerW();
        }
        double rru = bs.outputPowerW() / p.amplifierEfficiency() + p.rfPowerW();
        double bbu = bs.bbuCount() * (p.bbuMinPowerW() + (p.bbuMaxPowerW() - p.bbuMinPowerW()) * bs.bbuLoad()
                * Math.pow(p.bbuFrequencyGHz(), p.bbuFrequencyExponent()));
        return rru + bbu;
    }

    private static double q(Participant buyer, double e, ExchangeParameters p) {
        double frac = Math.max(0.01, buyer.socKWh() / buyer.capacityKWh());
        return p.satisfactionGamma() * Math.log(1 + p.socialDistance() + e) / frac;
    }

    private static double tripKWh(Participant ev, double km, ExchangeParameters p) {
        return tractionKW(ev, p) * (km / ev.speedKmh());
    }

    private static double gridBuyer(Participant x, double e, ExchangeParameters p) {
        double trip = x.isEv() ? tripKWh(x, p.gridAccessDistanceKm(), p) : 0;
        return q(x, e, p) - p.gridPricePerKWh() * e - p.batteryCostPerKWh() * trip;
    }

    private static double sellerRevenue(double s, ExchangeParameters p) {
        return p.sellerPricePerKWh() * s - (p.costA() * s * s + p.costB() * s);
    }

    private static double gridSeller(Participant x, double s, ExchangeParameters p) {
        double trip = x.isEv() ? tripKWh(x, p.gridAccessDistanceKm(), p) : 0;
        return sellerRevenue(s, p) - p.batteryCostPerKWh() * trip;
    }

    /** {U_i, U_j} of a pair; adds C3–C5 violations. */
    private static double[] pairUtilities(Participant b, double e, Participant s, double surplus, double reserveS,
                                          ExchangeParameters p, List<Violation> out) {
        double km = Geo.haversineKm(b.position(), s.position());
        String pair = b.id() + " – " + s.id();
        if (b.isEv() && tripKWh(b, km, p) > b.socKWh()) {
            out.add(new Violation("infeasible-pair", pair + " breaks C3: the buyer EV needs "
                    + tripKWh(b, km, p) + " kWh to reach the seller and has " + b.socKWh()));
        }
        if (e > surplus) {
            out.add(new Violation("infeasible-pair", pair + " breaks C4: demand " + e + " kWh exceeds the seller's "
                    + "surplus " + surplus));
        }
        if (s.isEv() && reserveS < tripKWh(s, km, p)) {
            out.add(new Violation("infeasible-pair", pair + " breaks C5: the seller EV's reserve " + reserveS
                    + " kWh does not cover the " + tripKWh(s, km, p) + " kWh trip"));
        }
        double extraB = 0;
        double extraS = 0;
        if (b.isEv() && s.isEv()) {
            extraB = -p.batteryCostPerKWh() * tripKWh(b, km, p);
        } else if (b.isEv() || s.isEv()) {
            Participant ev = b.isEv() ? b : s;
            double charge = e / p.chargingPowerKW();
            double chunk = p.chunkSizeM() * p.cyclesPerM() / (p.evCpuGHz() * 1e9) / 3600;
            double computing = p.evStaysToFinishChunk() ? chunk : Math.min(chunk, charge);
            double invested = km / ev.speedKmh() + Math.max(charge, computing);
            double add = p.addSecondsPerChunk() / 3600;
            double bsOwn = (chunk - computing) / chunk * p.chunkSizeM() * p.cyclesPerM() / (p.bbuFrequencyGHz() * 1e9)
                    / 3600 + add;
            double bsComp = p.rewardAlpha() * Math.log(1 + p.chunkSizeM()) - p.bsRewardPerHour() * invested
                    - p.bsTaskCostPerHour() * (bsOwn + add);
            double evComp = p.bsRewardPerHour() * invested - p.batteryCostPerKWh() * tripKWh(ev, km, p)
                    - p.cpuCostPerM2() * p.chunkSizeM() * p.chunkSizeM();
            extraB = b.isEv() ? evComp : bsComp;
            extraS = s.isEv() ? evComp : bsComp;
        }
        // eq. (8): the seller's whole surplus (default reading) or, as printed, the buyer's demand e_i
        double sold = p.sellerUtility() == ExchangeParameters.SellerUtility.PRINTED_DEMAND ? e : surplus;
        return new double[] {q(b, e, p) - p.sellerPricePerKWh() * e + extraB, sellerRevenue(sold, p) + extraS};
    }
}
