package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Theorem 1: every simulated completion time lies within the bounds, on many random tasks. */
class EdgeComputingTest {

    @Test
    void simulatedCompletionTimesLieWithinTheBounds() {
        SplittableRandom rnd = new SplittableRandom(42);
        int paperLowerChecked = 0;
        int paperUpperChecked = 0;
        for (int run = 0; run < 20_000; run++) {
            boolean stays = rnd.nextInt(4) == 0;
            double addS = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(0, 30);
            ExchangeParameters p = base(stays, addS, rnd.nextBoolean()).withChunkAndCharging(rnd.nextDouble(1, 2000),
                    rnd.nextBoolean() ? 40 : 110);
            int chunks = 1 + rnd.nextInt(12);
            double[] chg = new double[rnd.nextInt(15)];
            for (int k = 0; k < chg.length; k++) {
                chg[k] = rnd.nextDouble(0, 60) / p.chargingPowerKW();
            }
            var t = EdgeComputing.simulate(chunks, chg, p);
            assertTrue(t.withinBounds(1e-12), () -> "outside bounds: " + t);
            assertTrue(t.taskHours() >= 0 && t.lowerBoundHours() <= t.upperBoundHours());
            if (addS == 0) {   // the paper's eq. (13) assumes t_add ≈ 0
                paperLowerChecked++;
                assertTrue(t.taskHours() >= t.paperLowerBoundHours() - 1e-12, () -> "paper lower: " + t);
            }
            if (t.bsComputeHours() == 0) {  // the paper's upper bound: the BS computes nothing itself
                paperUpperChecked++;
                assertTrue(t.taskHours() <= t.paperUpperBoundHours() + 1e-12, () -> "paper upper: " + t);
            }
        }
        assertTrue(paperLowerChecked > 1000 && paperUpperChecked > 100, paperLowerChecked + " " + paperUpperChecked);
    }

    @Test
    void handComputedTask() {
        // 3 chunks of 20 M, 2 EVs, P_chg 110 kW; EV chunk 24.381 s, BS chunk 19.5048 s, t_add 1 s per chunk.
        ExchangeParameters p = base(false, 1, true);
        // in parallel: EV a charges 5.5 kWh → t_chg = 0.05 h = 180 s ≥ 24.381 s: finishes its chunk.
        // EV b charges 0.275 kWh → 9 s: computes 9 s and leaves 1 − 9/24.381 = 0.630860 of its chunk.
        var t = EdgeComputing.simulate(3, new double[] {5.5 / 110, 0.275 / 110}, p);
        double bsChunkS = 20 * 2.4381e9 / 2.5e9;                 // 19.5048 s
        double leftoverS = (1 - 9 / 24.381) * bsChunkS;           // 12.304959 s
        // BS: own chunk 0–19.5048 s, then b's leftover (b left at 9 s) 19.5048–31.809759 s; a done at 24.381 s
        assertEquals((bsChunkS + leftoverS) / 3600, t.taskHours(), 1e-12);
        assertEquals((bsChunkS + leftoverS) / 3600, t.bsComputeHours(), 1e-12);
        assertEquals(3 / 3600.0, t.bsAddHours(), 1e-15);
        assertEquals((24.381 + 9) / 3600, t.sumEvComputeHours(), 1e-12);
        // one after another (default): a computes 0–24.381 s, b 24.381–33.381 s; the BS does its own chunk
        // 0–19.5048 s, then b's leftover 33.381–45.685959 s
        var seq = EdgeComputing.simulate(3, new double[] {5.5 / 110, 0.275 / 110}, base(false, 1));
        assertEquals((24.381 + 9 + leftoverS) / 3600, seq.taskHours(), 1e-12);
        assertEquals((bsChunkS + leftoverS) / 3600, seq.bsComputeHours(), 1e-12);
        assertTrue(seq.withinBounds(0) || seq.withinBounds(1e-15));
    }

    static ExchangeParameters base(boolean stays, double addSeconds) {
        return base(stays, addSeconds, false);
    }

    static ExchangeParameters base(boolean stays, double addSeconds, boolean parallel) {
        ExchangeParameters d = ExchangeParameters.defaults();
        return new ExchangeParameters(d.bbuMinPowerW(), d.bbuMaxPowerW(), d.rfPowerW(), d.sleepPowerW(),
                d.amplifierEfficiency(), d.bbuFrequencyGHz(), d.bbuFrequencyExponent(), d.vehiclePhysics(),
                d.vehicleMassKg(), d.groundFriction(), d.airResistance(), d.frontalAreaM2(), d.gravityMS2(),
                d.chunkSizeM(), d.chargingPowerKW(), d.evCpuGHz(), d.cyclesPerM(), stays, addSeconds,
                d.chunksPerTask(), d.evsPerTask(), parallel, d.batteryCostPerKWh(), d.cpuCostPerM2(), d.costA(), d.costB(),
                d.rewardAlpha(), d.satisfactionGamma(), d.bsRewardPerHour(), d.bsTaskCostPerHour(),
                d.sellerPricePerKWh(), d.gridPricePerKWh(), d.socialDistance(), d.gridAccessDistanceKm(),
                d.sellerMinSocFraction(), d.buyerTargetSocFraction(), d.reserveHours(), d.acceptability(),
                d.proposingSide(), d.quboPenalty(), d.quboBetaFromPenalty(), d.sellerUtility());
    }
}
