package org.evwb.core.study.netzero;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.ObjectiveSpec;
import org.evwb.core.solve.ParameterNote;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolutionIds;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.sweep.SweepPreset;

/**
 * Study {@code netzero} (SPEC §7, paper 004): a road's EVs demand and offer energy, wind and PV add theirs, and the
 * grid chooses its supply S_G and which EV offers to take at least cost (Problem 1, eqs. (10)–(12)), with a CO2
 * penalty on its own generation. Solvers {@code milp} (Problem 1 on OR-Tools), {@code no-optimisation} and
 * {@code no-prosumers} (the baselines of Fig. 14 / Table VIII). Analyses: the incentive game ({@link NetzeroGame}),
 * the bounds and station count ({@link NetzeroTheory}), the three-way comparison ({@link NetzeroComparison}).
 */
public final class NetzeroStudy implements StudyDefinition<NetzeroInstance, NetzeroSolution> {

    public static final String ID = "netzero";

    /** The sample project's file under {@code sample-projects/}. */
    public static final String SAMPLE = "netzero-highway.evwb.json";

    private final NetzeroInstanceBuilder builder = new NetzeroInstanceBuilder();
    private final NetzeroSources sources;

    /** The study without SUMO, FCD or forecast sources (a configuration naming one is refused with a message). */
    public NetzeroStudy() {
        this(NetzeroSources.NONE);
    }

    /** The study with the sources a run's {@code speedSource}/{@code supplySource} parameters may name. */
    public NetzeroStudy(NetzeroSources sources) {
        this.sources = java.util.Objects.requireNonNull(sources, "sources");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Net-zero grid cost with EV prosumers";
    }

    @Override
    public StudyParameters<NetzeroParameters> parameters() {
        return builder.parameters();
    }

    @Override
    public List<ParameterNote> parameterNotes() {
        return List.of(
                ParameterNote.always("alpha", "α of eq. (9), applied to SOC_r as eq. (9) and Algorithm 1 print it "
                        + "(Table V says of SOC_c)."),
                ParameterNote.always("carShare", "Table VI prints 60/40/40 %; bus and lorry split the 40 % equally "
                        + "(60/20/20). The three shares must sum to 1."),
                ParameterNote.always("incentivePerKWh", "With β = 10 the utility U_i is positive for every offer, so "
                        + "C2 never binds: Figs. 6–7's falls do not appear."),
                ParameterNote.always("gridCapKWh", "S̄_G of C1; Fig. 14 uses 29 MWh for 500–2,000 EVs."),
                ParameterNote.always("initialChargeMinShare", "SOC_c = BC·U(this, 1): Table VI's μ_SOC, σ_SOC serve "
                        + "only the theory (read literally nobody supplies)."));
    }

    /** The configuration's checks, then the sources' own: the FCD file exists, SUMO is installed (nothing runs). */
    @Override
    public List<Problem> checkRun(Project project, StudyConfig config) {
        List<Problem> problems = checkConfig(project, config);
        if (!problems.isEmpty()) {
            return problems;
        }
        NetzeroParameters p;
        try {
            p = builder.parameters().from(project, config);
        } catch (ProjectFileException e) {
            return e.problems();
        }
        return p.builtInSources() ? List.of() : sources.preflight(project, p, parametersPath(project, config));
    }

    private static String parametersPath(Project project, StudyConfig config) {
        return config == null ? "$.studies[?(@.study == 'netzero')].parameters"
                : project.jsonPathOf(config) + ".parameters";
    }

