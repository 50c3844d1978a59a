package org.evwb.core.project;

import java.util.List;

/**
 * A vehicle type: battery, physics parameters (paper 004 Table VI, paper 000 eq. (5)) and driving modes (paper 002).
 */
public record VehicleType(
        String id,
        @OptionalField String name,
        VehicleCategory category,
        @Unit(value = "kWh", min = 0, minExclusive = true) double batteryCapacityKWh,
        @Unit(value = "kg", min = 0, minExclusive = true) double massKg,
        @Unit(value = "", min = 0) double dragCoefficient,
        @Unit(value = "", min = 0) double rollingResistance,
        @Unit(value = "m²", min = 0) double frontalAreaM2,
        @OptionalField @Unit(value = "m", min = 0) double wheelRadiusM,
        @OptionalField @Unit(value = "", min = 0) double gearRatio,
        @OptionalField @Unit(value = "kW", min = 0) double motorPowerKW,
        @OptionalField @Unit(value = "kW", min = 0) double maxChargePowerKW,
        @OptionalField List<DrivingMode> drivingModes) implements Entity {

    public VehicleType {
        drivingModes = drivingModes == null ? List.of() : List.copyOf(drivingModes);
    }
}
