package org.evwb.core.study.netzero;

/**
 * The physics and battery of one vehicle type (paper 004 Table VI), as the consumption model reads them.
 *
 * @param typeId      the project's vehicle type id
 * @param category    car, bus or lorry
 * @param massKg      m_i
 * @param frontalAreaM2 A_i
 * @param dragCoefficient cd_i
 * @param rollingResistance cr_i
 * @param wheelRadiusM rw_i (eq. (3))
 * @param gearRatio   gr_i (eq. (3))
 * @param motorPowerKW MP_i: the load the efficiency curve reads is F·v / MP
 * @param batteryKWh  BC_i
 */
public record VehicleSpec(String typeId, Category category, double massKg, double frontalAreaM2,
                          double dragCoefficient, double rollingResistance, double wheelRadiusM, double gearRatio,
                          double motorPowerKW, double batteryKWh) {

    /** The three types of the paper. */
    public enum Category { CAR, BUS, LORRY }

    /** Table VI's car. */
    public static final VehicleSpec CAR = new VehicleSpec("car", Category.CAR, 1619, 2.56, 0.28, 0.01, 0.2, 7.94,
            110, 40);
    /** Table VI's bus. */
    public static final VehicleSpec BUS = new VehicleSpec("bus", Category.BUS, 2375, 2.56, 0.6, 0.08, 0.28, 3.98,
            200, 320);
    /** Table VI's lorry. */
    public static final VehicleSpec LORRY = new VehicleSpec("lorry", Category.LORRY, 3556, 5.98, 0.8, 0.011, 0.28,
            3.73, 220, 112);

    /** The UK limit of the category (SPEC §7: 112.65 km/h cars and buses, 96.56 km/h lorries, as parameters). */
    public double limitKmh(NetzeroParameters p) {
        return category == Category.LORRY ? p.lorryLimitKmh() : p.carBusLimitKmh();
    }
}
