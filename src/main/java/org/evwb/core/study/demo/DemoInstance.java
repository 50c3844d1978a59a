package org.evwb.core.study.demo;

import java.util.List;
import org.evwb.core.geo.GeoPoint;

/**
 * The built-in demonstration study's instance: vehicles to send to charging stations, each station taking at most as
 * many vehicles as it has chargers.
 */
public record DemoInstance(List<Site> vehicles, List<Site> stations, int[] capacity) {

    /** A vehicle or a station: its id and where it is. */
    public record Site(String id, GeoPoint position) { }

    public double distanceKm(int vehicle, int station) {
        return org.evwb.core.geo.Geo.haversineKm(vehicles.get(vehicle).position(), stations.get(station).position());
    }
}
