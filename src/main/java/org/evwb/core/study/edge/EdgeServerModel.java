package org.evwb.core.study.edge;

import org.evwb.core.project.BatteryKind;

/**
 * One server as the study reads it: its id and name from the project, its power model and its battery.
 *
 * @param id          the project's edge-server id
 * @param name        its name (or the id)
 * @param power       the cubic power model
 * @param batteryKind none (SNB), finite (SFB) or infinite (SIB)
 * @param batteryWh   B in Wh: 0 for SNB, {@link Double#POSITIVE_INFINITY} for SIB
 */
public record EdgeServerModel(String id, String name, PowerModel power, BatteryKind batteryKind, double batteryWh) {

    public EdgeServerModel {
        if (!(batteryWh >= 0)) {
            throw new IllegalArgumentException("battery capacity must be >= 0 Wh, was " + batteryWh);
        }
    }

    /** True when it has no battery at all (B = 0). */
    public boolean noBattery() {
        return batteryWh == 0;
    }

    /** True for an unbounded battery (SIB). */
    public boolean infiniteBattery() {
        return Double.isInfinite(batteryWh);
    }
}
