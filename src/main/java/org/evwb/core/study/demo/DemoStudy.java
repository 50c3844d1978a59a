package org.evwb.core.study.demo;

import org.evwb.core.Figures;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.report.TableSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.ObjectiveSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.geo.Geo;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolutionIds;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.Violation;

/**
 * A small built-in study that exercises the whole pipeline before the published studies exist, and that every
 * project with vehicles and charging stations can run: send each vehicle to a charging station with a free charger,
 * minimising the total straight-line distance. Solvers: {@code greedy} (nearest free station, vehicles in file
 * order) and {@code local-search} (pairwise swaps until no swap helps, time-limited; it sleeps between steps when
 * asked, which makes it the deliberately slow solver for cancellation tests).
 */
public final class DemoStudy implements StudyDefinition<DemoInstance, DemoSolution> {

    public static final String ID = "demo";

    /** Parameters of {@code greedy}: none. */
    public record GreedyParameters() { }

    /** Parameters of {@code local-search}. */
    public record LocalSearchParameters(int maxRounds, long pauseMillisPerStep) {
        public LocalSearchParameters {
            if (maxRounds < 0 || pauseMillisPerStep < 0) {
                throw new IllegalArgumentException("maxRounds and pauseMillisPerStep must be >= 0");
            }
        }
    }

