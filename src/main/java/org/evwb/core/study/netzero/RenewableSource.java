package org.evwb.core.study.netzero;

import org.evwb.core.geo.GeoPoint;

/**
 * A wind or PV source on the map with its capacity and the energy it delivers in the solved hour (S_w, S_v of
 * eq. (12)).
 *
 * @param id        the project's id
 * @param kind      wind or PV
 * @param ratedKW   rated (wind) or peak (PV) power
 * @param position  where it is
 * @param outputKWh its output in the hour Problem 1 solves
 */
public record RenewableSource(String id, Kind kind, double ratedKW, GeoPoint position, double outputKWh) {

    /** Wind or photovoltaic. */
    public enum Kind { WIND, PV }
}
