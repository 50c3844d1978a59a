package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/**
 * A solar-powered edge server (study {@code edge}, paper 001). Power in W and energy in Wh, as the study uses.
 * {@code solarSeriesId} names the time series of its solar input.
 */
public record EdgeServer(
        String id,
        @OptionalField String name,
        GeoPoint position,
        @Unit(value = "cores", min = 1) int cores,
        @Unit(value = "W", min = 0, minExclusive = true) double maxPowerW,
        @Unit(value = "W", min = 0) double staticPowerW,
        BatteryKind batteryKind,
        @Unit(value = "Wh", min = 0) double batteryCapacityWh,
        @OptionalField String solarSeriesId) implements PlacedEntity {

    @Override
    public EdgeServer withPosition(GeoPoint p) {
        return new EdgeServer(id, name, p, cores, maxPowerW, staticPowerW, batteryKind, batteryCapacityWh,
                solarSeriesId);
    }
}
