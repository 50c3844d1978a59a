package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.RecordValues;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.sweep.FinishedTask;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPoint;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Paper 004's figure sweeps as presets. Every axis is a study parameter: a task's instance is the project's
 * configuration with the point's values and {@code fleetSeed} = the task's seed, so a sweep of drawn fleets
 * ({@code fleetSize} &gt; 0, 500 EVs unless the grid says otherwise) is reproducible from the preset alone; S̄_G is
 * the paper's 29 MWh unless the grid varies it.
 */
final class NetzeroSweepPresets {

    static final String FLEET = "fleetSize";
    static final String BOUNDS_TABLE = "bounds";
    /** Fleet size of the presets whose grid does not vary it. */
    static final int DEFAULT_FLEET = 500;
    /** S̄_G of every preset whose grid does not vary it (Fig. 14). */
    static final double PAPER_GRID_CAP_KWH = 29000;

    private NetzeroSweepPresets() {
    }

    static List<SweepPreset<NetzeroInstance, NetzeroSolution>> of(NetzeroStudy study) {
        List<Integer> fleets = List.of(500, 750, 1000, 1250, 1500, 1750, 2000);
        List<Double> prices = new ArrayList<>();
        for (int k = 0; k <= 10; k++) {
            prices.add((double) k);
        }
        return List.of(
                preset(study, "fig14-strategies", "Fig. 14 / Table VIII — three strategies, N_EV 500–2000",
                        "Grid load, cost and unmet demand of no optimisation, no prosumers and Problem 1, 7 fleet "
                                + "sizes × 5 runs (seconds)", SweepGrid.of(SweepGrid.axis(FLEET, fleets)), 5,
                        List.of("milp", "no-optimisation", "no-prosumers"), List.of(
                                SweepChart.line("fig14a-grid-load", "Fig. 14(a) — grid load", FLEET, "gridSupplyKWh",
                                        "solver", "N_EV", "S_G [kWh]"),
                                SweepChart.line("fig14b-grid-cost", "Fig. 14(b) — grid cost C_G", FLEET, "gridCost",
                                        "solver", "N_EV", "C_G [¤]"),
                                SweepChart.line("fig14-unmet", "Unmet demand", FLEET, "unmetDemandKWh", "solver",
                                        "N_EV", "unmet [kWh]"))),
                preset(study, "fig6-ev-price", "Fig. 6 — EV supply taken vs p_EV ∈ [0, 10]",
                        "Σ S_i taken, offers taken and the game's counts for p_EV 0…10, 500 EVs × 5 runs",
                        SweepGrid.of(SweepGrid.axis("evPricePerKWh", prices)), 5, List.of("milp"), List.of(
                                SweepChart.line("fig6b-supply-taken", "Fig. 6(b) — share of the surplus taken",
                                        "evPricePerKWh", "surplusTakenPct", "solver", "p_EV [¤/kWh]", "taken [%]"),
                                SweepChart.line("fig6-cooperating", "Fig. 6 — EVs admitted by the propositions",
                                        "evPricePerKWh", "cooperatingEvs", "solver", "p_EV [¤/kWh]", "EVs")
                                        .withYs(List.of("cooperatingEvs", "proposition2Evs", "evSuppliersTaken")))),
                preset(study, "fig7-station-distance", "Fig. 7 — suppliers vs distance to the station l_Si",
                        "Offers admitted and taken as the mean l_Si grows, 500 EVs × 5 runs",
                        SweepGrid.of(SweepGrid.axis("stationDistanceMeanKm", List.of(1.0, 2.0, 4.0, 6.0, 10.0,
                                20.0, 40.0, 80.0))), 5, List.of("milp"), List.of(
                                SweepChart.line("fig7-suppliers", "Fig. 7 — suppliers vs l_Si",
                                        "stationDistanceMeanKm", "admittedOffers", "solver", "mean l_Si [km]", "EVs")
                                        .withYs(List.of("admittedOffers", "evSuppliersTaken", "proposition2Evs")))),
                preset(study, "fig11-grid-cap", "Fig. 11 — EV supply taken vs S̄_G",
                        "Σ S_i taken as the grid's cap S̄_G goes from 8 to 29 MWh, 1,000 EVs × 5 runs",
                        SweepGrid.of(SweepGrid.axis(FLEET, List.of(1000)), SweepGrid.axis("gridCapKWh",
                                List.of(8000.0, 12000.0, 16000.0, 20000.0, 25000.0, 29000.0))), 5, List.of("milp"),
                        List.of(SweepChart.line("fig11-supply-taken", "Fig. 11 — Σ S_i taken vs S̄_G", "gridCapKWh",
                                "evSupplyKWh", "solver", "S̄_G [kWh]", "Σ S_i [kWh]")
                                .withYs(List.of("evSupplyKWh", "unmetDemandKWh")))),
                preset(study, "fig8-stations", "Fig. 8 — expected suppliers and demanders per station",
                        "Eq. (23) for N_CS = 1…12 on a 20 km road, 500 EVs × 5 runs",
                        SweepGrid.of(SweepGrid.axis("stationCount", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))),
                        5, List.of("no-prosumers"), List.of(
                                SweepChart.line("fig8-suppliers", "Fig. 8 — E(N_Supp) per station", "stationCount",
                                        "expectedSuppliersPerStation", "solver", "N_CS", "EVs per station"),
                                SweepChart.line("fig8-demanders", "Fig. 8 — E(N_Dem) per station", "stationCount",
                                        "expectedDemandersPerStation", "solver", "N_CS", "EVs per station"))),
                preset(study, "fig12-bounds", "Fig. 12 — upper bounds S^UB, D^UB vs simulation per type",
                        "Eqs. (21)–(22) beside the simulated Σ S_i and Σ D_i per type, N_EV 500–2000 × 5 runs",
                        SweepGrid.of(SweepGrid.axis(FLEET, fleets)), 5, List.of("no-prosumers"), List.of(
                                SweepChart.line("fig12a-supply", "Fig. 12(a) — supply: bound and simulation", FLEET,
                                        "supplyUpperBoundKWh", "type", "N_EV", "kWh").onTable(BOUNDS_TABLE)
                                        .withYs(List.of("supplyUpperBoundKWh", "simulatedSupplyKWh")),
                                SweepChart.line("fig12b-demand", "Fig. 12(b) — demand: bound and simulation", FLEET,
                                        "demandUpperBoundKWh", "type", "N_EV", "kWh").onTable(BOUNDS_TABLE)
                                        .withYs(List.of("demandUpperBoundKWh", "simulatedDemandKWh")))),
                preset(study, "grid-source", "Grid source — cost and CO2 with wind, PV and fossil generation",
                        "Problem 1 with m_G 0.05 / 0.088 / 0.786 kg/kWh, 500 EVs × 5 runs",
                        SweepGrid.of(SweepGrid.axis("gridSource", List.of("WIND", "PV", "FOSSIL"))), 5,
                        List.of("milp"), List.of(
                                new SweepChart("grid-source-cost", "Grid cost by source", null, SweepChart.Kind.BAR,
                                        null, List.of("gridCost"), "gridSource", "", "C_G [¤]", false),
                                new SweepChart("grid-source-co2", "CO2 by source", null, SweepChart.Kind.BAR,
                                        null, List.of("co2Kg"), "gridSource", "", "CO2 [kg]", false))));
    }

    private static SweepPreset<NetzeroInstance, NetzeroSolution> preset(NetzeroStudy study, String id, String title,
                                                                        String description, SweepGrid grid, int runs,
                                                                        List<String> solvers,
                                                                        List<SweepChart> charts) {
        List<String> columns = new ArrayList<>();
        grid.axes().forEach(a -> columns.add(a.name()));
        columns.addAll(List.of("run", "solver", "feasible", "gridCost", "gridSupplyKWh", "evSupplyKWh",
                "unmetDemandKWh", "demandKWh", "surplusKWh"));
        boolean bounds = id.equals("fig12-bounds");
        return new SweepPreset<>(id, title, description, grid, runs, 1, solvers, Map.of(), null,
                (project, config, point, seed) -> instance(study, project, config, point, seed), columns, charts,
                bounds ? NetzeroSweepPresets::boundsTable : SweepPreset.noTables());
    }

    /** The project's configuration with the point's values, a drawn fleet (seed = the task's) unless set. */
    static NetzeroInstance instance(NetzeroStudy study, Project project, StudyConfig config, SweepPoint point,
                                    long seed) throws Exception {
        NetzeroParameters base = study.parameters().from(project, config);
        Map<String, Object> values = new LinkedHashMap<>(point.values());
        values.putIfAbsent(FLEET, base.fleetSize() > 0 ? base.fleetSize() : DEFAULT_FLEET);
        // the paper's figures use S̄_G = 29 MWh for 500-2,000 EVs; a sample's cap is sized for its own few vehicles
        values.putIfAbsent("gridCapKWh", PAPER_GRID_CAP_KWH);
        values.put("fleetSeed", seed);
        NetzeroParameters p = RecordValues.withOverrides("netzero sweep point " + point, base, values);
        return study.buildInstanceWith(project, p, null, null);
    }

    private static Map<String, List<Map<String, Object>>> boundsTable(
            FinishedTask<NetzeroInstance, NetzeroSolution> task) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NetzeroTheory.TypeBounds b : NetzeroTheory.bounds(task.instance())) {
            Map<String, Object> r = new LinkedHashMap<>(task.task().point().values());
            r.put("run", task.task().run());
            r.put("type", b.typeId());
            r.putAll(RecordValues.toMap(b));
            rows.add(r);
        }
        return Map.of(BOUNDS_TABLE, rows);
    }
}
