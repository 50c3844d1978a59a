package org.evwb.core.study.motorway;

import org.evwb.core.Figures;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.report.TableSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.ObjectiveSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.study.QuboFormulation;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboSolvers;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.project.Vehicle;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.ClasspathSamples;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolutionIds;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwayInstance.Station;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/**
 * Study {@code motorway} (SPEC §5, paper 002): conflict-free charging of electric vehicles on a one-way motorway.
 * Solvers: {@code cpsat} (exact, with a proof of infeasibility), {@code greedy}, and the QUBO samplers of
 * {@link MotorwayQuboFormulation}: {@code anneal}, {@code tabu}, {@code exact} and {@code random} on the GCM QUBO,
 * {@code qaoa} on the SCM with the higher-order station penalty. The QUBO solvers take the engine's own parameter
 * records; weights A and B are study parameters.
 */
public final class MotorwayStudy implements QuboStudy<MotorwayInstance, MotorwaySchedule> {

    public static final String ID = "motorway";

    private final MotorwayChecker checker = new MotorwayChecker();
    private final MotorwayQuboFormulation formulation = new MotorwayQuboFormulation();
    private final StudyParameters<MotorwayParameters> parameters = StudyParameters.of(ID, MotorwayParameters.DEFAULT);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Motorway: conflict-free charging of electric vehicles";
    }

    @Override
    public StudyParameters<MotorwayParameters> parameters() {
        return parameters;
    }

    /** Beside the model choices that change schedules sharply (docs/studies/motorway.md). */
    @Override
    public List<org.evwb.core.solve.ParameterNote> parameterNotes() {
        return List.of(
                org.evwb.core.solve.ParameterNote.when("model", MotorwayParameters.ChargingPointModel.STATION,
                        "Model II: a station runs up to b_j EMVs at once, whichever charger; far fewer conflicts "
                                + "than Model I's per-charger rule."),
                org.evwb.core.solve.ParameterNote.when("stationRule", MotorwayParameters.StationRule.PAPER_PAIRWISE,
                        "The paper's pairwise rule rejects some schedules that never exceed a station's capacity "
                                + "(paper Fig. 7); the exact rule accepts them."),
                org.evwb.core.solve.ParameterNote.when("allowWaiting", true, "Beyond the paper: an EMV may wait "
                        + "for a free charger, so schedules the paper calls infeasible become feasible with "
                        + "waiting time."),
                org.evwb.core.solve.ParameterNote.always("objective", "Only the exact solver (cpsat) optimises it; "
                        + "the paper asks for feasibility only."),
                org.evwb.core.solve.ParameterNote.always("weightA", "QUBO one-hot weight A: too small against B "
                        + "and samples leave EMVs with no or two stations."));
    }

    @Override
    public MotorwayInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        MotorwayParameters params = parameters.from(project, config);
        List<Problem> problems = motorwayOf(project, config, params);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(project.name().isBlank() ? "project" : project.name(), problems);
        }
        return new MotorwayInstanceBuilder(params).build(project);
    }

    /** Besides the parameters' values: a {@code motorwayId} must name a motorway of the project. */
    @Override
    public List<Problem> checkConfig(Project project, StudyConfig config) {
        List<Problem> problems = parameters.check(project, config);
        if (problems.isEmpty()) {
            try {
                problems.addAll(motorwayOf(project, config, parameters.from(project, config)));
            } catch (ProjectFileException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    private static List<Problem> motorwayOf(Project project, StudyConfig config, MotorwayParameters params) {
        String id = params.motorwayId();
        if (id == null || project.find(Motorway.class, id).isPresent()) {
            return new ArrayList<>();
        }
        List<Problem> out = new ArrayList<>();
        out.add(new Problem(project.jsonPathOf(config) + ".parameters.motorwayId", "unknown motorway \"" + id
                + "\"; use the id of a motorway in $.infrastructure.motorways ("
                + String.join(", ", project.infrastructure().motorways().stream().map(Motorway::id).toList())
                + ") or leave motorwayId out for the first one"));
        return out;
    }

    /** {@code cpsat} and {@code greedy}, then the QUBO samplers; the study's exact {@code cpsat} replaces the sampler one. */
    @Override
    public List<SolverSpec<MotorwayInstance, MotorwaySchedule>> solvers() {
        return QuboSolvers.withSamplers(List.of(
                SolverSpec.of(CpSatSolver.ID, "OR-Tools CP-SAT: a conflict-free schedule (optimal for the chosen "
                        + "objective) or a proof that none exists", CpSatSolver.Parameters.DEFAULT, CpSatSolver::new),
                SolverSpec.of(GreedySolver.ID, "EMVs by arrival, fastest reachable mode with a free charger",
                        new GreedySolver.Parameters(), p -> new GreedySolver())), formulation);
    }

    @Override
    public QuboFormulation<MotorwayInstance, MotorwaySchedule> quboFormulation() {
        return formulation;
    }

    @Override
    public Checker<MotorwayInstance, MotorwaySchedule> checker() {
        return checker;
    }

    /** Trip and waiting times in minutes, energy in kWh, the rest counts; CP-SAT's bound and gap are the platform's. */
    @Override
    public List<ObjectiveSpec> objectiveSpecs() {
        return List.of(
                ObjectiveSpec.count("conflicts", "Charging conflicts"),
                ObjectiveSpec.count("unscheduledEmvs", "Unscheduled EMVs"),
                ObjectiveSpec.of("totalTripMin", "Total trip time", "min", ObjectiveSpec.Kind.TIME, 1),
                ObjectiveSpec.of("totalEnergyKWh", "Total driving energy", "kWh", ObjectiveSpec.Kind.ENERGY, 2),
                ObjectiveSpec.of("totalWaitingMin", "Total waiting time", "min", ObjectiveSpec.Kind.TIME, 1),
                ObjectiveSpec.count("waitingEmvs", "EMVs that wait"),
                ObjectiveSpec.count("provedInfeasible", "Proved infeasible (1 = yes)"));
    }

    /**
     * The schedule as a Gantt chart (chargers × time, one colour per driving mode) and the per-EMV trip table, from
     * the same plain-terms document the result file holds.
     */
    @Override
    public List<ReportSection> reportSections(MotorwayInstance instance, MotorwaySchedule solution,
                                              RunReport report) {
        MotorwaySolutionDocument d = document(instance, solution);
        List<ChartSpec.Interval> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (MotorwaySolutionDocument.Assignment a : d.assignments()) {
            String station = a.stationName() != null ? a.stationName() : a.station();
            String name = a.vehicleName() != null ? a.vehicleName() : a.vehicle();
            if (a.station() != null && a.endMin() > a.startMin()) {
                bars.add(new ChartSpec.Interval(station + " / " + (a.charger() == null ? "?" : a.charger()),
                        "mode " + a.mode(), a.startMin(), a.endMin(), name));
            }
            rows.add(List.of(a.vehicle(), name, Integer.toString(a.mode()),
                    a.speedKmh() == null ? "" : Figures.fixed(a.speedKmh(), 1),
                    station == null ? "" : station, a.charger() == null ? "" : a.charger(),
                    Figures.fixed(a.startMin(), 1), Figures.fixed(a.endMin(), 1),
                    Figures.fixed(a.endMin() - a.startMin(), 1)));
        }
        ChartSpec gantt = ChartSpec.gantt("gantt", "Charging schedule (Gantt)", new ChartSpec.Axis("Charger", ""),
                new ChartSpec.Axis("Time", "min"), bars);
        TableSpec trips = new TableSpec("trips", "Per-EMV trips", List.of("EMV", "Name", "Mode", "Speed (km/h)",
                "Station", "Charger", "Charging start (min)", "Charging end (min)", "Charging (min)"), rows);
        return List.of(new ReportSection("Schedule", "Each EMV's driving mode, charging station and charger, and "
                + "when it charges (minutes from the start of the study).", List.of(gantt), List.of(trips)));
    }

    @Override
    public Map<String, Double> objectives(MotorwayInstance instance, MotorwaySchedule solution) {
        Map<String, Double> m = MotorwayMetrics.of(instance, solution, checker);
        if (solution.quboStats() != null) {
            m.putAll(solution.quboStats().toObjectives());
        }
        if (solution.cpsatObjective() != null) {
            // how far from optimal the schedule can at most be, also when the run stopped at its time limit
            m.put("objectiveBound", solution.cpsatObjective().bound());
            m.put("relativeGap", solution.cpsatObjective().relativeGap());
        }
        return m;
    }

    @Override
    public SolutionFormat<MotorwayInstance, MotorwaySchedule, MotorwaySolutionDocument> solutionFormat() {
        return SolutionFormat.of(MotorwaySolutionDocument.class, MotorwayStudy::document, MotorwayStudy::schedule);
    }

    private static MotorwaySolutionDocument document(MotorwayInstance in, MotorwaySchedule s) {
        List<MotorwaySolutionDocument.Assignment> list = new ArrayList<>();
        for (Assignment a : s.assignments()) {
            Emv e = in.emvs().stream().filter(x -> x.vehicleId().equals(a.vehicleId())).findFirst().orElse(null);
            boolean mode = e != null && a.mode() >= 0 && a.mode() < e.modes().size();
            String stationName = in.stations().stream().filter(x -> x.id().equals(a.stationId())).map(Station::label)
                    .findFirst().orElse(null);
            // the schedule's own figures when it reports them, else the instance's
            Double speed = a.speedKmh() != null ? a.speedKmh() : mode ? e.modes().get(a.mode()).speedKmh() : null;
            Double perKm = a.consumptionWhPerKm() != null ? a.consumptionWhPerKm()
                    : mode ? e.modes().get(a.mode()).consumptionWhPerKm() : null;
            list.add(new MotorwaySolutionDocument.Assignment(a.vehicleId(), e == null ? null : e.label(),
                    a.mode() + 1, speed, perKm, a.stationId(), stationName, a.chargerId(), a.startMin(),
                    a.endMin()));
        }
        return new MotorwaySolutionDocument(s.status(), s.reportedConflicts(), list, s.quboStats(),
                s.cpsatObjective());
    }

    /**
     * Ids must exist in the project (vehicle, station, and the charger at that station); whether they make sense for
     * this section (a trip on it, a reachable station) is the checker's verdict, not a reading error.
     */
    private static MotorwaySchedule schedule(MotorwayInstance in, MotorwaySolutionDocument d)
            throws ProjectFileException {
        Project p = in.project();
        SolutionIds vehicles = SolutionIds.of("vehicle", p.fleet().vehicles(), Vehicle::id);
        List<ChargingStation> css = p.infrastructure().chargingStations();
        SolutionIds stations = SolutionIds.of("charging station", css, ChargingStation::id);
        List<Assignment> list = new ArrayList<>();
        for (int i = 0; i < d.assignments().size(); i++) {
            MotorwaySolutionDocument.Assignment a = d.assignments().get(i);
            String path = SolutionFormat.ROOT + ".assignments[" + i + "]";
            vehicles.indexOf(a.vehicle(), path + ".vehicle");
            ChargingStation cs = css.get(stations.indexOf(a.station(), path + ".station"));
            if (a.charger() != null) {
                SolutionIds.of("charger of station " + cs.id(), cs.chargers(), Charger::id)
                        .indexOf(a.charger(), path + ".charger");
            }
            // the reported speed and consumption are kept: the checker recomputes them
            list.add(new Assignment(a.vehicle(), a.mode() - 1, a.station(), a.charger(), a.startMin(), a.endMin(),
                    a.speedKmh(), a.consumptionWhPerKm()));
        }
        return new MotorwaySchedule(list, d.status(), d.reportedConflicts() == null ? -1 : d.reportedConflicts(),
                d.qubo(), d.cpsat());
    }

    @Override
    public List<GeneratorSpec> generators() {
        return List.of(GeneratorSpec.of(MotorwayGenerator.GENERATOR_ID, "The paper's generator (§4.2): a motorway "
                + "section with stations of 2-3 chargers and EMVs; feasible at the lowest speed, confirmed by the "
                + "checker", MotorwayGenerator.Parameters.DEFAULT, (p, seed, ctx) -> {
                    MotorwayGenerator.Generated g = new MotorwayGenerator().generate(p, seed);
                    return new GeneratorSpec.Generated(g.project(), summary(g, p, seed));
                }));
    }

    private static String summary(MotorwayGenerator.Generated g, MotorwayGenerator.Parameters p, long seed) {
        var infra = g.project().infrastructure();
        int chargers = infra.chargingStations().stream().mapToInt(s -> s.chargers().size()).sum();
        return String.format(Locale.ROOT, "%d EMVs, %.1f km, %d nodes, %d stations with %d chargers, %d driving "
                        + "modes (seed %d); the checker confirmed that the lowest-speed schedule of all %d EMVs is "
                        + "conflict-free (Model I, no waiting)", g.project().fleet().vehicles().size(),
                infra.motorways().get(0).lengthKm(), infra.motorways().get(0).nodes().size(),
                infra.chargingStations().size(), chargers, p.modeCount(), seed, g.witness().assignments().size());
    }

    /** Total trip time vs fleet size and vs station count ({@link MotorwaySweepPresets}). */
    @Override
    public List<org.evwb.core.solve.sweep.SweepPreset<MotorwayInstance, MotorwaySchedule>> sweepPresets() {
        return MotorwaySweepPresets.of(this);
    }

    /** The A4 preset of the paper's QAOA case: 5 EMVs, 18 station options (qubits), 36 GCM variables. */
    @Override
    public Optional<Project> sampleProject() {
        return Optional.of(ClasspathSamples.load(SAMPLE));
    }

    /** The sample project's file under {@code sample-projects/}. */
    public static final String SAMPLE = "motorway-a4.evwb.json";
}
