package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;

/**
 * Paper 004 §IV-B/C: the lognormal probabilities (19)–(20), the upper bounds S^UB and D^UB per type (21)–(22), and
 * the expected suppliers per charging station (23) with the station count that maximises it.
 *
 * <p>Decisions (SPEC §7): as printed, √(2σ) in the erf makes the probabilities 0 or 1 — we use √2·σ; μ and σ of
 * ln SOC_r are fitted per type from the simulated fleet (EVs with SOC_r &gt; 0); eq. (22) uses Pr(SOC_r ≤ SOC_min)
 * (its printed Pr(SOC_r ≥ SOC_max) is a typo); {@code S^UB = N·pr·Pr(≥)·α·BC}, {@code D^UB = N·pr·Pr(≤)·SOC_max};
 * eq. (23) reads l_S = L_R/N_CS, λ^Supp the EVs whose offer C2 admits at that distance; the optimum count exists only
 * because the printed Poisson sum stops at k = N_CS.
 */
public final class NetzeroTheory {

    private NetzeroTheory() {
    }

    /** One type's bounds beside the simulation. */
    public record TypeBounds(String typeId, VehicleSpec.Category category, int count, double share, double mu,
                             double sigma, double probabilitySupply, double probabilityDemand,
                             double supplyUpperBoundKWh, double demandUpperBoundKWh, double simulatedSupplyKWh,
                             double simulatedDemandKWh, int suppliers, int demanders) { }

    /** Expected suppliers and demanders per station for one station count. */
    public record StationPoint(int stations, double stationDistanceKm, int sellers, int buyers,
                               double expectedSuppliers, double expectedDemanders) { }

    public static List<TypeBounds> bounds(NetzeroInstance in) {
        NetzeroParameters p = in.parameters();
        int n = in.evs().size();
        List<TypeBounds> out = new ArrayList<>();
        for (int t = 0; t < in.types().size(); t++) {
            VehicleSpec spec = in.types().get(t);
            int count = 0;
            double sum = 0;
            double sum2 = 0;
            int positive = 0;
            double simS = 0;
            double simD = 0;
            int sup = 0;
            int dem = 0;
            for (NetzeroEv e : in.evs()) {
                if (e.type() != t) {
                    continue;
                }
                count++;
                simS += e.supplyKWh();
                simD += e.demandKWh();
                sup += e.supplyKWh() > 0 ? 1 : 0;
                dem += e.demandKWh() > 0 ? 1 : 0;
                if (e.socRemainingKWh() > 0) {
                    double l = Math.log(e.socRemainingKWh());
                    sum += l;
                    sum2 += l * l;
                    positive++;
                }
            }
            if (count == 0) {
                continue;
            }
            double mu = positive > 0 ? sum / positive : Double.NaN;
            double sigma = positive > 1 ? Math.sqrt(Math.max(0, (sum2 - positive * mu * mu) / (positive - 1))) : 0;
            double pr = count / (double) n;
            double pSupply = 1 - cdf(Math.log(p.socMaxShare() * spec.batteryKWh()), mu, sigma);   // eq. (19)
            double pDemand = cdf(Math.log(p.socMinShare() * spec.batteryKWh()), mu, sigma);       // eq. (20)
            out.add(new TypeBounds(spec.typeId(), spec.category(), count, pr, mu, sigma, pSupply, pDemand,
                    n * pr * pSupply * p.alpha() * spec.batteryKWh(),                                  // eq. (21)
                    n * pr * pDemand * p.socMaxShare() * spec.batteryKWh(),                            // eq. (22)
                    simS, simD, sup, dem));
        }
        return out;
    }

    /** Φ((x − μ)/σ) written as eqs. (19)–(20) with √2·σ. */
    static double cdf(double x, double mu, double sigma) {
        if (Double.isNaN(mu)) {
            return 0;
        }
        if (sigma <= 0) {
            return x >= mu ? 1 : 0;
        }
        return 0.5 * (1 + erf((x - mu) / (Math.sqrt(2) * sigma)));
    }

    /** erf by Abramowitz–Stegun 7.1.26 (|error| &lt; 1.5e-7). */
    static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
                * t * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }

    /** Eq. (23): Σ_{k=0}^{N_CS} k·e^{−λ/N_CS}·(λ/N_CS)^k / k!. */
    public static double expectedSuppliers(double lambda, int stations) {
        double rate = lambda / stations;
        double term = Math.exp(-rate); // k = 0
        double sum = 0;
        for (int k = 1; k <= stations; k++) {
            term *= rate / k;
            sum += k * term;
        }
        return sum;
    }

    /** E(N_Supp) and E(N_Dem) per station for N_CS = 1 … maxStations, λ from the fleet at l_S = L_R/N_CS. */
    public static List<StationPoint> stations(NetzeroInstance in, int maxStations) {
        List<StationPoint> out = new ArrayList<>();
        for (int ncs = 1; ncs <= maxStations; ncs++) {
            out.add(station(in, ncs));
        }
        return out;
    }

    /** Eq. (23) for one station count: λ^Supp = EVs whose offer has U_i &gt; 0 at l_S = L_R/N_CS. */
    public static StationPoint station(NetzeroInstance in, int ncs) {
        NetzeroParameters p = in.parameters();
        int buyers = (int) in.evs().stream().filter(e -> e.demandKWh() > 0).count();
        double l = p.roadLengthKm() / ncs;
        int sellers = 0;
        for (NetzeroEv e : in.evs()) {
            if (e.supplyKWh() > 0 && NetzeroEv.utility(e.supplyKWh(), l, p) > 0) {
                sellers++;
            }
        }
        return new StationPoint(ncs, l, sellers, buyers, expectedSuppliers(sellers, ncs), buyers / (double) ncs);
    }

    /** The station count with the most expected suppliers per station (the first of equals). */
    public static StationPoint bestStationCount(NetzeroInstance in, int maxStations) {
        StationPoint best = null;
        for (StationPoint s : stations(in, maxStations)) {
            if (best == null || s.expectedSuppliers() > best.expectedSuppliers() + 1e-12) {
                best = s;
            }
        }
        return best;
    }
}
