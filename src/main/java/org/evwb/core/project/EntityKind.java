package org.evwb.core.project;

/** Kinds of project entity, in the order the workbench lists them. */
public enum EntityKind {
    MOTORWAY("Motorway", "motorways", Motorway.class),
    CHARGING_STATION("Charging station", "chargingStations", ChargingStation.class),
    BASE_STATION("Base station", "baseStations", BaseStation.class),
    EDGE_SERVER("Edge server", "edgeServers", EdgeServer.class),
    WIND_SOURCE("Wind source", "windSources", WindSource.class),
    PV_SOURCE("PV source", "pvSources", PvSource.class),
    VEHICLE_TYPE("Vehicle type", "vehicleTypes", VehicleType.class),
    VEHICLE("Vehicle", "vehicles", Vehicle.class),
    TIME_SERIES("Time series", "timeSeries", TimeSeries.class);

    private final String label;
    private final String jsonName;
    private final Class<? extends Entity> type;

    EntityKind(String label, String jsonName, Class<? extends Entity> type) {
        this.label = label;
        this.jsonName = jsonName;
        this.type = type;
    }

    public String label() {
        return label;
    }

    /** The array name in the project file, e.g. {@code chargingStations}. */
    public String jsonName() {
        return jsonName;
    }

    public Class<? extends Entity> type() {
        return type;
    }

    /** True for kinds drawn on the map at a single position. */
    public boolean isPlaced() {
        return PlacedEntity.class.isAssignableFrom(type);
    }

    public static EntityKind of(Entity e) {
        for (EntityKind k : values()) {
            if (k.type.isInstance(e)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not an entity kind: " + e.getClass());
    }
}
