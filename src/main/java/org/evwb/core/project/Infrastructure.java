package org.evwb.core.project;

import java.util.List;

/** Everything fixed in place: motorways, charging stations, base stations, edge servers, wind and PV sources. */
public record Infrastructure(
        @OptionalField List<Motorway> motorways,
        @OptionalField List<ChargingStation> chargingStations,
        @OptionalField List<BaseStation> baseStations,
        @OptionalField List<EdgeServer> edgeServers,
        @OptionalField List<WindSource> windSources,
        @OptionalField List<PvSource> pvSources) {

    public static final Infrastructure EMPTY = new Infrastructure(null, null, null, null, null, null);

    public Infrastructure {
        motorways = copy(motorways);
        chargingStations = copy(chargingStations);
        baseStations = copy(baseStations);
        edgeServers = copy(edgeServers);
        windSources = copy(windSources);
        pvSources = copy(pvSources);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
