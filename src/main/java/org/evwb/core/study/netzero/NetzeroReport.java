package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.Figures;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.TableSpec;

/**
 * The study's sections of a run report, as data: the supply mix and the strategies beside each other, every EV's
 * figures, the incentive game and the theory (bounds per type, expected suppliers per station count).
 */
final class NetzeroReport {

    /** Station counts the report's eq. (23) table covers. */
    static final int MAX_STATIONS = 12;

    private NetzeroReport() {
    }

    static List<ReportSection> sections(NetzeroInstance in, NetzeroSolution s) {
        return List.of(supply(in, s), evs(in, s), game(in), theory(in));
    }

    private static ReportSection supply(NetzeroInstance in, NetzeroSolution s) {
        NetzeroParameters p = in.parameters();
        double ev = 0;
        for (int i : s.taken()) {
            if (i >= 0 && i < in.evs().size()) {
                ev += in.evs().get(i).supplyKWh();
            }
        }
        Map<String, Double> mix = new LinkedHashMap<>();
        mix.put("grid (after loss)", (1 - p.lossShare()) * s.gridSupplyKWh());
        mix.put("wind", in.renewableKWh(RenewableSource.Kind.WIND));
        mix.put("PV", in.renewableKWh(RenewableSource.Kind.PV));
        mix.put("EVs", ev);
        mix.put("unmet", s.unmetKWh());
        List<List<String>> rows = new ArrayList<>();
        RunContext quiet = RunContext.of(0);
        for (Strategy st : Strategy.values()) {
            NetzeroSolution x = st == s.strategy() ? s : st == Strategy.PROSUMERS ? null
                    : new GridOnly(st).solve(in, quiet);
            if (x == null) {
                continue; // the prosumer optimum needs a MILP solve: run the milp solver to see it here
            }
            double e = 0;
            for (int i : x.taken()) {
                e += in.evs().get(i).supplyKWh();
            }
            rows.add(List.of(st.name() + (st == s.strategy() ? " (this run)" : ""), f(x.gridSupplyKWh()), f(e),
                    f(x.unmetKWh()), f(NetzeroCosts.gridCost(p, x.gridSupplyKWh(), e)),
                    f(p.co2KgPerKWh() * x.gridSupplyKWh())));
        }
        return new ReportSection("Supply and demand", "Σ D_i = " + f(in.demandKWh()) + " kWh from "
                + in.evs().size() + " EVs; wind and PV " + Figures.fixed(in.renewableKWh(), 3) + " kWh ("
                + in.supplySource() + "); S̄_G = " + f(p.gridCapKWh()) + " kWh; grid source " + p.gridSource()
                + " (m_G " + p.co2KgPerKWh() + " kg/kWh); speed profiles: " + in.profileSource() + ".",
                List.of(ChartSpec.bars("supply-mix", "Where the road's energy comes from",
                        new ChartSpec.Axis("Source", ""), new ChartSpec.Axis("Energy", "kWh"),
                        List.of(new ChartSpec.CategorySeries("energy", mix)))),
                List.of(new TableSpec("strategies", "This run beside the baselines", List.of("Strategy",
                        "S_G (kWh)", "Σ S_i taken (kWh)", "Unmet (kWh)", "C_G (¤)", "CO2 (kg)"), rows)));
    }

