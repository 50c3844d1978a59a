package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evwb.core.geo.Geo;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.study.exchange.ExchangeParameters.Acceptability;
import org.evwb.core.study.exchange.ExchangePhysics.Role;
import org.junit.jupiter.api.Test;

/** Hand-computed values of paper 000's formulas for a tiny market (the arithmetic is in the comments). */
class ExchangeModelTest {

    /** 1 km of latitude: haversine along a meridian is exactly R·Δφ. */
    static final double ONE_KM_DEG = Math.toDegrees(1.0 / Geo.EARTH_RADIUS_KM);
    static final GeoPoint ORIGIN = new GeoPoint(-0.1278, 51.5074);
    static final ExchangeParameters P = ExchangeParameters.defaults();
    /** Every Table II value as printed (p_cpu = 0.1): the study's preset "Table II as printed". */
    static final ExchangeParameters TABLE_II = new ExchangeStudy().parameters()
            .valuesOf(ExchangeParameters.TABLE_II_AS_PRINTED);

    static Participant ev(String id, double latOffsetKm, double socKWh, double speedKmh) {
        return Participant.ev(id, "$.fleet.vehicles[?]", ORIGIN.offsetDeg(0, latOffsetKm * ONE_KM_DEG), 60, socKWh,
                speedKmh, 1000, 0.018, 0.4, 2.0);
    }

    static Participant bs(String id, double latOffsetKm, double socKWh, double outW) {
        return Participant.bs(id, "$.infrastructure.baseStations[?]", ORIGIN.offsetDeg(0, latOffsetKm * ONE_KM_DEG),
                100, socKWh, outW, 40, 1, 0.5);
    }

    @Test
    void powerTravelAndRoles() {
        Participant bs = bs("BS1", 0, 90, 20);
        // eq. (1): 20/0.311 + 21.9 + 1·(5 + (20 − 5)·0.5·2.5^0) = 64.308682 + 21.9 + 12.5 = 98.708682 W
        assertEquals(98.708682, ExchangePhysics.bsPowerW(bs, P), 1e-6);
        assertEquals(6.45, ExchangePhysics.bsPowerW(bs("BS0", 0, 90, 0), P), 0);   // sleep at P_out = 0
        Participant ev = ev("EV1", 1, 12, 36);
        // eq. (5): 0.018·1000·9.81·36/3600 = 1.7658; 0.4·2·36³/76140 = 37324.8/76140 = 0.490213 → 2.256013 kW
        assertEquals(2.256013, ExchangePhysics.travelPowerKW(ev, P), 1e-6);
        // 1 km at 36 km/h: 2.256013 · 1/36 = 0.0626670 kWh
        assertEquals(0.0626670, ExchangePhysics.travelEnergyKWh(ev, 1, P), 1e-7);
        // roles: EV SoC 12 < 50 % of 60 → buyer of 0.8·60 − 12 = 36 kWh; BS 90 ≥ 50 and 90 − 0.0987 > 0 → seller
        assertEquals(Role.BUYER, ExchangePhysics.role(ev, P));
        assertEquals(36, ExchangePhysics.demandKWh(ev, P), 1e-12);
        assertEquals(Role.SELLER, ExchangePhysics.role(bs, P));
        assertEquals(90 - 0.098708682, ExchangePhysics.surplusKWh(bs, P), 1e-9);
        // BS at 40 kWh (< 50 %) is a buyer of 80 − 40 = 40 kWh
        assertEquals(Role.BUYER, ExchangePhysics.role(bs("BS2", 0, 40, 20), P));
    }

    @Test
    void tableIiAsPrintedIsTheDefaultsWithThePrintedCpuCost() {
        assertEquals(0.1, TABLE_II.cpuCostPerM2());
        assertEquals(0.001, P.cpuCostPerM2());
        assertEquals(P.withCpuCost(0.1), TABLE_II);
    }

