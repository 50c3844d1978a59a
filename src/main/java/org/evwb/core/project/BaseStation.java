package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/**
 * A 6G base station with a battery (study {@code exchange}, paper 000 eq. (1)): the power model's per-station inputs.
 */
public record BaseStation(
        String id,
        @OptionalField String name,
        GeoPoint position,
        @Unit(value = "kWh", min = 0, minExclusive = true) double batteryCapacityKWh,
        @Unit(value = "kWh", min = 0) double socKWh,
        @Unit(value = "W", min = 0) double outputPowerW,
        @Unit(value = "W", min = 0, minExclusive = true) double maxOutputPowerW,
        @Unit(value = "", min = 1) int bbuCount,
        @Unit(value = "", min = 0, max = 1) double bbuLoad) implements PlacedEntity {

    @Override
    public BaseStation withPosition(GeoPoint p) {
        return new BaseStation(id, name, p, batteryCapacityKWh, socKWh, outputPowerW, maxOutputPowerW, bbuCount,
                bbuLoad);
    }
}
