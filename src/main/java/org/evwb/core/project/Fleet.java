package org.evwb.core.project;

import java.util.List;

/** Vehicle types and the vehicles that use them. */
public record Fleet(
        @OptionalField List<VehicleType> vehicleTypes,
        @OptionalField List<Vehicle> vehicles) {

    public static final Fleet EMPTY = new Fleet(null, null);

    public Fleet {
        vehicleTypes = Infrastructure.copy(vehicleTypes);
        vehicles = Infrastructure.copy(vehicles);
    }
}