    /** With Table II's p_cpu = 0.1 (the preset) the EV's CPU cost is 40 per chunk, and no BS–EV pair is acceptable. */
    @Test
    void utilitiesOfABsSellerAndAnEvBuyer() {
        ExchangeInstance in = new ExchangeInstance("t", List.of(bs("BS1", 0, 90, 20), ev("EV1", 1, 12, 36)),
                TABLE_II);
        assertEquals(1, in.buyerCount());
        assertEquals(1, in.sellerCount());
        var v = in.pair(0, 0);
        assertEquals(1.0, v.distanceKm(), 1e-9);
        assertTrue(v.feasible());
        // eq. (4): t_trv = 1/36 = 0.0277778 h; t_chg = 36/110 = 0.3272727 h; chunk on the EV
        // 20·2.4381e9/2e9 = 24.381 s = 0.0067725 h < t_chg, so t_comp = 0.0067725 h; T_EV = 0.3550505 h
        assertEquals(0.0277778 + 0.3272727, v.evInvestedHours(), 1e-6);
        // eq. (2), one chunk finished by the EV: t_BS^comp = t_add = 1 s = 0.000277778 h
        assertEquals(1 / 3600.0, v.bsCompHours(), 1e-12);
        // eq. (3): 500·ln 21 − 1·0.3550505 − 500·(0.000277778 + 0.000277778)
        //        = 1522.261219 − 0.3550505 − 0.2777778 = 1521.628391
        double uBs = 1521.628391;
        // eq. (6): 0.3550505 − 0.00028·0.0626670 − 0.1·20² = 0.3550505 − 0.0000175 − 40 = −39.644967
        double uEv = -39.644967;
        // eq. (7): Q = 0.1/(12/60) · ln(1 + 0 + 36) = 0.5·3.6109179 = 1.8054590
        //          U_i = 1.8054590 − 18.5·36 + U_EV = 1.8054590 − 666 − 39.644967 = −703.839508
        assertEquals(-703.839508, in.buyerUtility(0, 0), 1e-5);
        //          grid: 1.8054590 − 18.6·36 = −667.794541
        assertEquals(-667.794541, in.gridUtility(1), 1e-5);
        // eq. (8): s = 89.901291318; p_j·s − (0.1·s² + 0.1·s) = 1663.173889 − (808.224218 + 8.990129) = 845.959542
        assertEquals(845.959542, in.gridUtility(0), 1e-5);
        assertEquals(845.959542 + uBs, in.sellerUtility(0, 0), 1e-5);
        // gain = (−703.839508 + 2367.587933) − (−667.794541 + 845.959542) = 1663.748425 − 178.165001 = 1485.583424
        assertEquals(1485.583424, in.gain(0, 0), 1e-5);
        assertEquals(uEv + 0.1 * 36, in.buyerUtility(0, 0) - in.gridUtility(1), 1e-5); // the EV loses 36.04
        // SPEC's default rule: the EV prefers the grid (p_cpu·s² = 40 outweighs λ·T_EV < 1 h), so not acceptable
        assertFalse(in.acceptable(0, 0));
        var pairGain = new ExchangeInstance("t", in.participants(),
                TABLE_II.withAcceptability(Acceptability.PAIR_GAIN));
        assertTrue(pairGain.acceptable(0, 0));
        var strict = new ExchangeInstance("t", in.participants(),
                TABLE_II.withAcceptability(Acceptability.STRICT_NON_NEGATIVE));
        assertFalse(strict.acceptable(0, 0)); // U_i < 0
        // SW with the pair = gridU(BS) + gridU(EV) + gain
        double sw = pairGain.socialWelfare(List.of(new Matching.Pair(1, 0)));
        assertEquals(845.959542 - 667.794541 + 1485.583424, sw, 1e-4);
        Map<FlowType, Double> f = pairGain.flows(List.of(new Matching.Pair(1, 0)));
        assertEquals(36, f.get(FlowType.T2V), 1e-12);
        assertEquals(89.901291318 - 36, f.get(FlowType.T2G), 1e-8);
        assertEquals(0, f.get(FlowType.G2V), 0);
    }

