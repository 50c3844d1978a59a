package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.Violation;

/**
 * The independent checker of study {@code netzero}. From the instance's inputs alone (types, SOC_c, route, station
 * distance, speed profile, parameters) it recomputes every EV's consumption (its own {@link Consumption} from the
 * parameters), demand, supply and utility, then checks: C1 (0 ≤ S_G ≤ S̄_G), C2 (only EVs with S_i &gt; 0 and
 * U_i &gt; 0 supply), the strategy's own rules (no-optimisation: S_G = S̄_G and no EV; no-prosumers: no EV), the
 * balance (12) with the loss, the unmet demand stated (exactly the shortfall, and none while grid capacity or an
 * admitted offer is left), and every reported figure — C_G, CO2, Σ S_i, and each EV's — against the recomputation.
 */
public final class NetzeroChecker implements Checker<NetzeroInstance, NetzeroSolution> {

    /** Absolute slack on energies, kWh (the MILP's and the closed forms' rounding). */
    static final double TOL_KWH = 1e-6;

    @Override
    public List<Violation> check(NetzeroInstance in, NetzeroSolution s) {
        List<Violation> out = new ArrayList<>();
        NetzeroParameters p = in.parameters();
        Consumption model = Consumption.of(p);
        int n = in.evs().size();
        double[] supply = new double[n];
        boolean[] eligible = new boolean[n];
        double demand = 0;
        List<NetzeroSolution.EvFigures> rep = s.reported() == null ? List.of() : s.reported().evs();
        if (s.reported() != null && !rep.isEmpty() && rep.size() != n) {
            out.add(new Violation("solution-size", "the solution reports " + rep.size() + " EVs for " + n));
        }
        for (int i = 0; i < n; i++) {
            NetzeroEv ev = in.evs().get(i);
            VehicleSpec spec = in.typeOf(ev);
            double ec = model.energyKWh(spec, ev.profile());
            double socR = ev.socCurrentKWh() - ec;
            double d = socR <= p.socMinShare() * spec.batteryKWh()
                    ? Math.max(0, p.socMaxShare() * spec.batteryKWh() - ev.socCurrentKWh()) : 0;
            double sup = socR >= p.socMaxShare() * spec.batteryKWh() ? p.alpha() * socR : 0;
            double u = sup > 0 ? (p.evPricePerKWh() + p.incentivePerKWh()) * sup
                    - p.travelCostPerKm() * ev.stationDistanceKm() - p.costA() * sup * sup - p.costB() * sup : 0;
            demand += d;
            supply[i] = sup;
            eligible[i] = sup > 0 && u > 0;
            if (i < rep.size() && rep.size() == n) {
                NetzeroSolution.EvFigures f = rep.get(i);
                String path = SolutionFormat.ROOT + ".evs[" + i + "]";
                if (!f.id().equals(ev.id())) {
                    out.add(new Violation("ev-order", path + ".id is " + f.id() + ", expected " + ev.id()));
                    continue;
                }
                number(out, path + ".consumptionKWh", f.consumptionKWh(), ec, "kWh");
                number(out, path + ".demandKWh", f.demandKWh(), d, "kWh");
                number(out, path + ".supplyKWh", f.supplyKWh(), sup, "kWh");
                number(out, path + ".utility", f.utility(), u, "¤");
                station(out, in, ev, f, path);
            }
        }
        double evSupply = 0;
        int[] taken = s.taken();
        for (int k = 0; k < taken.length; k++) {
            int i = taken[k];
            if (i < 0 || i >= n || (k > 0 && taken[k - 1] == i)) {
                out.add(new Violation("unknown-ev", "taken offer " + i + " is not one EV of the " + n));
                continue;
            }
            evSupply += supply[i];
            if (!eligible[i]) {
                out.add(new Violation("c2", "EV " + in.evs().get(i).id() + " supplies although "
                        + (supply[i] > 0 ? "its utility U_i is not > 0" : "it has no surplus S_i")
                        + " (C2: only EVs with U_i > 0 supply)"));
            }
        }
        double sg = s.gridSupplyKWh();
        if (!Double.isFinite(sg) || sg < -TOL_KWH || sg > p.gridCapKWh() + TOL_KWH) {
            out.add(new Violation("c1", "S_G = " + sg + " kWh is outside [0, S̄_G = " + p.gridCapKWh() + " kWh]"));
        }
        if (s.strategy() != Strategy.PROSUMERS && taken.length > 0) {
            out.add(new Violation("strategy", s.strategy() + " takes no EV supply, but " + taken.length
                    + " offers are taken"));
        }
        if (s.strategy() == Strategy.NO_OPTIMISATION && Math.abs(sg - p.gridCapKWh()) > TOL_KWH) {
            out.add(new Violation("strategy", "without optimisation the grid supplies S̄_G = " + p.gridCapKWh()
                    + " kWh, not " + sg));
        }
        double renew = in.renewableKWh();
        double shortfall = Math.max(0, demand - renew - evSupply - (1 - p.lossShare()) * sg);
        double unmet = s.unmetKWh();
        if (!(unmet >= -TOL_KWH) || !Double.isFinite(unmet)) {
            out.add(new Violation("unmet-figure", "unmet demand " + unmet + " kWh must be a number >= 0"));
        } else if (shortfall > unmet + tol(demand)) {
            out.add(new Violation("balance", "eq. (12) fails by " + fmt(shortfall) + " kWh, but the solution states "
                    + fmt(unmet) + " kWh unmet"));
        } else if (unmet > shortfall + tol(demand)) {
            out.add(new Violation("unmet-figure", "the solution states " + fmt(unmet) + " kWh unmet; the shortfall is "
                    + fmt(shortfall) + " kWh"));
        }
        if (shortfall > tol(demand)) {
            if (sg < p.gridCapKWh() - TOL_KWH) {
                out.add(new Violation("unmet-with-capacity", fmt(shortfall) + " kWh unmet while the grid has "
                        + fmt(p.gridCapKWh() - sg) + " kWh of S̄_G left"));
            }
            if (s.strategy() == Strategy.PROSUMERS) {
                for (int i = 0; i < n; i++) {
                    if (eligible[i] && !s.isTaken(i)) {
                        out.add(new Violation("unmet-with-offers", fmt(shortfall) + " kWh unmet while EV "
                                + in.evs().get(i).id() + "'s admitted offer of " + fmt(supply[i]) + " kWh is not "
                                + "taken"));
                        break;
                    }
                }
            }
        }
        if (s.reported() != null) {
            number(out, SolutionFormat.ROOT + ".gridCost", s.reported().gridCost(),
                    (p.gridPricePerKWh() + p.co2KgPerKWh() * p.penaltyChargePerKg()) * sg
                            + p.evPricePerKWh() * evSupply, "¤");
            number(out, SolutionFormat.ROOT + ".co2Kg", s.reported().co2Kg(), p.co2KgPerKWh() * sg, "kg");
            number(out, SolutionFormat.ROOT + ".evSupplyKWh", s.reported().evSupplyKWh(), evSupply, "kWh");
        }
        return out;
    }

