package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.evwb.core.project.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} recomputes every figure a result file reports: one figure of an honest result (written by
 * {@code solve}, which {@code check} accepts) is edited at a time, and {@code check} must call the file infeasible
 * with a {@code reported-figure} violation naming the figure's JSON path and the edited value. Covers each figure
 * each study reports: exchange pair energies and flows, grid trades (edited, missing, doubled), motorway mode speed
 * and consumption and the conflict count, demo distances, and the QUBO statistics (best energy, model size, penalty
 * weight, broken constraints, reads, QAOA probabilities and minimum, the CP-SAT bound).
 */
class TamperedFiguresTest {

    private static final Path SAMPLES = Path.of(System.getProperty("evwb.repo", "."), "sample-projects");
    private static final Path EXCHANGE = SAMPLES.resolve("exchange-classroom.evwb.json");
    private static final Path MOTORWAY = SAMPLES.resolve("motorway-a4.evwb.json");

    private final ObjectMapper mapper = Json.newMapper();
    private final Map<String, Path> honest = new HashMap<>();

    @TempDir
    static Path dir;

    /** One edit of one figure, the violation that must follow ({@code constraint}) and a part of its message. */
    private record Edit(String name, Path project, String study, String solver, List<String> params,
                        Consumer<ObjectNode> edit, String constraint, String expected) {

        /** An edit of a figure only reported, caught as {@code reported-figure}. */
        Edit(String name, Path project, String study, String solver, List<String> params, Consumer<ObjectNode> edit,
             String expected) {
            this(name, project, study, solver, params, edit, "reported-figure", expected);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEditedFigureIsCaught() {
        List<Edit> edits = new ArrayList<>();
        List<String> none = List.of();
        List<String> anneal = List.of("reads=20", "sweeps=300");
        List<String> qaoa = List.of("layers=1", "shots=100", "maxEvaluations=10");
        List<String> cpsat = List.of("timeLimitSeconds=20", "workers=1");
        edits.add(new Edit("exchange pair energy", EXCHANGE, "exchange", "optimal", none,
                s -> pair(s, 0).put("energyKWh", 99999), "$.solution.pairs[0].energyKWh reports 99999 kWh"));
        edits.add(new Edit("exchange pair flow", EXCHANGE, "exchange", "optimal", none,
                s -> pair(s, 0).put("flow", other(pair(s, 0).get("flow").asText(), "T2V", "V2V")),
                "$.solution.pairs[0].flow reports "));
        edits.add(new Edit("exchange grid trade energy", EXCHANGE, "exchange", "optimal", none,
                s -> grid(s, 0).put("energyKWh", grid(s, 0).get("energyKWh").asDouble() + 5),
                "$.solution.gridTrades[0].energyKWh reports "));
        edits.add(new Edit("exchange grid trade flow", EXCHANGE, "exchange", "optimal", none,
                s -> grid(s, 0).put("flow", other(grid(s, 0).get("flow").asText(), "G2V", "V2G")),
                "$.solution.gridTrades[0].flow reports "));
        edits.add(new Edit("exchange grid trade left out", EXCHANGE, "exchange", "optimal", none,
                s -> ((ArrayNode) s.get("gridTrades")).remove(0), "$.solution.gridTrades reports no trade of "));
        edits.add(new Edit("exchange grid trade doubled", EXCHANGE, "exchange", "optimal", none,
                s -> ((ArrayNode) s.get("gridTrades")).add(grid(s, 0).deepCopy()), "].participant reports a second "
                        + "grid trade of "));
        edits.add(new Edit("exchange grid trade for a pair's buyer", EXCHANGE, "exchange", "optimal", none,
                s -> ((ArrayNode) s.get("gridTrades")).addObject().put("participant", pair(s, 0).get("buyer")
                        .asText()).put("energyKWh", 3.0).put("flow", "G2V"), "reports a grid trade of "));
        edits.add(new Edit("exchange social welfare", EXCHANGE, "exchange", "optimal", none,
                s -> s.put("socialWelfare", s.get("socialWelfare").asDouble() + 100), "social-welfare",
                "$.solution.socialWelfare reports "));
        edits.add(new Edit("QUBO best energy", EXCHANGE, "exchange", "anneal", anneal,
                s -> qubo(s).put("bestEnergy", qubo(s).get("bestEnergy").asDouble() - 1),
                "$.solution.qubo.bestEnergy reports "));
        edits.add(new Edit("QUBO variables", EXCHANGE, "exchange", "anneal", anneal,
                s -> qubo(s).put("variables", qubo(s).get("variables").asInt() + 1),
                "$.solution.qubo.variables reports "));
        edits.add(new Edit("QUBO penalty weight", EXCHANGE, "exchange", "anneal", anneal,
                s -> ((ObjectNode) qubo(s).get("penalties")).put("P", 0.5), "$.solution.qubo.penalties.P reports 0.5"));
        edits.add(new Edit("QUBO broken constraints", EXCHANGE, "exchange", "anneal", anneal,
                s -> ((ArrayNode) qubo(s).get("brokenConstraints")).add("one partner of bs1"),
                "$.solution.qubo.brokenConstraints reports "));
        edits.add(new Edit("QUBO reads", EXCHANGE, "exchange", "anneal", anneal,
                s -> qubo(s).put("reads", 21), "$.solution.qubo.reads reports 21"));
        edits.add(new Edit("QAOA minimum energy", EXCHANGE, "exchange", "qaoa", qaoa,
                s -> qaoaBlock(s).put("minEnergy", qaoaBlock(s).get("minEnergy").asDouble() - 1),
                "$.solution.qubo.qaoa.minEnergy reports "));
        edits.add(new Edit("QAOA probability", EXCHANGE, "exchange", "qaoa", qaoa,
                s -> qaoaBlock(s).put("probabilityOptimal", 1.5),
                "$.solution.qubo.qaoa.probabilityOptimal reports 1.5"));
        edits.add(new Edit("CP-SAT bound", EXCHANGE, "exchange", "cpsat", cpsat,
                s -> ((ObjectNode) qubo(s).get("cpsat")).put("bound", qubo(s).get("bestEnergy").asDouble() + 5),
                "$.solution.qubo.cpsat.bound reports "));
        edits.add(new Edit("motorway speed", MOTORWAY, "motorway", "cpsat", none,
                s -> assignment(s, 0).put("speedKmh", 999), "$.solution.assignments[0].speedKmh reports 999 km/h"));
        edits.add(new Edit("motorway consumption", MOTORWAY, "motorway", "cpsat", none,
                s -> assignment(s, 1).put("consumptionWhPerKm", 1),
                "$.solution.assignments[1].consumptionWhPerKm reports 1 Wh/km"));
        edits.add(new Edit("motorway charging end", MOTORWAY, "motorway", "cpsat", none,
                s -> assignment(s, 0).put("endMin", assignment(s, 0).get("endMin").asDouble() - 5), "duration",
                "$.solution.assignments[0].endMin reports "));
        edits.add(new Edit("motorway charging start", MOTORWAY, "motorway", "cpsat", none,
                s -> assignment(s, 2).put("startMin", assignment(s, 2).get("startMin").asDouble() - 5),
                "start-before-ready", "$.solution.assignments[2].startMin reports "));
        edits.add(new Edit("motorway charging moved later", MOTORWAY, "motorway", "cpsat", none,
                s -> assignment(s, 1).put("startMin", assignment(s, 1).get("startMin").asDouble() + 5)
                        .put("endMin", assignment(s, 1).get("endMin").asDouble() + 5), "waiting",
                "$.solution.assignments[1].startMin reports "));
        edits.add(new Edit("motorway conflict count", MOTORWAY, "motorway", "cpsat", none,
                s -> s.put("reportedConflicts", 3), "$.solution.reportedConflicts reports 3"));
        edits.add(new Edit("motorway QUBO best energy", MOTORWAY, "motorway", "anneal", anneal,
                s -> qubo(s).put("bestEnergy", qubo(s).get("bestEnergy").asDouble() - 1),
                "$.solution.qubo.bestEnergy reports "));
        edits.add(new Edit("demo distance", MOTORWAY, "demo", "greedy", none,
                s -> ((ObjectNode) s.get("assignments").get(0)).put("distanceKm", 12345),
                "].distanceKm reports 12345 km"));
        return edits.stream().map(e -> dynamicTest(e.name(), () -> caught(e)));
    }

    private void caught(Edit e) throws Exception {
        Path result = honestResult(e);
        ObjectNode root = (ObjectNode) mapper.readTree(result.toFile());
        e.edit().accept((ObjectNode) root.get("solution"));
        Path edited = dir.resolve(e.name().replace(' ', '-') + ".json");
        mapper.writeValue(edited.toFile(), root);
        CliRunner.Run check = CliRunner.run("check", e.project().toString(), edited.toString());
        assertEquals(1, check.exitCode(), check::toString);
        assertTrue(check.out().lines().anyMatch(l -> l.startsWith("  " + e.constraint() + ": ")
                && l.contains(e.expected())), "a violation " + e.constraint() + " with the path and the edited value: "
                + check);
    }

    /** The unedited result of the edit's solve, which {@code check} accepts (made once per study and solver). */
    private Path honestResult(Edit e) throws Exception {
        String key = e.study() + "-" + e.solver() + "-" + e.project().getFileName();
        Path out = honest.get(key);
        if (out != null && Files.exists(out)) {
            return out;
        }
        out = dir.resolve("honest-" + key + ".json");
        List<String> args = new ArrayList<>(List.of("solve", e.project().toString(), "--study", e.study(),
                "--solver", e.solver(), "--seed", "4", "--out", out.toString()));
        for (String p : e.params()) {
            args.add("--param");
            args.add(p);
        }
        CliRunner.run(args.toArray(String[]::new));
        CliRunner.Run check = CliRunner.run("check", e.project().toString(), out.toString());
        assertTrue(check.out().lines().noneMatch(l -> l.contains("reported-figure")), "the honest result agrees: "
                + check);
        honest.put(key, out);
        return out;
    }

    private static ObjectNode pair(ObjectNode s, int i) {
        return (ObjectNode) s.get("pairs").get(i);
    }

    private static ObjectNode grid(ObjectNode s, int i) {
        return (ObjectNode) s.get("gridTrades").get(i);
    }

    private static ObjectNode assignment(ObjectNode s, int i) {
        return (ObjectNode) s.get("assignments").get(i);
    }

    private static ObjectNode qubo(ObjectNode s) {
        return (ObjectNode) s.get("qubo");
    }

    private static ObjectNode qaoaBlock(ObjectNode s) {
        JsonNode q = qubo(s).get("qaoa");
        return (ObjectNode) q;
    }

    private static String other(String value, String a, String b) {
        return value.equals(a) ? b : a;
    }
}
