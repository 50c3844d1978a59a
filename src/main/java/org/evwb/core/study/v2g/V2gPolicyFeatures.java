package org.evwb.core.study.v2g;

import java.util.List;

/**
 * The candidate features of the learned policy: fleet-level aggregates of a state and the market ahead (SPEC §6:
 * shares of EVs charging / discharging, spare slots, slot index, volume and price), so one model serves every fleet
 * size. The training pipeline keeps the five a tree ranks highest; names are stable, they are written in model files.
 */
public final class V2gPolicyFeatures {

    /** Every candidate, in the order {@link #of} returns them. */
    public static final List<String> NAMES = List.of(
            "slotShare",            // k / n: how far into the night
            "price",                // ρ_k
            "volumePerEv",          // v_k / d
            "marginalPrice",        // the cost of one more kWh in slot k: ρ_k when v_k ≥ 0, −σ_k on excess
            "marginalRankAhead",    // share of the slots left that are cheaper at the margin than slot k
            "priceRankAhead",       // share of the slots left with a lower price
            "priceVsMeanAhead",     // ρ_k − mean price of the slots left
            "meanSocShare",         // mean (SoC − floor) / (capacity − floor)
            "needShare",            // slots the fleet still needs to charge / (d · slots left)
            "siteTightness",        // slots still needed / (EVs the site limit charges at once · slots left)
            "belowTargetShare",     // EVs below their target
            "chargeableShare",      // EVs that may charge now (below target, not locked by the hourly rule)
            "dischargeableShare",   // EVs that may discharge now (above floor, not locked, a spare slot)
            "chargingShare",        // EVs whose last activity was charging
            "dischargingShare",     // EVs whose last activity was discharging
            "minSpareShare");       // the least spare slots of an EV below target / slots left

    private V2gPolicyFeatures() {
    }

    /** The candidate features of state {@code s} (at the start of its slot). */
    public static double[] of(V2gPolicyFleet f, V2gPolicyFleet.State s) {
        V2gInstance in = f.in;
        int k = s.k();
        int left = f.n - k;
        MarketSlot slot = in.slots().get(k);
        double marginal = marginal(slot);
        int cheaperMargin = 0;
        int cheaperPrice = 0;
        double priceAhead = 0;
        for (int j = k; j < f.n; j++) {
            MarketSlot o = in.slots().get(j);
            cheaperMargin += marginal(o) < marginal ? 1 : 0;
            cheaperPrice += o.priceRate() < slot.priceRate() ? 1 : 0;
            priceAhead += o.priceRate();
        }
        double socShare = 0;
        long need = 0;
        int below = 0;
        int chargeable = 0;
        int dischargeable = 0;
        int charging = 0;
        int discharging = 0;
        int minSpare = left;
        for (int i = 0; i < f.d; i++) {
            int soc = s.soc()[i];
            socShare += (soc - f.floor[i]) / (double) Math.max(1, f.cap[i] - f.floor[i]);
            int p = f.need(i, soc);
            need += p;
            below += p > 0 ? 1 : 0;
            byte dir = s.dir()[i];
            int last = s.lastChange()[i];
            chargeable += p > 0 && soc < f.cap[i] && f.chargeLock(i, dir, last, k) == 0 ? 1 : 0;
            int spare = left - 1 - f.chargeLock(i, dir, last, k + 1) - p;
            dischargeable += soc > f.floor[i] && f.dischargeLock(dir, last, k) == 0 && spare > 0 ? 1 : 0;
            charging += dir > 0 ? 1 : 0;
            discharging += dir < 0 ? 1 : 0;
            if (p > 0) {
                minSpare = Math.min(minSpare, left - p);
            }
        }
        double dd = Math.max(1, f.d);
        return new double[]{
                k / (double) f.n,
                slot.priceRate(),
                slot.volumeKWh() / dd,
                marginal,
                cheaperMargin / (double) left,
                cheaperPrice / (double) left,
                slot.priceRate() - priceAhead / left,
                socShare / dd,
                need / (dd * left),
                need / ((double) Math.max(1, f.m) * left),
                below / dd,
                chargeable / dd,
                dischargeable / dd,
                charging / dd,
                discharging / dd,
                minSpare / (double) left};
    }

    private static double marginal(MarketSlot s) {
        return s.volumeKWh() >= 0 ? s.priceRate() : -s.excessRate();
    }
}