    @Override
    public NetzeroInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return buildInstance(project, config, RunContext.of(0));
    }

    /**
     * The instance with the configuration's speed and supply sources; a SUMO run or a forecast's training reports
     * its progress to {@code ctx} and stops when it is cancelled.
     */
    @Override
    public NetzeroInstance buildInstance(Project project, StudyConfig config, RunContext ctx)
            throws ProjectFileException {
        NetzeroParameters p = builder.parameters().from(project, config);
        if (p.builtInSources()) {
            return builder.buildWith(project, p, null, null);
        }
        return sources.build(this, project, p, parametersPath(project, config), ctx);
    }

    /**
     * Whether building this configuration's instance would run nothing costly — no SUMO run, no forecast training —
     * because every source it names is cached (or it names none): what the window asks before it builds a fleet on
     * opening a project. {@link #buildInstance(Project, StudyConfig, RunContext)} is the "get or build", with
     * progress and cancel through its context.
     */
    public boolean sourcesCached(Project project, StudyConfig config) throws ProjectFileException {
        NetzeroParameters p = builder.parameters().from(project, config);
        return p.builtInSources() || sources.isCached(this, project, p);
    }

    /** The weather year the parameters name (imported series or the synthetic year), for forecasts. */
    public WeatherYear weatherYear(Project project, NetzeroParameters p) throws ProjectFileException {
        return builder.weatherYear(project, p);
    }

    /** The instance with parameters given directly and optional speed-profile and renewable sources (seams). */
    public NetzeroInstance buildInstanceWith(Project project, NetzeroParameters p, SpeedProfileSource profiles,
                                             RenewableSupply supply) throws ProjectFileException {
        return builder.buildWith(project, p, profiles, supply);
    }

    @Override
    public List<SolverSpec<NetzeroInstance, NetzeroSolution>> solvers() {
        return List.of(
                SolverSpec.of("milp", "Problem 1: grid supply and EV offers at least cost (exact subset-sum per cost piece; MILP on OR-Tools SCIP/CBC)",
                        NetzeroMilp.Parameters.DEFAULT, NetzeroMilp::new),
                SolverSpec.of("no-optimisation", "Baseline: the grid supplies S̄_G, no prosumers",
                        new GridOnly.NoParameters(), q -> new GridOnly(Strategy.NO_OPTIMISATION)),
                SolverSpec.of("no-prosumers", "Baseline: optimised grid supply, no prosumers",
                        new GridOnly.NoParameters(), q -> new GridOnly(Strategy.NO_PROSUMERS)));
    }

    @Override
    public Checker<NetzeroInstance, NetzeroSolution> checker() {
        return new NetzeroChecker();
    }

    @Override
    public List<ObjectiveSpec> objectiveSpecs() {
        return List.of(
                ObjectiveSpec.of("gridCost", "Grid cost C_G", "¤", ObjectiveSpec.Kind.MONEY, 2),
                ObjectiveSpec.of("co2Kg", "CO2 of the grid's generation", "kg", ObjectiveSpec.Kind.MASS, 2),
                ObjectiveSpec.of("gridSupplyKWh", "Grid supply S_G", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.of("gridLoadReductionPct", "Grid load below S̄_G", "%", ObjectiveSpec.Kind.SHARE, 2),
                ObjectiveSpec.of("evSupplyKWh", "EV supply taken Σ S_i", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.count("evSuppliersTaken", "EV offers taken"),
                ObjectiveSpec.count("admittedOffers", "Offers C2 admits"),
                ObjectiveSpec.of("surplusKWh", "EV surplus offered", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.of("surplusTakenPct", "Share of the surplus taken", "%", ObjectiveSpec.Kind.SHARE, 2),
                ObjectiveSpec.of("demandKWh", "Demand Σ D_i", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.count("demandingEvs", "EVs with a demand"),
                ObjectiveSpec.of("renewableKWh", "Wind and PV supply", "kWh", ObjectiveSpec.Kind.ENERGY, 3),
                ObjectiveSpec.of("unmetDemandKWh", "Unmet demand", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.of("milpRelativeGap", "MILP relative gap", "", ObjectiveSpec.Kind.OTHER,
                        ObjectiveSpec.SIGNIFICANT),
                ObjectiveSpec.of("expectedSuppliersPerStation", "E(N_Supp) per station, eq. (23)", "EVs",
                        ObjectiveSpec.Kind.OTHER, 3),
                ObjectiveSpec.of("expectedDemandersPerStation", "E(N_Dem) per station", "EVs",
                        ObjectiveSpec.Kind.OTHER, 2),
                ObjectiveSpec.count("cooperatingEvs", "Cooperating EVs (Proposition 1)"),
                ObjectiveSpec.count("proposition2Evs", "EVs that do not conspire (Proposition 2)"));
    }

    @Override
    public Map<String, Double> objectives(NetzeroInstance in, NetzeroSolution s) {
        NetzeroParameters p = in.parameters();
        double ev = 0;
        int taken = 0;
        for (int i : s.taken()) {
            if (i >= 0 && i < in.evs().size()) {
                ev += in.evs().get(i).supplyKWh();
                taken++;
            }
        }
        Map<String, Double> o = new LinkedHashMap<>();
        o.put("gridCost", NetzeroCosts.gridCost(p, s.gridSupplyKWh(), ev));
        o.put("co2Kg", p.co2KgPerKWh() * s.gridSupplyKWh());
        o.put("gridSupplyKWh", s.gridSupplyKWh());
        o.put("gridLoadReductionPct", p.gridCapKWh() > 0 ? 100 * (1 - s.gridSupplyKWh() / p.gridCapKWh()) : 0);
        o.put("evSupplyKWh", ev);
        o.put("evSuppliersTaken", (double) taken);
        o.put("admittedOffers", (double) in.eligible().length);
        double surplus = in.surplusKWh();
        o.put("surplusKWh", surplus);
        o.put("surplusTakenPct", surplus > 0 ? 100 * ev / surplus : 0);
        o.put("demandKWh", in.demandKWh());
        o.put("demandingEvs", (double) in.evs().stream().filter(e -> e.demandKWh() > 0).count());
        o.put("renewableKWh", in.renewableKWh());
        o.put("unmetDemandKWh", NetzeroCosts.shortfallKWh(in, s.gridSupplyKWh(), ev));
        if (s.solve() != null && !Double.isNaN(s.solve().relativeGap())) {
            o.put("milpRelativeGap", s.solve().relativeGap());
        }
        NetzeroTheory.StationPoint station = NetzeroTheory.station(in, in.stationCount());
        o.put("expectedSuppliersPerStation", station.expectedSuppliers());
        o.put("expectedDemandersPerStation", station.expectedDemanders());
        NetzeroGame game = NetzeroGame.of(in);
        o.put("cooperatingEvs", (double) game.proposition1Count());
        o.put("proposition2Evs", (double) game.proposition2Count());
        return o;
    }

    @Override
    public List<ReportSection> reportSections(NetzeroInstance in, NetzeroSolution s, RunReport report) {
        return NetzeroReport.sections(in, s);
    }

    @Override
    public SolutionFormat<NetzeroInstance, NetzeroSolution, NetzeroSolutionDocument> solutionFormat() {
        return SolutionFormat.of(NetzeroSolutionDocument.class, NetzeroStudy::document, NetzeroStudy::solution);
    }

    private static NetzeroSolutionDocument document(NetzeroInstance in, NetzeroSolution s) {
        NetzeroSolution.Reported r = s.reported();
        List<NetzeroSolution.EvFigures> figs = r == null ? List.of() : r.evs();
        List<NetzeroSolutionDocument.Ev> rows = new ArrayList<>();
        for (int i = 0; i < in.evs().size(); i++) {
            NetzeroEv e = in.evs().get(i);
            NetzeroSolution.EvFigures f = figs.size() == in.evs().size() ? figs.get(i) : null;
            rows.add(new NetzeroSolutionDocument.Ev(e.id(), s.isTaken(i), f == null ? null : f.consumptionKWh(),
                    f == null ? null : f.demandKWh(), f == null ? null : f.supplyKWh(),
                    f == null ? null : f.utility(), f == null ? null : f.station()));
        }
        return new NetzeroSolutionDocument(s.strategy(), s.gridSupplyKWh(), s.unmetKWh(),
                r == null ? null : r.gridCost(), r == null ? null : r.co2Kg(), r == null ? null : r.evSupplyKWh(),
                s.solve(), rows);
    }

    /** EVs the document does not list are not taken; every figure is kept as read for the checker. */
    private static NetzeroSolution solution(NetzeroInstance in, NetzeroSolutionDocument d)
            throws ProjectFileException {
        SolutionIds ids = SolutionIds.of("EV", in.evs(), NetzeroEv::id);
        List<Integer> taken = new ArrayList<>();
        List<NetzeroSolution.EvFigures> figs = new ArrayList<>();
        boolean complete = d.evs() != null && d.evs().size() == in.evs().size();
        List<NetzeroSolutionDocument.Ev> evs = d.evs() == null ? List.of() : d.evs();
        for (int k = 0; k < evs.size(); k++) {
            NetzeroSolutionDocument.Ev e = evs.get(k);
            int i = ids.indexOf(e.id(), SolutionFormat.ROOT + ".evs[" + k + "].id");
            if (e.taken()) {
                taken.add(i);
            }
            figs.add(new NetzeroSolution.EvFigures(e.id(), nan(e.consumptionKWh()), nan(e.demandKWh()),
                    nan(e.supplyKWh()), nan(e.utility()), e.station()));
        }
        NetzeroSolution.Reported r = new NetzeroSolution.Reported(nan(d.gridCost()), nan(d.co2Kg()),
                nan(d.evSupplyKWh()), complete ? figs : List.of());
        return new NetzeroSolution(d.strategy() == null ? Strategy.PROSUMERS : d.strategy(), d.gridSupplyKWh(),
                taken.stream().mapToInt(Integer::intValue).toArray(), d.unmetDemandKWh(), r, d.solve());
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    @Override
    public List<GeneratorSpec> generators() {
        return List.of(GeneratorSpec.of(NetzeroGenerator.ID, "The paper's highway (§V-A): N EVs of Table VI's "
                + "types (60/20/20) on a road with charging stations, wind and PV farms", NetzeroGenerator.Parameters
                .DEFAULT, (g, seed, ctx) -> new GeneratorSpec.Generated(NetzeroGenerator.generate(g, seed), g.evs()
                + " EVs, " + g.stations() + " stations, " + g.windSources() + " wind and " + g.pvSources()
                + " PV sources on " + g.roadLengthKm() + " km (seed " + seed + ")")));
    }

    @Override
    public List<SweepPreset<NetzeroInstance, NetzeroSolution>> sweepPresets() {
        return NetzeroSweepPresets.of(this);
    }

    @Override
    public Optional<Project> sampleProject() {
        return Optional.of(ClasspathSamples.load(SAMPLE));
    }
}
