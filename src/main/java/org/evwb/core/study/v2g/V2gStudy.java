package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.Figures;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.DataImporter;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.ObjectiveSpec;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolutionIds;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.TableSpec;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Study {@code v2g} (SPEC §6, paper 003): a depot's EV fleet as a battery for the intraday market over one night.
 * Solvers {@code milp} (OR-Tools, live incumbent and bound, ADP warm start), {@code adp} (paper Algo. 1, forward,
 * three aggregate actions) and {@code greedy} (charge in the cheapest slots). Levels L0–L3 are presets of one model.
 */
public final class V2gStudy implements StudyDefinition<V2gInstance, V2gSchedule> {

    public static final String ID = "v2g";
    /** The sample project's file under {@code sample-projects/}. */
    public static final String SAMPLE = "v2g-fleet.evwb.json";

    /** Parameters of {@code greedy}: none. */
    public record NoParameters() { }

    private final V2gInstanceBuilder builder = new V2gInstanceBuilder();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "An EV fleet as a battery for the wholesale market";
    }

    @Override
    public StudyParameters<V2gParameters> parameters() {
        return builder.parameters();
    }

    @Override
    public V2gInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return builder.build(project, config);
    }

    /** Builds the instance with parameters given directly (sweeps, tests, benchmarks). */
    public V2gInstance buildInstanceWith(Project project, V2gParameters params) throws ProjectFileException {
        return builder.buildWith(project, params);
    }

    @Override
    public List<SolverSpec<V2gInstance, V2gSchedule>> solvers() {
        return List.of(
                SolverSpec.of(V2gMilp.ID, "MILP on OR-Tools with the ADP schedule as warm start: incumbent and bound "
                        + "live (the gap curve), proven gap at the time limit", V2gMilp.Parameters.DEFAULT,
                        V2gMilp::new),
                SolverSpec.of(V2gAdp.ID, "Approximate DP (paper Algo. 1, forward): charge / idle / discharge the "
                        + "fleet, beam of the cheapest states", V2gAdp.Parameters.DEFAULT, V2gAdp::new),
                SolverSpec.of(V2gGreedy.ID, "Charge each EV in its cheapest slots (no discharging)",
                        new NoParameters(), p -> new V2gGreedy()),
                SolverSpec.of(V2gLearned.ID, new V2gLearned(V2gLearned.Parameters.DEFAULT, false).description(),
                        V2gLearned.Parameters.DEFAULT, p -> new V2gLearned(p, false)),
                SolverSpec.of(V2gLearned.QUANTUM_ID, new V2gLearned(V2gLearned.Parameters.DEFAULT, true)
                        .description(), V2gLearned.Parameters.DEFAULT, p -> new V2gLearned(p, true)));
    }

    @Override
    public Checker<V2gInstance, V2gSchedule> checker() {
        return new V2gChecker();
    }

    /**
     * The cost recomputed from the market data, the bound and gap a {@code milp} schedule carries, the fleet's
     * energy in and out, the direction changes and the fleet's size.
     */
    @Override
    public Map<String, Double> objectives(V2gInstance in, V2gSchedule s) {
        Map<String, Double> o = new LinkedHashMap<>();
        int n = in.slotCount();
        double[] fleet = s.evCount() == in.evCount() ? s.fleetKWhPerSlot(n) : new double[n];
        double cost = in.cost(fleet);
        o.put("cost", cost);
        o.put("costWithoutFleet", in.cost(new double[n]));
        o.put("saving", in.cost(new double[n]) - cost);
        if (s.lowerBound() != null) {
            o.put("costLowerBound", s.lowerBound());
            o.put("relativeGapToBound", s.withFigures(cost, s.lowerBound(), s.method()).relativeGap());
        }
        double in2 = 0;
        double out = 0;
        for (double[] row : s.energyKWh()) {
            for (double mu : row) {
                in2 += Math.max(0, mu);
                out += Math.max(0, -mu);
            }
        }
        o.put("energyChargedKWh", in2);
        o.put("energyDischargedKWh", out);
        o.put("directionChanges", (double) directionChanges(s));
        o.put("evs", (double) in.evCount());
        o.put("slots", (double) n);
        return o;
    }

    /** Direction changes over every EV (idling keeps the direction, the first activity is not a change). */
    public static int directionChanges(V2gSchedule s) {
        int changes = 0;
        for (double[] row : s.energyKWh()) {
            int dir = 0;
            for (double mu : row) {
                if (Math.abs(mu) > V2gChecker.IDLE_KWH) {
                    int d = mu > 0 ? 1 : -1;
                    changes += dir != 0 && d != dir ? 1 : 0;
                    dir = d;
                }
            }
        }
        return changes;
    }

    @Override
    public List<ObjectiveSpec> objectiveSpecs() {
        return List.of(
                ObjectiveSpec.of("cost", "Market cost of the night", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.of("costWithoutFleet", "Cost without the fleet", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.of("saving", "Saving against no fleet", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.of("costLowerBound", "Proven lower bound on the cost", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.of("relativeGapToBound", "Relative gap to the bound", "", ObjectiveSpec.Kind.SHARE, 4),
                ObjectiveSpec.of("energyChargedKWh", "Energy charged", "kWh", ObjectiveSpec.Kind.ENERGY, 1),
                ObjectiveSpec.of("energyDischargedKWh", "Energy discharged", "kWh", ObjectiveSpec.Kind.ENERGY, 1),
                ObjectiveSpec.count("directionChanges", "Direction changes"),
                ObjectiveSpec.count("evs", "EVs"),
                ObjectiveSpec.count("slots", "Slots"));
    }

    /** Market energy per slot (residual, fleet, net), the fleet's SoC band, and the per-EV table. */
    @Override
    public List<ReportSection> reportSections(V2gInstance in, V2gSchedule s, RunReport report) {
        int n = in.slotCount();
        if (s.evCount() != in.evCount()) {
            return List.of();
        }
        double[] fleet = s.fleetKWhPerSlot(n);
        List<double[]> residual = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        List<double[]> net = new ArrayList<>();
        List<double[]> price = new ArrayList<>();
        List<double[]> lo = new ArrayList<>();
        List<double[]> mid = new ArrayList<>();
        List<double[]> hi = new ArrayList<>();
        double[][] socs = new double[in.evCount()][];
        for (int i = 0; i < in.evCount(); i++) {
            socs[i] = s.socKWh(in, i);
        }
        for (int k = 0; k < n; k++) {
            double h = in.slots().get(k).startMin() / 60.0;
            residual.add(new double[]{h, in.slots().get(k).volumeKWh()});
            taken.add(new double[]{h, fleet[k]});
            net.add(new double[]{h, in.slots().get(k).volumeKWh() + fleet[k]});
            price.add(new double[]{h, in.slots().get(k).priceRate()});
            double[] col = new double[in.evCount()];
            for (int i = 0; i < in.evCount(); i++) {
                col[i] = socs[i][k];
            }
            java.util.Arrays.sort(col);
            lo.add(new double[]{h, col.length == 0 ? 0 : col[0]});
            mid.add(new double[]{h, col.length == 0 ? 0 : col[col.length / 2]});
            hi.add(new double[]{h, col.length == 0 ? 0 : col[col.length - 1]});
        }
        ChartSpec energy = ChartSpec.lines("market-energy", "Market energy per slot", new ChartSpec.Axis("Time",
                "h"), new ChartSpec.Axis("Energy", "kWh"), List.of(new ChartSpec.XySeries("residual v_k", residual),
                new ChartSpec.XySeries("fleet Σμ_k", taken), new ChartSpec.XySeries("net x_k", net)));
        ChartSpec prices = ChartSpec.lines("price", "Intraday price", new ChartSpec.Axis("Time", "h"),
                new ChartSpec.Axis("Price", "¤/kWh"), List.of(new ChartSpec.XySeries("ρ_k", price)));
        ChartSpec band = ChartSpec.lines("soc-band", "Fleet SoC band", new ChartSpec.Axis("Time", "h"),
                new ChartSpec.Axis("SoC", "kWh"), List.of(new ChartSpec.XySeries("min", lo),
                new ChartSpec.XySeries("median", mid), new ChartSpec.XySeries("max", hi)));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < in.evCount(); i++) {
            V2gEv ev = in.evs().get(i);
            double charged = 0;
            double given = 0;
            for (double mu : s.energyKWh()[i]) {
                charged += Math.max(0, mu);
                given += Math.max(0, -mu);
            }
            rows.add(List.of(ev.id(), Figures.fixed(ev.initialKWh(), 1), Figures.fixed(ev.targetKWh(), 1),
                    Figures.fixed(n == 0 ? ev.initialKWh() : socs[i][n - 1], 1), Figures.fixed(charged, 1),
                    Figures.fixed(given, 1)));
        }
        TableSpec table = new TableSpec("evs", "EVs", List.of("EV", "Initial SoC (kWh)", "Target (kWh)",
                "Final SoC (kWh)", "Charged (kWh)", "Discharged (kWh)"), rows);
        return List.of(new ReportSection("Fleet and market", "Level L" + in.level() + ", " + in.evCount() + " EVs at "
                + in.depotId() + ", " + n + " slots of " + Figures.fixed(in.slotMinutes(), 0) + " min. The fleet's "
                + "energy per slot against the residual volume, the price, and the SoC band over the EVs.",
                List.of(energy, prices, band), List.of(table)));
    }

    @Override
    public SolutionFormat<V2gInstance, V2gSchedule, V2gSolutionDocument> solutionFormat() {
        return SolutionFormat.of(V2gSolutionDocument.class, V2gStudy::document, V2gStudy::schedule);
    }

    private static V2gSolutionDocument document(V2gInstance in, V2gSchedule s) {
        List<V2gSolutionDocument.EvRow> rows = new ArrayList<>();
        for (int i = 0; i < s.evCount(); i++) {
            List<Double> e = new ArrayList<>();
            for (double mu : s.energyKWh()[i]) {
                e.add(mu);
            }
            rows.add(new V2gSolutionDocument.EvRow(i < in.evCount() ? in.evs().get(i).id() : "ev" + i, e));
        }
        return new V2gSolutionDocument(s.reportedCost(), s.lowerBound(), s.method(), rows);
    }

    private static V2gSchedule schedule(V2gInstance in, V2gSolutionDocument d) throws ProjectFileException {
        SolutionIds ids = SolutionIds.of("EV of the depot", in.evs(), V2gEv::id);
        double[][] mu = new double[in.evCount()][in.slotCount()];
        boolean[] seen = new boolean[in.evCount()];
        for (int r = 0; r < d.evs().size(); r++) {
            String path = SolutionFormat.ROOT + ".evs[" + r + "]";
            V2gSolutionDocument.EvRow row = d.evs().get(r);
            int i = ids.indexOf(row.ev(), path + ".ev");
            if (seen[i]) {
                throw new ProjectFileException(SolutionFormat.SOURCE, path + ".ev", "EV " + row.ev()
                        + " appears twice; give each EV one row");
            }
            seen[i] = true;
            if (row.energyKWh().size() != in.slotCount()) {
                throw new ProjectFileException(SolutionFormat.SOURCE, path + ".energyKWh", "has "
                        + row.energyKWh().size() + " values for " + in.slotCount() + " slots; give one per slot");
            }
            for (int k = 0; k < in.slotCount(); k++) {
                Double v = row.energyKWh().get(k);
                if (v == null) {
                    throw new ProjectFileException(SolutionFormat.SOURCE, path + ".energyKWh[" + k + "]",
                            "missing; write 0 for an idle slot");
                }
                mu[i][k] = v;
            }
        }
        // an EV without a row idles all night: the checker then reports its final SoC if it needed charging
        return new V2gSchedule(mu, d.costReported(), d.lowerBound(), d.method());
    }

    @Override
    public List<GeneratorSpec> generators() {
        return V2gGenerators.specs();
    }

    /** Paper 003's Figs. 4 and 5: cost and run time per method vs fleet size. */
    @Override
    public List<SweepPreset<V2gInstance, V2gSchedule>> sweepPresets() {
        return V2gSweepPresets.of(this);
    }

    @Override
    public Optional<Project> sampleProject() {
        return Optional.of(ClasspathSamples.load(SAMPLE));
    }

    /** A market day (timestamp, price, volume[, excess_cost]) replacing the configuration's market series. */
    @Override
    public List<DataImporter> importers() {
        return List.of(V2gMarketImport.importer(this));
    }
}