    /**
     * The default p_cpu = 0.001 (a reading of the paper's units): the EV's CPU cost is 0.4 per chunk, so the same
     * pair as above is acceptable under the default rule — each side does better than with the grid.
     */
    @Test
    void withTheDefaultCpuCostABaseStationSellsToAnEv() {
        ExchangeInstance in = new ExchangeInstance("t", List.of(bs("BS1", 0, 90, 20), ev("EV1", 1, 12, 36)), P);
        // eq. (6): 0.3550505 − 0.00028·0.0626670 − 0.001·20² = 0.3550505 − 0.0000175 − 0.4 = −0.044967
        double uEv = -0.044967;
        // eq. (7): U_i = 1.8054590 − 18.5·36 + U_EV = −664.239508; with the grid −667.794541, so the EV gains 3.555033
        assertEquals(-664.239508, in.buyerUtility(0, 0), 1e-5);
        assertEquals(uEv + 0.1 * 36, in.buyerUtility(0, 0) - in.gridUtility(1), 1e-5);
        // the BS side is unchanged by p_cpu: + U_BS^comp = 1521.628391 over its grid value
        assertEquals(1521.628391, in.sellerUtility(0, 0) - in.gridUtility(0), 1e-5);
        assertTrue(in.acceptable(0, 0), "SPEC's default rule now admits the T2V pair");
        assertEquals(1521.628391 + uEv + 3.6, in.gain(0, 0), 1e-5);
        Map<FlowType, Double> f = in.flows(List.of(new Matching.Pair(1, 0)));
        assertEquals(36, f.get(FlowType.T2V), 1e-12);
    }

    @Test
    void vehicleToVehicleAndFeasibility() {
        // seller EV2: SoC 50 at 36 km/h (RE 2.256013), 3 km north; buyer EV1 at 0; buyer EV3 needs 48 − 1 = 47 kWh
        ExchangeInstance in = new ExchangeInstance("t", List.of(ev("EV1", 0, 12, 36), ev("EV2", 3, 50, 36),
                ev("EV3", 0, 1, 36)), P);
        assertEquals(2, in.buyerCount());
        int s = 0;
        // V2V: buyer drives 3 km: e_trv = 3·0.0626670 = 0.188001 kWh; U_i = Q − 18.5·36 − 0.00028·0.188001
        assertEquals(1.8054590 - 666 - 0.00028 * 0.188001, in.buyerUtility(0, s), 1e-6);
        assertEquals(in.gridUtility(1), in.sellerUtility(0, s), 1e-9); // the seller only sells, at the same price
        // gain = 36·(18.6 − 18.5) − 0.0000526 = 3.5999474
        assertEquals(3.5999474, in.gain(0, s), 1e-6);
        assertTrue(in.acceptable(0, s));
        // EV3: 47 kWh > surplus 50 − 2.256013 = 47.743987? No: 47 ≤ 47.744, C4 holds; C3: 0.188 ≤ 1 holds
        assertTrue(in.feasible(1, s));
        ExchangeInstance far = new ExchangeInstance("t", List.of(ev("EV1", 0, 12, 36), ev("EV2", 40, 50, 36)), P);
        // 40 km: buyer needs 2.507 kWh ≤ 12 (C3 ok) but the seller's reserve 2.256 < 2.507 (C5 fails)
        assertEquals("C5", far.pair(0, 0).failedConstraints());
        ExchangeInstance poor = new ExchangeInstance("t", List.of(ev("EV1", 0, 0.05, 36), ev("EV2", 3, 58, 36)),
                P);
        assertEquals("C3", poor.pair(0, 0).failedConstraints());
    }
}
