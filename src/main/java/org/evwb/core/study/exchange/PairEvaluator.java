package org.evwb.core.study.exchange;

import org.evwb.core.geo.Geo;

/**
 * Utilities of paper 000 for one buyer–seller pair and for trading with the grid: eqs. (3), (6), (7), (8) with the
 * feasibility constraints C3–C5 of (9). Times in hours, energies in kWh (SPEC decision).
 *
 * <p>Decisions (docs/studies/exchange.md):
 * <ul>
 *   <li>A seller offers its whole surplus {@code s_j = SoC_j − RE_j}: its partner's demand e_i goes to the partner, the
 *       rest to the grid, both at p_j, and Cost applies to all it sells. So eq. (8) reads
 *       {@code U_j = p_j·s_j − Cost(s_j) + (pair term)}; a peer trade changes a seller's utility only through the
 *       computing and travel terms. (Literal eq. (8) prices only e_i, which makes every pair without a computing term
 *       worse than selling everything to the grid.) The literal reading is selectable
 *       ({@link ExchangeParameters.SellerUtility#PRINTED_DEMAND}): {@code p_j·e_i − Cost(e_i) + (pair term)}, the rest
 *       of s_j unsold.</li>
 *   <li>Computing terms (eqs. (3), (6)) exist only for a BS–EV pair; the pair's task is one chunk (K = 1).</li>
 *   <li>The EV of a BS–EV pair drives to the BS; in an EV–EV pair the buyer drives to the seller and pays
 *       {@code p_batt·e_trv} (as eq. (7) charges it for the grid trip).</li>
 *   <li>Q_i uses SoC as a fraction of capacity (floored at 1 %), so it is unit-free and never divides by zero.</li>
 * </ul>
 */
public final class PairEvaluator {

    private final ExchangeParameters p;

    public PairEvaluator(ExchangeParameters p) {
        this.p = p;
    }

    /** Everything the model knows about one pair. Utilities in currency units, energy in kWh, times in hours. */
    public record PairValue(
            double distanceKm,
            double buyerTravelKWh,
            double sellerTravelKWh,
            boolean c3,
            boolean c4,
            boolean c5,
            double evInvestedHours,
            double bsCompHours,
            double buyerUtility,
            double sellerUtility) {

        public boolean feasible() {
            return c3 && c4 && c5;
        }

        /** Which of C3–C5 fail, e.g. "C3 C5"; empty when feasible. */
        public String failedConstraints() {
            return ((c3 ? "" : "C3 ") + (c4 ? "" : "C4 ") + (c5 ? "" : "C5 ")).trim();
        }
    }

    /**
     * Satisfaction {@code Q_i = γ/SoC_i · ln(1 + d^social + e_i)} (eq. (7)): SoC_i as the fraction of capacity (0–1,
     * floored at 1 %), the natural logarithm, e_i in kWh.
     */
    public double satisfaction(Participant buyer, double demandKWh) {
        double socFraction = Math.max(0.01, buyer.socKWh() / buyer.capacityKWh());
        return p.satisfactionGamma() / socFraction * Math.log(1 + p.socialDistance() + demandKWh);
    }

    /** {@code Cost(e) = a·e² + b·e} (eq. (8)). */
    public double cost(double kWh) {
        return p.costA() * kWh * kWh + p.costB() * kWh;
    }

    /** eq. (7), seller is the grid: {@code Q_i − p_G·e_i − p_batt·e_trv} (e_trv = 0 for a BS). */
    public double buyerGridUtility(Participant buyer, double demandKWh) {
        return satisfaction(buyer, demandKWh) - p.gridPricePerKWh() * demandKWh - gridTripCost(buyer);
    }

    /** eq. (8), buyer is the grid: {@code p_j·s_j − Cost(s_j) − p_batt·e_trv}. */
    public double sellerGridUtility(Participant seller, double surplusKWh) {
        return p.sellerPricePerKWh() * surplusKWh - cost(surplusKWh) - gridTripCost(seller);
    }

    private double gridTripCost(Participant x) {
        if (!x.isEv() || p.gridAccessDistanceKm() == 0) {
            return 0;
        }
        return p.batteryCostPerKWh() * ExchangePhysics.travelEnergyKWh(x, p.gridAccessDistanceKm(), p);
    }

    /**
     * Evaluates buyer {@code b} (demand {@code demandKWh}) with seller {@code s} (surplus {@code surplusKWh},
     * reserve {@code sellerReserveKWh}).
     */
    public PairValue evaluate(Participant b, double demandKWh, Participant s, double surplusKWh,
                              double sellerReserveKWh) {
        double d = Geo.haversineKm(b.position(), s.position());
        double buyerTrv = b.isEv() ? ExchangePhysics.travelEnergyKWh(b, d, p) : 0;
        double sellerTrv = s.isEv() ? ExchangePhysics.travelEnergyKWh(s, d, p) : 0;
        // C3: a buyer EV can reach the seller; C4: the seller can spare e_i; C5: a seller EV's reserve covers the trip
        boolean c3 = !b.isEv() || buyerTrv <= b.socKWh();
        boolean c4 = demandKWh <= surplusKWh;
        boolean c5 = !s.isEv() || sellerReserveKWh >= sellerTrv;

        double buyerTerm;
        double sellerTerm;
        double invested = 0;
        double bsComp = 0;
        if (b.isEv() != s.isEv()) {
            Participant ev = b.isEv() ? b : s;
            double evTrv = b.isEv() ? buyerTrv : sellerTrv;
            double tTrv = ExchangePhysics.travelHours(ev, d);
            double tChg = EdgeComputing.chargingHours(demandKWh, p);
            double tComp = EdgeComputing.evComputeHours(tChg, p);
            invested = EdgeComputing.evInvestedHours(tTrv, tChg, tComp);            // eq. (4)
            // eq. (2) with one chunk: the BS computes what the EV left unfinished, then adds
            double unfinished = Math.max(0, 1 - tComp / EdgeComputing.evChunkHours(p));
            double tAdd = EdgeComputing.addHours(1, p);
            bsComp = unfinished * EdgeComputing.bsChunkHours(p) + tAdd;
            double uBs = p.rewardAlpha() * Math.log(1 + p.chunkSizeM()) - p.bsRewardPerHour() * invested
                    - p.bsTaskCostPerHour() * (bsComp + tAdd);                            // eq. (3)
            double uEv = p.bsRewardPerHour() * invested - p.batteryCostPerKWh() * evTrv
                    - p.cpuCostPerM2() * p.chunkSizeM() * p.chunkSizeM();                  // eq. (6)
            buyerTerm = b.isEv() ? uEv : uBs;
            sellerTerm = s.isEv() ? uEv : uBs;
        } else if (b.isEv()) {
            buyerTerm = -p.batteryCostPerKWh() * buyerTrv; // V2V: the buyer drives to the seller
            sellerTerm = 0;
        } else {
            buyerTerm = 0;                                // T2T: no travel, no computing
            sellerTerm = 0;
        }
        double uBuyer = satisfaction(b, demandKWh) - p.sellerPricePerKWh() * demandKWh + buyerTerm;   // eq. (7)
        double sold = p.sellerUtility() == ExchangeParameters.SellerUtility.PRINTED_DEMAND ? demandKWh : surplusKWh;
        double uSeller = p.sellerPricePerKWh() * sold - cost(sold) + sellerTerm;                     // eq. (8)
        return new PairValue(d, buyerTrv, sellerTrv, c3, c4, c5, invested, bsComp, uBuyer, uSeller);
    }
}
