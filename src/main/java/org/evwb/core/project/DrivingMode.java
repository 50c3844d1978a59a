package org.evwb.core.project;

/** A driving mode of a vehicle type: a cruising speed and the consumption at that speed (SPEC §5). */
public record DrivingMode(
        @Unit(value = "km/h", min = 0, minExclusive = true) double speedKmh,
        @Unit(value = "Wh/km", min = 0, minExclusive = true) double consumptionWhPerKm) {
}
