package org.evwb.core.study.netzero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Eqs. (1)–(6) against segments worked by hand (g = 9.81, ρ = 1.28, Table VI's car and lorry; η 0.9 above 20 % load,
 * linear to 0.6 at none; regeneration 60 %).
 */
class ConsumptionTest {

    private static final Consumption FLAT = new Consumption(0, 1.28, 0.9, 0.6, 0.2, 0.6);
    private static final Consumption CLIMB = new Consumption(Math.atan(0.06), 1.28, 0.9, 0.6, 0.2, 0.6);

    private static SpeedProfile one(double km, double kmh, double entryKmh) {
        return new SpeedProfile(new double[] {km}, new double[] {kmh}, entryKmh, "test");
    }

    @Test
    void flatCruiseAtLowLoadUsesTheFallingPartOfTheEfficiencyCurve() {
        // F = 1619·9.81·0.01 + 1.28·2.56·0.28·27.78²/2 = 158.82 + 353.98 = 512.80 N; F·v = 14.244 kW = 12.95 % of
        // 110 kW, so η = 0.6 + 0.3·0.1295/0.2 = 0.7942; EP = 17.935 kW for 0.01 h = 0.17935 kWh
        Consumption.Segment s = FLAT.segment(VehicleSpec.CAR, one(1, 100, 100), 0);
        assertEquals(512.7992, s.forceN(), 1e-3);
        assertEquals(14.24442, s.mechanicalKW(), 1e-4);
        assertEquals(0.794242, s.efficiency(), 1e-6);
        assertEquals(17.93461, s.electricKW(), 1e-4);
        assertEquals(0.1793461, s.energyKWh(), 1e-6);
    }

    @Test
    void sixPercentGradeAtTheUkLimit() {
        // car at 112.65 km/h on atan(0.06): 951.3 N grade + 158.5 N rolling + 449.2 N drag = 1558.97 N, 48.78 kW
        // (44 % load, η 0.9), 54.203 kW for 100 m at 112.65 km/h = 0.048116 kWh
        Consumption.Segment car = CLIMB.segment(VehicleSpec.CAR, one(0.1, 112.65, 112.65), 0);
        assertEquals(1558.967, car.forceN(), 1e-2);
        assertEquals(0.9, car.efficiency(), 1e-12);
        assertEquals(0.04811626, car.energyKWh(), 1e-7);
        // lorry at 96.56 km/h: 4675.07 N, 125.40 kW, 139.33 kW electric, 0.144292 kWh per 100 m
        Consumption.Segment lorry = CLIMB.segment(VehicleSpec.LORRY, one(0.1, 96.56, 96.56), 0);
        assertEquals(4675.070, lorry.forceN(), 1e-2);
        assertEquals(0.1442923, lorry.energyKWh(), 1e-6);
        // a route of 10 km in 100 segments is 100 such segments: eq. (6) sums EP·Δt, not EP·T_i
        assertEquals(100 * 0.04811626, CLIMB.energyKWh(VehicleSpec.CAR,
                SpeedProfile.constant(10, 112.65, 0.1)), 1e-5);
    }

    @Test
    void brakingRecoversSixtyPercentOfTheTractionPower() {
        // 100 → 50 km/h over 100 m: a = (13.89² − 27.78²)/200 = −2.894 m/s²; F = 158.82 + 88.49 − 4684.6 = −4437.29 N;
        // F·v = −61.629 kW, 60 % back = −36.977 kW for 0.002 h = −0.073955 kWh
        Consumption.Segment s = FLAT.segment(VehicleSpec.CAR, one(0.1, 50, 100), 0);
        assertEquals(-4437.289, s.forceN(), 1e-2);
        assertEquals(-36.97741, s.electricKW(), 1e-4);
        assertEquals(-0.07395481, s.energyKWh(), 1e-7);
    }

    @Test
    void equationsFourAndFiveAsPrintedMakeElectricPowerTheMotorPower() {
        // τ = F·rw/gr and ω = v·gr/rw, so τ·ω = F·v: η = F·v/MP and EP = F·v/η = MP whatever the segment
        VehicleSpec car = VehicleSpec.CAR;
        for (double kmh : new double[] {30, 80, 112.65}) {
            double v = kmh / 3.6;
            double f = CLIMB.forceN(car, v, 0);
            double tau = f * car.wheelRadiusM() / car.gearRatio();
            double omega = v * car.gearRatio() / car.wheelRadiusM();
            double etaPrinted = tau * omega / (car.motorPowerKW() * 1000);
            assertEquals(car.motorPowerKW() * 1000, f * v / etaPrinted, 1e-6);
        }
    }

    @Test
    void accelerationCostsMoreThanCruising() {
        double cruise = FLAT.energyKWh(VehicleSpec.BUS, one(0.1, 100, 100));
        double fromRest = FLAT.energyKWh(VehicleSpec.BUS, one(0.1, 100, 0));
        assertTrue(fromRest > cruise + 0.1, fromRest + " vs " + cruise);
    }
}
