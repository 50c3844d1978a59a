package org.evwb.core.study.exchange;

/**
 * The physical formulas of paper 000 (SPEC §3): BS power eq. (1), EV travel power and energy eq. (5), the reserve
 * RE and the buyer/seller role rule. Pure functions of a {@link Participant} and the parameters.
 */
public final class ExchangePhysics {

    private ExchangePhysics() {
    }

    /**
     * BS power in W, eq. (1): {@code P_out/η + P_RF + N_BBU·(P_min + (P_max − P_min)·τ_BBU·f_BBU^β)} when
     * {@code 0 < P_out ≤ P_max}, {@code P_sleep} when {@code P_out = 0}. Decision: τ_BBU is the station's input load in
     * [0, 1] (the paper's τ = I(r)/(N_BBU f_BBU) needs an instruction rate it never gives); f_BBU in GHz.
     */
    public static double bsPowerW(Participant bs, ExchangeParameters p) {
        if (bs.outputPowerW() == 0) {
            return p.sleepPowerW();
        }
        double perCore = p.bbuMinPowerW() + (p.bbuMaxPowerW() - p.bbuMinPowerW()) * bs.bbuLoad()
                * Math.pow(p.bbuFrequencyGHz(), p.bbuFrequencyExponent());
        return bs.outputPowerW() / p.amplifierEfficiency() + p.rfPowerW() + bs.bbuCount() * perCore;
    }

    /**
     * EV traction power in kW at speed v km/h, eq. (5) as SPEC reads it (reference [7] of the paper):
     * {@code f_g·m·g·v/3600 + f_a·φ·v³/76140}.
     */
    public static double travelPowerKW(Participant ev, ExchangeParameters p) {
        double v = ev.speedKmh();
        return ev.groundFriction() * ev.massKg() * p.gravityMS2() * v / 3600.0
                + ev.airResistance() * ev.frontalAreaM2() * v * v * v / 76140.0;
    }

    /** Energy in kWh to drive {@code distanceKm} at the EV's speed: {@code P_trv(v)·d/v} (eq. (5)). */
    public static double travelEnergyKWh(Participant ev, double distanceKm, ExchangeParameters p) {
        return travelPowerKW(ev, p) * distanceKm / ev.speedKmh();
    }

    /** Hours to drive {@code distanceKm}: {@code t_trv = d/v}. */
    public static double travelHours(Participant ev, double distanceKm) {
        return distanceKm / ev.speedKmh();
    }

    /**
     * The reserve RE in kWh: {@code reserveHours} (default one hour) of the entity's own consumption — a BS's
     * {@code P_BS × 1 h}, an EV's driving at its speed (SPEC §3 roles).
     */
    public static double reserveKWh(Participant x, ExchangeParameters p) {
        double kW = x.isEv() ? travelPowerKW(x, p) : bsPowerW(x, p) / 1000.0;
        return kW * p.reserveHours();
    }

    /** What an entity does in the market. */
    public enum Role { BUYER, SELLER, NONE }

    /**
     * SPEC decision: a seller when its surplus {@code SoC − RE} is positive and its SoC is at least 50 % of capacity,
     * else a buyer with demand {@code e_i = 0.8·capacity − SoC}. Decision (beyond SPEC): a would-be buyer whose
     * demand is not positive (SoC ≥ 80 % but surplus ≤ 0, possible only for a very fast EV) takes no part.
     */
    public static Role role(Participant x, ExchangeParameters p) {
        double surplus = x.socKWh() - reserveKWh(x, p);
        if (surplus > 0 && x.socKWh() >= p.sellerMinSocFraction() * x.capacityKWh()) {
            return Role.SELLER;
        }
        return demandKWh(x, p) > 0 ? Role.BUYER : Role.NONE;
    }

    /** A buyer's demand {@code e_i = 0.8·capacity − SoC} in kWh. */
    public static double demandKWh(Participant x, ExchangeParameters p) {
        return p.buyerTargetSocFraction() * x.capacityKWh() - x.socKWh();
    }

    /** A seller's surplus {@code SoC − RE} in kWh: what C4 lets it sell. */
    public static double surplusKWh(Participant x, ExchangeParameters p) {
        return x.socKWh() - reserveKWh(x, p);
    }
}
