package org.evwb.core.study.v2g;

import org.evwb.core.project.Unit;

/**
 * One EV of the fleet, plugged in for the whole horizon.
 *
 * @param id           the vehicle's id in the project
 * @param capacityKWh  battery capacity (SoC never above it)
 * @param maxChargeKW  charging power limit
 * @param maxDischargeKW discharging power limit
 * @param floorKWh     SoC never below it
 * @param initialKWh   SoC at the start of the horizon
 * @param targetKWh    required SoC at the end of the horizon (final SoC ≥ target)
 */
public record V2gEv(
        String id,
        @Unit(value = "kWh", min = 0, minExclusive = true) double capacityKWh,
        @Unit(value = "kW", min = 0) double maxChargeKW,
        @Unit(value = "kW", min = 0) double maxDischargeKW,
        @Unit(value = "kWh", min = 0) double floorKWh,
        @Unit(value = "kWh", min = 0) double initialKWh,
        @Unit(value = "kWh", min = 0) double targetKWh) {

    /** True when every figure but the id equals {@code o}'s: such EVs aggregate exactly without coupling rules. */
    public boolean sameAs(V2gEv o) {
        return capacityKWh == o.capacityKWh && maxChargeKW == o.maxChargeKW && maxDischargeKW == o.maxDischargeKW
                && floorKWh == o.floorKWh && initialKWh == o.initialKWh && targetKWh == o.targetKWh;
    }
}