    private final StudyParameters<StudyParameters.None> parameters = StudyParameters.none(ID);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Demo: vehicles to the nearest free charger";
    }

    @Override
    public StudyParameters<StudyParameters.None> parameters() {
        return parameters;
    }

    @Override
    public DemoInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        parameters.from(project, config); // the demo has no parameters: this refuses any a configuration names
        List<DemoInstance.Site> vehicles = new ArrayList<>();
        for (Vehicle v : project.fleet().vehicles()) {
            vehicles.add(new DemoInstance.Site(v.id(), v.position()));
        }
        List<DemoInstance.Site> stations = new ArrayList<>();
        List<ChargingStation> css = project.infrastructure().chargingStations();
        int[] capacity = new int[css.size()];
        for (int i = 0; i < css.size(); i++) {
            stations.add(new DemoInstance.Site(css.get(i).id(), css.get(i).position()));
            capacity[i] = css.get(i).chargers().size();
        }
        if (stations.isEmpty()) {
            throw new ProjectFileException(project.name(), "$.infrastructure.chargingStations", vehicles.isEmpty()
                    ? "the demo study needs vehicles and charging stations; this project has none"
                    : "the demo study needs charging stations (each vehicle goes to the nearest one with a free "
                    + "charger); this project has none");
        }
        return new DemoInstance(vehicles, stations, capacity);
    }

    @Override
    public List<SolverSpec<DemoInstance, DemoSolution>> solvers() {
        return List.of(
                SolverSpec.of("greedy", "Nearest station with a free charger, vehicles in file order",
                        new GreedyParameters(), p -> new DemoGreedy()),
                SolverSpec.of("local-search", "Greedy start, then improving swaps and moves until none helps",
                        new LocalSearchParameters(1000, 0), DemoLocalSearch::new));
    }

    @Override
    public Checker<DemoInstance, DemoSolution> checker() {
        return DemoStudy::check;
    }

    /**
     * The independent checker: station indices valid, no station over its charger count, no idle charger while a
     * vehicle waits, and every reported distance recomputed from the positions ({@link ReportedFigures}).
     */
    static List<Violation> check(DemoInstance in, DemoSolution s) {
        List<Violation> out = new ArrayList<>();
        int[] st = s.stationOf();
        if (st.length != in.vehicles().size()) {
            out.add(new Violation("solution-size", "the solution has " + st.length + " entries for "
                    + in.vehicles().size() + " vehicles"));
            return out;
        }
        int[] load = new int[in.stations().size()];
        for (int v = 0; v < st.length; v++) {
            if (st[v] < -1 || st[v] >= load.length) {
                out.add(new Violation("unknown-station", "vehicle " + in.vehicles().get(v).id()
                        + " is sent to station index " + st[v]));
            } else if (st[v] >= 0) {
                load[st[v]]++;
            }
        }
        for (int j = 0; j < load.length; j++) {
            if (load[j] > in.capacity()[j]) {
                out.add(new Violation("station-capacity", "station " + in.stations().get(j).id() + " gets "
                        + load[j] + " vehicles for " + in.capacity()[j] + " chargers"));
            }
        }
        for (int v = 0; v < st.length; v++) {
            Double reported = s.reportedDistanceKm(v);
            String path = SolutionFormat.ROOT + ".assignments[?(@.vehicle == '" + in.vehicles().get(v).id()
                    + "')].distanceKm";
            if (reported == null) {
                continue;
            }
            if (st[v] < 0 || st[v] >= load.length) {
                out.add(ReportedFigures.disagrees(path, ReportedFigures.format(reported) + " km",
                        "no distance (the vehicle is not assigned to a station)"));
            } else {
                ReportedFigures.number(out, path, reported, Geo.haversineKm(in.vehicles().get(v).position(),
                        in.stations().get(st[v]).position()), "km");
            }
        }
        int capacity = java.util.Arrays.stream(in.capacity()).sum();
        long assigned = java.util.Arrays.stream(st).filter(x -> x >= 0 && x < load.length).count();
        if (assigned < Math.min(capacity, st.length)) {
            out.add(new Violation("unassigned", (Math.min(capacity, st.length) - assigned)
                    + " vehicles are unassigned although chargers are free"));
        }
        return out;
    }

    @Override
    public List<ObjectiveSpec> objectiveSpecs() {
        return List.of(
                ObjectiveSpec.of("totalDistanceKm", "Total distance", "km", ObjectiveSpec.Kind.OTHER, 2),
                ObjectiveSpec.count("assignedVehicles", "Assigned vehicles"));
    }

    /** Which station each vehicle goes to and how far, as a table and a bar chart. */
    @Override
    public List<ReportSection> reportSections(DemoInstance in, DemoSolution s, RunReport report) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Double> km = new LinkedHashMap<>();
        int[] st = s.stationOf();
        for (int v = 0; v < st.length && v < in.vehicles().size(); v++) {
            boolean ok = st[v] >= 0 && st[v] < in.stations().size();
            String vehicle = in.vehicles().get(v).id();
            rows.add(List.of(vehicle, ok ? in.stations().get(st[v]).id() : "", ok
                    ? Figures.fixed(in.distanceKm(v, st[v]), 2) : ""));
            if (ok) {
                km.put(vehicle, in.distanceKm(v, st[v]));
            }
        }
        return List.of(new ReportSection("Assignment", "Each vehicle's station and the distance to it.",
                List.of(ChartSpec.bars("distances", "Distance per vehicle", new ChartSpec.Axis("Vehicle", ""),
                        new ChartSpec.Axis("Distance", "km"), List.of(new ChartSpec.CategorySeries("distance", km)))),
                List.of(new TableSpec("assignment", "Vehicles and stations", List.of("Vehicle", "Station",
                        "Distance (km)"), rows))));
    }

    @Override
    public Map<String, Double> objectives(DemoInstance in, DemoSolution s) {
        double total = 0;
        int assigned = 0;
        int[] st = s.stationOf();
        for (int v = 0; v < st.length; v++) {
            if (st[v] >= 0 && st[v] < in.stations().size()) {
                total += in.distanceKm(v, st[v]);
                assigned++;
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("totalDistanceKm", total);
        m.put("assignedVehicles", (double) assigned);
        return m;
    }

    @Override
    public SolutionFormat<DemoInstance, DemoSolution, DemoSolutionDocument> solutionFormat() {
        return SolutionFormat.of(DemoSolutionDocument.class, DemoStudy::document, DemoStudy::solution);
    }

    private static DemoSolutionDocument document(DemoInstance in, DemoSolution s) {
        List<DemoSolutionDocument.Assignment> list = new ArrayList<>();
        int[] st = s.stationOf();
        // the solution's own figures when it has them, else the instance's (a solution made without any)
        DemoSolution figures = s.distanceKm() != null ? s : DemoSolution.of(in, st);
        for (int v = 0; v < st.length; v++) {
            boolean assigned = st[v] >= 0 && st[v] < in.stations().size();
            list.add(new DemoSolutionDocument.Assignment(in.vehicles().get(v).id(),
                    assigned ? in.stations().get(st[v]).id() : null, figures.reportedDistanceKm(v)));
        }
        return new DemoSolutionDocument(list);
    }

    /** Vehicles the document does not list stay unassigned; the checker then reports them if chargers are free. */
    private static DemoSolution solution(DemoInstance in, DemoSolutionDocument d) throws ProjectFileException {
        SolutionIds vehicles = SolutionIds.of("vehicle", in.vehicles(), DemoInstance.Site::id);
        SolutionIds stations = SolutionIds.of("station", in.stations(), DemoInstance.Site::id);
        int[] st = new int[in.vehicles().size()];
        double[] km = new double[st.length];
        Arrays.fill(st, -1);
        Arrays.fill(km, Double.NaN);
        for (int i = 0; i < d.assignments().size(); i++) {
            DemoSolutionDocument.Assignment a = d.assignments().get(i);
            String path = SolutionFormat.ROOT + ".assignments[" + i + "]";
            int v = vehicles.indexOf(a.vehicle(), path + ".vehicle");
            st[v] = a.station() == null ? -1 : stations.indexOf(a.station(), path + ".station");
            km[v] = a.distanceKm() == null ? Double.NaN : a.distanceKm(); // kept: the checker recomputes it
        }
        return new DemoSolution(st, km);
    }

    @Override
    public List<GeneratorSpec> generators() {
        return List.of(GeneratorSpec.of(DemoGenerator.ID, "Vehicles and charging stations (1 to N chargers each) "
                + "uniformly in a square", DemoGenerator.Parameters.DEFAULT, (p, seed, ctx) -> {
                    Project project = new DemoGenerator().generate(p, seed);
                    return new GeneratorSpec.Generated(project, p.vehicles() + " vehicles, " + p.stations()
                            + " stations with " + project.infrastructure().chargingStations().stream()
                            .mapToInt(c -> c.chargers().size()).sum() + " chargers (seed " + seed + ")");
                }));
    }

    /** Twelve vehicles and four stations: small enough that both solvers finish at once. */
    @Override
    public Optional<Project> sampleProject() {
        return Optional.of(new DemoGenerator().generate(new DemoGenerator.Parameters(12, 4, 3, 8, 19.02, 50.26), 1)
                .withName("Demo sample: 12 vehicles, 4 stations"));
    }
}
