package org.evwb.core.study.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
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

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Demo: vehicles to the nearest free charger";
    }

    @Override
    public DemoInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
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
            throw new ProjectFileException(project.name(), "$.infrastructure.chargingStations",
                    "the demo study needs at least one charging station");
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

    /** The independent checker: station indices valid, no station over its charger count. */
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
        int capacity = java.util.Arrays.stream(in.capacity()).sum();
        long assigned = java.util.Arrays.stream(st).filter(x -> x >= 0 && x < load.length).count();
        if (assigned < Math.min(capacity, st.length)) {
            out.add(new Violation("unassigned", (Math.min(capacity, st.length) - assigned)
                    + " vehicles are unassigned although chargers are free"));
        }
        return out;
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
    public JsonNode solutionToJson(DemoInstance in, DemoSolution s, ObjectMapper mapper) {
        ArrayNode arr = mapper.createArrayNode();
        int[] st = s.stationOf();
        for (int v = 0; v < st.length; v++) {
            var o = arr.addObject().put("vehicle", in.vehicles().get(v).id());
            if (st[v] >= 0) {
                o.put("station", in.stations().get(st[v]).id());
                o.put("distanceKm", in.distanceKm(v, st[v]));
            } else {
                o.putNull("station");
            }
        }
        return mapper.createObjectNode().set("assignments", arr);
    }

    @Override
    public DemoSolution solutionFromJson(DemoInstance in, JsonNode json, ObjectMapper mapper)
            throws ProjectFileException {
        JsonNode arr = json.path("assignments");
        if (!arr.isArray()) {
            throw new ProjectFileException("result", "$.solution.assignments", "missing or not a list");
        }
        Map<String, Integer> vIndex = new HashMap<>();
        for (int i = 0; i < in.vehicles().size(); i++) {
            vIndex.put(in.vehicles().get(i).id(), i);
        }
        Map<String, Integer> sIndex = new HashMap<>();
        for (int i = 0; i < in.stations().size(); i++) {
            sIndex.put(in.stations().get(i).id(), i);
        }
        int[] st = new int[in.vehicles().size()];
        java.util.Arrays.fill(st, -1);
        for (int i = 0; i < arr.size(); i++) {
            JsonNode a = arr.get(i);
            String path = "$.solution.assignments[" + i + "]";
            Integer v = vIndex.get(a.path("vehicle").asText());
            if (v == null) {
                throw new ProjectFileException("result", path + ".vehicle", "unknown vehicle "
                        + a.path("vehicle") + " (not in the project)");
            }
            JsonNode s = a.path("station");
            if (!s.isNull() && !s.isMissingNode()) {
                Integer j = sIndex.get(s.asText());
                if (j == null) {
                    throw new ProjectFileException("result", path + ".station", "unknown station " + s
                            + " (not in the project)");
                }
                st[v] = j;
            }
        }
        return new DemoSolution(st);
    }
}