    /**
     * The station stated for an EV must be the one nearest the point its station distance l_Si ahead of it along the
     * road (clamped to the road), recomputed here from the instance's chainages.
     */
    private static void station(List<Violation> out, NetzeroInstance in, NetzeroEv ev, NetzeroSolution.EvFigures f,
                                String path) {
        if (f.station() == null || in.stations().isEmpty()) {
            return;
        }
        double target = Math.max(0, Math.min(in.parameters().roadLengthKm(), ev.chainageKm()
                + ev.stationDistanceKm()));
        String best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (NetzeroStation st : in.stations()) {
            double d = Math.abs(st.chainageKm() - target);
            if (d < bestD) {
                bestD = d;
                best = st.id();
            }
        }
        if (!f.station().equals(best)) {
            out.add(new Violation("station", path + ".station is " + f.station() + "; EV " + ev.id() + " at km "
                    + fmt(ev.chainageKm()) + " with l_Si " + fmt(ev.stationDistanceKm()) + " km charges at " + best
                    + " (the station nearest km " + fmt(target) + ")"));
        }
    }

    private static void number(List<Violation> out, String path, double reported, double recomputed, String unit) {
        if (!Double.isNaN(reported)) {
            ReportedFigures.number(out, path, reported, recomputed, unit);
        }
    }

    private static double tol(double scale) {
        return Math.max(TOL_KWH, 1e-7 * scale);
    }

    private static String fmt(double v) {
        return ReportedFigures.format(v);
    }
}
