package org.evwb.core.project;

import java.util.List;
import org.evwb.core.geo.GeoPoint;

/**
 * New entities with sensible defaults (SPEC defaults where a study gives them), for the map's add tool and the
 * tables' Add button. Ids are fresh within the project.
 */
public final class EntityFactory {

    private EntityFactory() {
    }

    /**
     * A new placed entity of {@code kind} at {@code at}. A vehicle takes the project's first vehicle type; use
     * {@link #addAt} to place one in a project that has none.
     */
    public static PlacedEntity create(Project p, EntityKind kind, GeoPoint at) {
        return switch (kind) {
            case CHARGING_STATION -> new ChargingStation(p.freshId(kind, "CS"), "", at, null, null,
                    List.of(new Charger("1", 50), new Charger("2", 50)));
            case BASE_STATION -> new BaseStation(p.freshId(kind, "BS"), "", at, 100, 50, 20, 40, 1, 0.5);
            case EDGE_SERVER -> new EdgeServer(p.freshId(kind, "ES"), "", at, 64, 2000, 500, BatteryKind.FINITE,
                    2000, null);
            case WIND_SOURCE -> new WindSource(p.freshId(kind, "W"), "", at, 2000, null);
            case PV_SOURCE -> new PvSource(p.freshId(kind, "PV"), "", at, 500, null);
            case VEHICLE -> {
                VehicleType type = p.fleet().vehicleTypes().isEmpty() ? null : p.fleet().vehicleTypes().get(0);
                double soc = type == null ? 0 : Math.min(30, type.batteryCapacityKWh());
                yield new Vehicle(p.freshId(kind, "EV"), "", type == null ? null : type.id(), at, soc, 50, null,
                        null);
            }
            default -> throw new IllegalArgumentException(kind.label() + " is not placed on the map");
        };
    }

    /**
     * The undoable edit that places a new entity of {@code kind} at {@code at}; the new entity is the edit's last.
     * A vehicle in a project without vehicle types brings a default type with it, so the project stays valid.
     */
    public static org.evwb.core.project.edit.AddEntities addAt(Project p, EntityKind kind, GeoPoint at) {
        if (kind == EntityKind.VEHICLE && p.fleet().vehicleTypes().isEmpty()) {
            VehicleType type = vehicleType(p);
            Project withType = p.insert(type, -1);
            return new org.evwb.core.project.edit.AddEntities(List.of(type, create(withType, kind, at)));
        }
        return org.evwb.core.project.edit.AddEntities.of(create(p, kind, at));
    }

    /** A new vehicle type with the car values of paper 004 Table VI and a 60 kWh battery. */
    public static VehicleType vehicleType(Project p) {
        return new VehicleType(p.freshId(EntityKind.VEHICLE_TYPE, "T"), "Car", VehicleCategory.CAR, 60, 1619, 0.28,
                0.01, 2.56, 0.2, 7.94, 110, 50, List.of(new DrivingMode(90, 140), new DrivingMode(110, 170),
                new DrivingMode(130, 210)));
    }

    /** A new two-node motorway of {@code lengthKm} from {@code start} eastwards (for a blank project). */
    public static Motorway motorway(Project p, GeoPoint start, double lengthKm) {
        double dLon = lengthKm / (111.32 * Math.cos(Math.toRadians(start.latDeg())));
        return new Motorway(p.freshId(EntityKind.MOTORWAY, "M"), "", List.of(
                new MotorwayNode("N1", "", 0, start),
                new MotorwayNode("N2", "", lengthKm, start.offsetDeg(dLon, 0))));
    }

    /** A new empty time series of 96 quarter-hour slots. */
    public static TimeSeries timeSeries(Project p) {
        return new TimeSeries(p.freshId(EntityKind.TIME_SERIES, "S"), "", "kW", 0, 15,
                java.util.Collections.nCopies(96, 0.0));
    }
}
