package org.evwb.core.study.motorway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.study.QuboFormulation;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboSolvers;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.SolverSpec;
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
    private final ObjectMapper mapper = Json.newMapper();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Motorway: conflict-free charging of electric vehicles";
    }

    @Override
    public MotorwayInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        MotorwayParameters params = MotorwayParameters.fromConfig(project, config, mapper);
        return new MotorwayInstanceBuilder(params).build(project);
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

    @Override
    public Map<String, Double> objectives(MotorwayInstance instance, MotorwaySchedule solution) {
        Map<String, Double> m = MotorwayMetrics.of(instance, solution, checker);
        if (solution.quboStats() != null) {
            m.putAll(solution.quboStats().toObjectives());
        }
        return m;
    }

    @Override
    public JsonNode solutionToJson(MotorwayInstance in, MotorwaySchedule s, ObjectMapper m) {
        ObjectNode root = m.createObjectNode();
        root.put("status", s.status().name().toLowerCase(Locale.ROOT));
        root.put("reportedConflicts", s.reportedConflicts());
        ArrayNode arr = root.putArray("assignments");
        for (Assignment a : s.assignments()) {
            ObjectNode o = arr.addObject();
            o.put("vehicle", a.vehicleId());
            Emv e = in.emvs().stream().filter(x -> x.vehicleId().equals(a.vehicleId())).findFirst().orElse(null);
            if (e != null) {
                o.put("vehicleName", e.label());
            }
            o.put("mode", a.mode() + 1);
            if (e != null && a.mode() >= 0 && a.mode() < e.modes().size()) {
                o.put("speedKmh", e.modes().get(a.mode()).speedKmh());
                o.put("consumptionWhPerKm", e.modes().get(a.mode()).consumptionWhPerKm());
            }
            o.put("station", a.stationId());
            in.stations().stream().filter(x -> x.id().equals(a.stationId())).map(Station::label).findFirst()
                    .ifPresent(l -> o.put("stationName", l));
            if (a.chargerId() != null) {
                o.put("charger", a.chargerId());
            }
            o.put("startMin", a.startMin());
            o.put("endMin", a.endMin());
        }
        if (s.quboStats() != null) {
            root.set("qubo", m.valueToTree(s.quboStats()));
        }
        return root;
    }

    @Override
    public MotorwaySchedule solutionFromJson(MotorwayInstance in, JsonNode json, ObjectMapper m)
            throws ProjectFileException {
        JsonNode arr = json.path("assignments");
        if (!arr.isArray()) {
            throw new ProjectFileException("result", "$.solution.assignments", "missing or not a list; a motorway "
                    + "solution lists {vehicle, mode, station, charger, startMin, endMin} per EMV");
        }
        MotorwaySchedule.Status status;
        try {
            status = MotorwaySchedule.Status.valueOf(json.path("status").asText("unknown").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException("result", "$.solution.status", "unknown status " + json.get("status"));
        }
        List<Assignment> list = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode a = arr.get(i);
            String path = "$.solution.assignments[" + i + "]";
            list.add(new Assignment(text(a, "vehicle", path), whole(a, "mode", path) - 1, text(a, "station", path),
                    a.hasNonNull("charger") ? a.get("charger").asText() : null, number(a, "startMin", path),
                    number(a, "endMin", path)));
        }
        QuboRunStats stats = null;
        if (json.hasNonNull("qubo")) {
            try {
                stats = m.treeToValue(json.get("qubo"), QuboRunStats.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
                throw new ProjectFileException("result", "$.solution.qubo", "not the statistics of a QUBO run: "
                        + e.getMessage().lines().findFirst().orElse("") + "; remove it or write it again with "
                        + "'evwb solve'");
            }
        }
        return new MotorwaySchedule(list, status, json.path("reportedConflicts").asInt(-1), stats);
    }

    private static String text(JsonNode a, String f, String path) throws ProjectFileException {
        if (!a.path(f).isTextual()) {
            throw new ProjectFileException("result", path + "." + f, "missing or not text");
        }
        return a.get(f).asText();
    }

    private static int whole(JsonNode a, String f, String path) throws ProjectFileException {
        if (!a.path(f).canConvertToInt() || !a.path(f).isIntegralNumber()) {
            throw new ProjectFileException("result", path + "." + f, "missing or not a whole number (1 = slowest "
                    + "driving mode)");
        }
        return a.get(f).asInt();
    }

    private static double number(JsonNode a, String f, String path) throws ProjectFileException {
        if (!a.path(f).isNumber()) {
            throw new ProjectFileException("result", path + "." + f, "missing or not a number (minutes)");
        }
        return a.get(f).asDouble();
    }
}
