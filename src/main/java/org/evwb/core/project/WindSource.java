package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/** A wind turbine or farm (study {@code netzero}); {@code outputSeriesId} optionally names its output series. */
public record WindSource(
        String id,
        @OptionalField String name,
        GeoPoint position,
        @Unit(value = "kW", min = 0, minExclusive = true) double ratedPowerKW,
        @OptionalField String outputSeriesId) implements PlacedEntity {

    @Override
    public WindSource withPosition(GeoPoint p) {
        return new WindSource(id, name, p, ratedPowerKW, outputSeriesId);
    }
}
