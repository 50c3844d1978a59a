package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/**
 * One vehicle of the fleet: its type, where it is, its state of charge, and the fields particular studies use
 * ({@code trip} for the motorway study, {@code targetSocKWh} for the V2G fleet). Optional fields may be absent.
 */
public record Vehicle(
        String id,
        @OptionalField String name,
        String typeId,
        GeoPoint position,
        @Unit(value = "kWh", min = 0) double socKWh,
        @OptionalField @Unit(value = "km/h", min = 0) double speedKmh,
        @OptionalField @Unit(value = "kWh", min = 0) Double targetSocKWh,
        @OptionalField MotorwayTrip trip) implements PlacedEntity {

    @Override
    public Vehicle withPosition(GeoPoint p) {
        return new Vehicle(id, name, typeId, p, socKWh, speedKmh, targetSocKWh, trip);
    }
}
