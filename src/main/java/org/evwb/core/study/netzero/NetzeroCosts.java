package org.evwb.core.study.netzero;

/** Eqs. (10) and (12) in one place, for solvers, analyses and the solution's own figures. */
public final class NetzeroCosts {

    private NetzeroCosts() {
    }

    /** C_G = p_G·S_G + m_G·PC·S_G + p_EV·Σ S_i (eq. (10)). */
    public static double gridCost(NetzeroParameters p, double gridSupplyKWh, double evSupplyKWh) {
        return p.gridUnitCost() * gridSupplyKWh + p.evPricePerKWh() * evSupplyKWh;
    }

    /** What eq. (12) lacks: ΣD + Loss − S_G − ΣS_w − ΣS_v − ΣS_i, at least 0; Loss = lossShare·S_G. */
    public static double shortfallKWh(NetzeroInstance in, double gridSupplyKWh, double evSupplyKWh) {
        return Math.max(0, in.demandKWh() - in.renewableKWh() - evSupplyKWh
                - (1 - in.parameters().lossShare()) * gridSupplyKWh);
    }

    /** The least S_G (within S̄_G) that meets the rest of the demand after renewables and {@code evSupplyKWh}. */
    public static double gridToMeet(NetzeroInstance in, double evSupplyKWh) {
        NetzeroParameters p = in.parameters();
        double rest = Math.max(0, in.demandKWh() - in.renewableKWh() - evSupplyKWh);
        return Math.min(p.gridCapKWh(), rest / (1 - p.lossShare()));
    }
}