    private static ReportSection evs(NetzeroInstance in, NetzeroSolution s) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < in.evs().size(); i++) {
            NetzeroEv e = in.evs().get(i);
            rows.add(List.of(e.id(), in.typeOf(e).typeId(), f(e.routeKm()), f(e.stationDistanceKm()),
                    f(e.socCurrentKWh()), f(e.consumptionKWh()), f(e.socRemainingKWh()), f(e.demandKWh()),
                    f(e.supplyKWh()), f(e.utility()), e.role().name().toLowerCase(), s.isTaken(i) ? "yes" : ""));
        }
        return new ReportSection("EVs", "Each EV's route, consumption (eqs. (1)–(6)), demand and supply "
                + "(eqs. (7)–(9)), utility (eq. (11)) and whether the grid takes its offer.", List.of(),
                List.of(new TableSpec("evs", "EVs", List.of("EV", "Type", "L_i (km)", "l_Si (km)", "SOC_c (kWh)",
                        "EC_i (kWh)", "SOC_r (kWh)", "D_i (kWh)", "S_i (kWh)", "U_i (¤)", "Role", "Taken"), rows)));
    }

    private static ReportSection game(NetzeroInstance in) {
        NetzeroGame g = NetzeroGame.of(in);
        List<List<String>> rows = new ArrayList<>();
        for (NetzeroGame.Player pl : g.evs()) {
            rows.add(List.of(pl.id(), f(pl.supplyKWh()), f(pl.utility()), f(pl.nonCoopBelow()), f(pl.above()),
                    pl.proposition1() ? "yes" : "no", pl.proposition2() ? "yes" : "no"));
        }
        return new ReportSection("Incentive game (Table IV)", g.suppliers() + " EVs have a surplus; N_Coop = "
                + g.cooperating() + " (Proposition 1 admits " + g.proposition1Count() + "), Proposition 2 (U_i ≥ RC − "
                + "RC/N_Coop = " + f(g.roadCharge() - (g.cooperating() > 0 ? g.roadCharge() / g.cooperating()
                : g.roadCharge())) + ") admits " + g.proposition2Count() + "; N_TH = " + g.threshold()
                + (g.thresholdReached() ? " is reached: the road charge is shared." : " is not reached."),
                List.of(), List.of(new TableSpec("game", "Payoffs per EV with a surplus", List.of("EV", "S_i (kWh)",
                "Coop, < N_TH: U_i", "Non-Coop, < N_TH: −RC", "≥ N_TH: −RC/N_Coop", "Proposition 1",
                "Proposition 2"), rows)));
    }

    private static ReportSection theory(NetzeroInstance in) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Double> sub = new LinkedHashMap<>();
        Map<String, Double> sim = new LinkedHashMap<>();
        for (NetzeroTheory.TypeBounds b : NetzeroTheory.bounds(in)) {
            rows.add(List.of(b.typeId(), String.valueOf(b.count()), Figures.fixed(b.mu(), 3),
                    Figures.fixed(b.sigma(), 3), Figures.fixed(b.probabilitySupply(), 4),
                    Figures.fixed(b.probabilityDemand(), 4), f(b.supplyUpperBoundKWh()), f(b.simulatedSupplyKWh()),
                    f(b.demandUpperBoundKWh()), f(b.simulatedDemandKWh())));
            sub.put(b.typeId(), b.supplyUpperBoundKWh());
            sim.put(b.typeId(), b.simulatedSupplyKWh());
        }
        List<double[]> supp = new ArrayList<>();
        List<double[]> dem = new ArrayList<>();
        List<List<String>> st = new ArrayList<>();
        for (NetzeroTheory.StationPoint x : NetzeroTheory.stations(in, MAX_STATIONS)) {
            supp.add(new double[] {x.stations(), x.expectedSuppliers()});
            dem.add(new double[] {x.stations(), x.expectedDemanders()});
            st.add(List.of(String.valueOf(x.stations()), f(x.stationDistanceKm()), String.valueOf(x.sellers()),
                    Figures.fixed(x.expectedSuppliers(), 3), f(x.expectedDemanders())));
        }
        NetzeroTheory.StationPoint best = NetzeroTheory.bestStationCount(in, MAX_STATIONS);
        return new ReportSection("Theory: bounds and station count", "Eqs. (19)–(22) with ln SOC_r fitted per type "
                + "(√2·σ in the erf; eq. (22) with Pr(SOC_r ≤ SOC_min)); eq. (23) with l_S = L_R/N_CS. The most "
                + "expected suppliers per station: N_CS = " + best.stations() + " — an optimum that exists only "
                + "because the printed Poisson sum stops at k = N_CS.",
                List.of(ChartSpec.bars("supply-bounds", "S^UB beside the simulated Σ S_i",
                                new ChartSpec.Axis("Type", ""), new ChartSpec.Axis("Supply", "kWh"),
                                List.of(new ChartSpec.CategorySeries("S^UB", sub),
                                        new ChartSpec.CategorySeries("simulation", sim))),
                        ChartSpec.lines("stations", "Expected EVs per station", new ChartSpec.Axis("N_CS", ""),
                                new ChartSpec.Axis("EVs per station", ""), List.of(
                                        new ChartSpec.XySeries("E(N_Supp), eq. (23)", supp),
                                        new ChartSpec.XySeries("E(N_Dem)", dem)))),
                List.of(new TableSpec("bounds", "Bounds per type", List.of("Type", "EVs", "μ", "σ",
                        "Pr(SOC_r ≥ SOC_max)", "Pr(SOC_r ≤ SOC_min)", "S^UB (kWh)", "Σ S_i (kWh)", "D^UB (kWh)",
                        "Σ D_i (kWh)"), rows), new TableSpec("stations", "Eq. (23) per station count",
                        List.of("N_CS", "l_S (km)", "λ^Supp", "E(N_Supp)", "E(N_Dem)"), st)));
    }

    private static String f(double v) {
        return Figures.fixed(v, 2);
    }
}
