package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/** A junction or node of a motorway, at a chainage (km from the section start; authoritative) and a drawn position. */
public record MotorwayNode(
        String id,
        @OptionalField String name,
        @Unit(value = "km", min = 0) double chainageKm,
        GeoPoint position) {
}
