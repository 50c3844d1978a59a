package org.evwb.ui.map;

import org.evwb.core.project.EntityKind;

/** The map's toggleable layers, bottom to top. */
public enum MapLayer {
    TILES("Tile background"),
    BASEMAP("Basemap"),
    MOTORWAYS("Motorways"),
    VEHICLES("Vehicles"),
    SOURCES("Wind and PV sources"),
    EDGE_SERVERS("Edge servers"),
    BASE_STATIONS("Base stations"),
    CHARGING_STATIONS("Charging stations");

    private final String label;

    MapLayer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The layer that draws a placed kind. */
    public static MapLayer of(EntityKind kind) {
        return switch (kind) {
            case VEHICLE -> VEHICLES;
            case WIND_SOURCE, PV_SOURCE -> SOURCES;
            case EDGE_SERVER -> EDGE_SERVERS;
            case BASE_STATION -> BASE_STATIONS;
            case CHARGING_STATION -> CHARGING_STATIONS;
            case MOTORWAY -> MOTORWAYS;
            default -> throw new IllegalArgumentException(kind.label() + " is not drawn on the map");
        };
    }
}
