package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/** A photovoltaic plant (study {@code netzero}); {@code outputSeriesId} optionally names its output series. */
public record PvSource(
        String id,
        @OptionalField String name,
        GeoPoint position,
        @Unit(value = "kW", min = 0, minExclusive = true) double peakPowerKW,
        @OptionalField String outputSeriesId) implements PlacedEntity {

    @Override
    public PvSource withPosition(GeoPoint p) {
        return new PvSource(id, name, p, peakPowerKW, outputSeriesId);
    }
}
