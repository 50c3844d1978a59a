package org.evwb.core.study.v2g;

import org.evwb.core.project.Unit;

/**
 * The market in one slot of the horizon.
 *
 * @param startMin      minutes after midnight of the day the horizon starts (may pass 1440: the next morning)
 * @param volumeKWh     residual volume v_k: &gt; 0 must be delivered (bought at ρ_k), &lt; 0 is excess (costs σ_k)
 * @param priceRate     intraday price ρ_k, ¤/kWh (may be negative)
 * @param excessRate    excess cost σ_k ≥ 0, ¤/kWh
 */
public record MarketSlot(
        @Unit(value = "min", min = 0) double startMin,
        @Unit(value = "kWh") double volumeKWh,
        @Unit(value = "¤/kWh") double priceRate,
        @Unit(value = "¤/kWh", min = 0) double excessRate) {

    /**
     * g_k(x) = ρ_k·max(0, x) + σ_k·max(0, −x) for the slot's net position x = v_k + Σ μ_k (SPEC §6, Decisions).
     */
    public double cost(double netKWh) {
        return netKWh >= 0 ? priceRate * netKWh : -excessRate * netKWh;
    }

    /** True when g_k is convex (ρ_k + σ_k ≥ 0); a slot with negative prices below −σ_k needs a binary in the MILP. */
    public boolean convex() {
        return priceRate + excessRate >= 0;
    }
}
