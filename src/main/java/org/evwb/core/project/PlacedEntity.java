package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/** An entity drawn at one position on the map. */
public sealed interface PlacedEntity extends Entity
        permits ChargingStation, BaseStation, EdgeServer, WindSource, PvSource, Vehicle {

    GeoPoint position();

    /** The same entity at another position (for move tools). */
    PlacedEntity withPosition(GeoPoint position);
}
