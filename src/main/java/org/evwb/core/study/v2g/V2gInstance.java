package org.evwb.core.study.v2g;

import java.util.List;
import java.util.Objects;

/**
 * One night of study {@code v2g}: the depot's EVs, the market per slot and the level's rules (SPEC §6).
 * Energies are kWh per slot; μ_{i,k} &gt; 0 charges EV i in slot k, &lt; 0 discharges it.
 *
 * @param depotId       the charging site (project entity) the fleet is plugged in at
 * @param slotMinutes   slot length (15 min by default)
 * @param evs           the fleet
 * @param slots         the market, one entry per slot (48 by default, 18:00–06:00)
 * @param siteLimitKW   total charging power and total discharging power per slot; {@code null} without a limit
 *                      (levels L0, L1)
 * @param directionRule level L3: at most one direction change in any 4 consecutive slots per EV
 * @param level         0–3, as the parameters gave it (for reports)
 */
public record V2gInstance(
        String depotId,
        double slotMinutes,
        List<V2gEv> evs,
        List<MarketSlot> slots,
        Double siteLimitKW,
        boolean directionRule,
        int level) {

    /** Slots in the hourly window of the direction rule (4 × 15 min). */
    public static final int RULE_WINDOW = 4;

    public V2gInstance {
        Objects.requireNonNull(depotId, "depotId");
        evs = List.copyOf(evs);
        slots = List.copyOf(slots);
        if (!(slotMinutes > 0)) {
            throw new IllegalArgumentException("slotMinutes must be > 0, was " + slotMinutes);
        }
    }

    public int evCount() {
        return evs.size();
    }

    public int slotCount() {
        return slots.size();
    }

    public double slotHours() {
        return slotMinutes / 60.0;
    }

    /** The most energy EV i may take in one slot (kWh). */
    public double maxChargePerSlotKWh(int ev) {
        return evs.get(ev).maxChargeKW() * slotHours();
    }

    /** The most energy EV i may give in one slot (kWh). */
    public double maxDischargePerSlotKWh(int ev) {
        return evs.get(ev).maxDischargeKW() * slotHours();
    }

    /** Site limit as energy per slot (kWh), or +∞ without one. */
    public double siteLimitPerSlotKWh() {
        return siteLimitKW == null ? Double.POSITIVE_INFINITY : siteLimitKW * slotHours();
    }

    public boolean hasSiteLimit() {
        return siteLimitKW != null;
    }

    /** Total cost Σ_k g_k(v_k + Σ_i μ_{i,k}) of per-slot fleet energies (kWh, one per slot). */
    public double cost(double[] fleetKWhPerSlot) {
        double c = 0;
        for (int k = 0; k < slots.size(); k++) {
            MarketSlot s = slots.get(k);
            c += s.cost(s.volumeKWh() + fleetKWhPerSlot[k]);
        }
        return c;
    }

    /** The same night with other rules (a level), e.g. for a sweep. */
    public V2gInstance withRules(Double newSiteLimitKW, boolean newDirectionRule, int newLevel) {
        return new V2gInstance(depotId, slotMinutes, evs, slots, newSiteLimitKW, newDirectionRule, newLevel);
    }
}
