package org.evwb.core.study.netzero;

/**
 * Energy an EV uses on its route, eqs. (1)–(6) of paper 004 with SPEC §7's readings:
 * <ul>
 *   <li>(1) {@code F = m·g·sinθ + m·g·cosθ·cr + ρ·A·cd·v²/2 + m·a};</li>
 *   <li>(2) {@code a(k) = (v(k)² − v(k−1)²) / (2·l_k)}, v(0) the profile's entry speed;</li>
 *   <li>(3) τ = F·rw/gr and ω = v·gr/rw, so τ·ω = F·v: eqs. (4)–(5) as printed give η = F·v/MP and EP = MP for
 *       every segment. Decision: {@code EP = F·v/η} with η from the motor efficiency curve — {@code motorEfficiency}
 *       at or above {@code efficiencyKneeLoad} of MP, falling linearly to {@code lowLoadEfficiency} at no load — and
 *       regenerative braking returning {@code regenerationShare} of F·v when F &lt; 0;</li>
 *   <li>(6) {@code EC = Σ_k EP(k)·Δt_k}, Δt_k = l_k / v_k (the printed "·T_i" would count the whole trip time once
 *       per segment).</li>
 * </ul>
 * Immutable: θ (radians), ρ, η at and above the knee load, η at no load, the knee load share (F·v/MP) and the share
 * of braking power F·v (F &lt; 0) returned to the battery. The tests compare it with hand-computed segments.
 */
public final class Consumption {

    /** g, m/s². */
    public static final double G = 9.81;

    private final double airDensityKgM3;
    private final double motorEfficiency;
    private final double lowLoadEfficiency;
    private final double kneeLoad;
    private final double regenerationShare;
    // sin θ and cos θ once, not per segment (a 2,000-EV fleet has 200,000 segments)
    private final double sinGrade;
    private final double cosGrade;

    public Consumption(double gradeRadians, double airDensityKgM3, double motorEfficiency, double lowLoadEfficiency,
                       double kneeLoad, double regenerationShare) {
        this.airDensityKgM3 = airDensityKgM3;
        this.motorEfficiency = motorEfficiency;
        this.lowLoadEfficiency = lowLoadEfficiency;
        this.kneeLoad = kneeLoad;
        this.regenerationShare = regenerationShare;
        this.sinGrade = Math.sin(gradeRadians);
        this.cosGrade = Math.cos(gradeRadians);
    }

    /** From the study parameters. */
    public static Consumption of(NetzeroParameters p) {
        return new Consumption(p.gradeRadians(), p.airDensityKgM3(), p.motorEfficiency(), p.lowLoadEfficiency(),
                p.efficiencyKneeLoad(), p.regenerationShare());
    }

    /** One segment's figures: force N, mechanical power kW, efficiency, electric power kW, hours, energy kWh. */
    public record Segment(double forceN, double mechanicalKW, double efficiency, double electricKW, double hours,
                          double energyKWh) { }

    /** Traction force of eq. (1), N, at speed v (m/s) and acceleration a (m/s²). */
    public double forceN(VehicleSpec t, double vMs, double aMs2) {
        return t.massKg() * G * sinGrade
                + t.massKg() * G * cosGrade * t.rollingResistance()
                + airDensityKgM3 * t.frontalAreaM2() * t.dragCoefficient() * vMs * vMs / 2
                + t.massKg() * aMs2;
    }

    /** η at load share {@code load} = F·v / MP (≥ 0). */
    public double efficiency(double load) {
        if (kneeLoad <= 0 || load >= kneeLoad) {
            return motorEfficiency;
        }
        return lowLoadEfficiency + (motorEfficiency - lowLoadEfficiency) * Math.max(0, load) / kneeLoad;
    }

    /** Segment k of {@code profile} (eqs. (1)–(5) and one term of (6)). */
    public Segment segment(VehicleSpec t, SpeedProfile profile, int k) {
        double v = profile.speedKmh(k) / 3.6;
        double vPrev = (k == 0 ? profile.entryKmh() : profile.speedKmh(k - 1)) / 3.6;
        double lenM = profile.segmentKm(k) * 1000;
        double a = (v * v - vPrev * vPrev) / (2 * lenM);                   // eq. (2)
        double f = forceN(t, v, a);                                        // eq. (1)
        double mechKW = f * v / 1000;                                      // τ·ω of eq. (3)
        double eta;
        double electricKW;
        if (mechKW >= 0) {
            eta = efficiency(t.motorPowerKW() > 0 ? mechKW / t.motorPowerKW() : 1);
            electricKW = mechKW / eta;                                     // Decision: EP = F·v/η
        } else {
            eta = regenerationShare;
            electricKW = mechKW * regenerationShare;                       // regenerative braking
        }
        double hours = profile.segmentKm(k) / profile.speedKmh(k);         // Δt_k
        return new Segment(f, mechKW, eta, electricKW, hours, electricKW * hours);
    }

    /** EC of eq. (6), kWh (negative only on a long descent). */
    public double energyKWh(VehicleSpec t, SpeedProfile profile) {
        double e = 0;
        for (int k = 0; k < profile.segments(); k++) {
            e += segment(t, profile, k).energyKWh();
        }
        return e;
    }
}
