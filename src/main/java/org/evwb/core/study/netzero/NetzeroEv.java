package org.evwb.core.study.netzero;

/**
 * One EV of the instance: what it is and drives (inputs) and what eqs. (6)–(9) and (11) make of it (derived, once, by
 * {@link #of}). The checker recomputes the derived figures with its own {@link Consumption} and compares.
 *
 * @param id                the vehicle id
 * @param type              index into {@link NetzeroInstance#types()}
 * @param socCurrentKWh     SOC_{i,c}
 * @param routeKm           L_i
 * @param stationDistanceKm l_Si
 * @param profile           its speed profile over the route
 * @param consumptionKWh    EC_i, eq. (6)
 * @param socRemainingKWh   SOC_{i,r} = SOC_{i,c} − EC_i, eq. (7)
 * @param demandKWh         D_i, eq. (8): SOC_max − SOC_c when SOC_r ≤ SOC_min (never below 0)
 * @param supplyKWh         S_i, eq. (9): α·SOC_r when SOC_r ≥ SOC_max
 * @param utility           U_i, eq. (11) (0 for an EV without S_i)
 * @param chainageKm        where the EV is along the road (its vehicle's position projected on the road, or a
 *                          drawn fleet spread evenly over it; NaN before {@link #atStation})
 * @param station           index into {@link NetzeroInstance#stations()} of the station it charges at
 *                          ({@link NetzeroStation#assign}; -1 without stations)
 */
public record NetzeroEv(String id, int type, double socCurrentKWh, double routeKm, double stationDistanceKm,
                        SpeedProfile profile, double consumptionKWh, double socRemainingKWh, double demandKWh,
                        double supplyKWh, double utility, double chainageKm, int station) {

    /** The same EV placed on the road at {@code km}, charging at station {@code index}. */
    public NetzeroEv atStation(double km, int index) {
        return new NetzeroEv(id, type, socCurrentKWh, routeKm, stationDistanceKm, profile, consumptionKWh,
                socRemainingKWh, demandKWh, supplyKWh, utility, km, index);
    }

    /** Derives consumption, demand, supply and utility of one EV. */
    public static NetzeroEv of(String id, int type, VehicleSpec spec, double socCurrentKWh, double routeKm,
                               double stationDistanceKm, SpeedProfile profile, NetzeroParameters p,
                               Consumption model) {
        double ec = model.energyKWh(spec, profile);
        double socR = socCurrentKWh - ec;
        double demand = demand(spec, socCurrentKWh, socR, p);
        double supply = supply(spec, socR, p);
        double u = supply > 0 ? utility(supply, stationDistanceKm, p) : 0;
        return new NetzeroEv(id, type, socCurrentKWh, routeKm, stationDistanceKm, profile, ec, socR, demand, supply,
                u, Double.NaN, -1);
    }

    /** Eq. (8) with SPEC's D_i = max(0, SOC_max − SOC_c). */
    static double demand(VehicleSpec spec, double socC, double socR, NetzeroParameters p) {
        return socR <= p.socMinShare() * spec.batteryKWh()
                ? Math.max(0, p.socMaxShare() * spec.batteryKWh() - socC) : 0;
    }

    /** Eq. (9): α of SOC_r (SPEC decision, not of SOC_c as Table V prints). */
    static double supply(VehicleSpec spec, double socR, NetzeroParameters p) {
        return socR >= p.socMaxShare() * spec.batteryKWh() ? p.alpha() * socR : 0;
    }

    /** Eq. (11): U_i = (p_EV + β)S_i − δ_i·l_Si − a·S_i² − b·S_i. */
    public static double utility(double supplyKWh, double stationDistanceKm, NetzeroParameters p) {
        return (p.evPricePerKWh() + p.incentivePerKWh()) * supplyKWh - p.travelCostPerKm() * stationDistanceKm
                - p.costA() * supplyKWh * supplyKWh - p.costB() * supplyKWh;
    }

    /** C2: the grid may take this EV's offer (S_i &gt; 0 and U_i &gt; 0). */
    public boolean eligible() {
        return supplyKWh > 0 && utility > 0;
    }

    /** Supplier, demander or neither, as the map colours it. */
    public Role role() {
        return supplyKWh > 0 ? Role.SUPPLIER : demandKWh > 0 ? Role.DEMANDER : Role.NEITHER;
    }

    /** An EV's role on the road. */
    public enum Role { SUPPLIER, DEMANDER, NEITHER }
}
