package org.evwb.core.project;

import java.util.List;
import org.evwb.core.geo.GeoPoint;

/**
 * A charging station with its chargers. When it stands on a motorway, {@code motorwayId} names it and
 * {@code chainageKm} is its authoritative position along it.
 */
public record ChargingStation(
        String id,
        @OptionalField String name,
        GeoPoint position,
        @OptionalField String motorwayId,
        @OptionalField @Unit(value = "km", min = 0) Double chainageKm,
        List<Charger> chargers) implements PlacedEntity {

    public ChargingStation {
        chargers = chargers == null ? List.of() : List.copyOf(chargers);
    }

    @Override
    public ChargingStation withPosition(GeoPoint p) {
        return new ChargingStation(id, name, p, motorwayId, chainageKm, chargers);
    }

    public ChargingStation onMotorway(String newMotorwayId, Double newChainageKm, GeoPoint p) {
        return new ChargingStation(id, name, p, newMotorwayId, newChainageKm, chargers);
    }

    public ChargingStation withChargers(List<Charger> newChargers) {
        return new ChargingStation(id, name, position, motorwayId, chainageKm, newChargers);
    }
}
