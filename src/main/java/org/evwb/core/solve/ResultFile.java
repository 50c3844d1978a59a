package org.evwb.core.solve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.JsonProblems;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;

/**
 * A run result as JSON (SPEC §9): study, solver, seed, parameters, timings, compute-carbon estimate, objective values,
 * the checker's verdict and the solution in plain terms. Written atomically, beside the project, never inside it.
 */
public record ResultFile(RunReport report, JsonNode solution) {

    public static final String FORMAT = "evwb-result";
    public static final int VERSION = 1;

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("study", report.study());
        root.put("solver", report.solver());
        root.put("seed", report.seed());
        root.put("status", report.status().name().toLowerCase());
        root.set("parameters", mapper.valueToTree(report.parameters()));
        if (report.configuration() != null) {
            root.set("configuration", configurationJson(report.configuration(), mapper));
        }
        ObjectNode timings = root.putObject("timings");
        timings.put("startedAt", report.startedAt().toString());
        timings.put("wallSeconds", report.wallSeconds());
        timings.put("cpuSeconds", report.cpuSeconds());
        ObjectNode carbon = root.putObject("computeCarbon");
        carbon.put("estimate", true);
        carbon.put("energyKWh", report.computeCarbon().energyKWh());
        carbon.put("co2Kg", report.computeCarbon().co2Kg());
        carbon.set("assumptions", mapper.valueToTree(report.computeCarbon().settings()));
        // JSON has no NaN: a figure without a value is left out of the objectives and null in the solution
        ObjectNode objectives = root.putObject("objectives");
        report.objectives().forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                objectives.put(k, v);
            }
        });
        root.put("feasible", report.feasible());
        ArrayNode v = root.putArray("violations");
        for (Violation x : report.violations()) {
            v.addObject().put("constraint", x.constraint()).put("message", x.message());
        }
        if (report.error() != null) {
            root.put("error", report.error());
        }
        if (solution != null) {
            root.set("solution", finiteOrNull(solution.deepCopy()));
        }
        return root;
    }

    private static ObjectNode configurationJson(RunConfiguration c, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        // absent id: the project had no configuration for the study, or the run named only a preset
        if (c.configId() != null) {
            n.put("id", c.configId());
        }
        if (c.name() != null) {
            n.put("name", c.name());
        }
        if (c.preset() != null) {
            n.put("preset", c.preset());
        }
        n.set("parameters", mapper.valueToTree(c.parameters()));
        return n;
    }

    /** The tree with every non-finite number replaced by null (Jackson would write the text "NaN"). */
    private static JsonNode finiteOrNull(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                JsonNode child = o.get(n);
                if (child.isNumber() && !Double.isFinite(child.doubleValue()) && child.isFloatingPointNumber()) {
                    o.putNull(n);
                } else {
                    finiteOrNull(child);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode child = a.get(i);
                if (child.isNumber() && !Double.isFinite(child.doubleValue()) && child.isFloatingPointNumber()) {
                    a.set(i, a.nullNode());
                } else {
                    finiteOrNull(child);
                }
            }
        }
        return node;
    }

    public void write(Path file, ObjectMapper mapper) throws IOException {
        byte[] bytes = (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(mapper)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ProjectIO.writeAtomically(file, bytes, false);
    }

    /** Reads a result file; problems name the file and JSON path. */
    public static ResultFile read(Path file, ObjectMapper mapper) throws ProjectFileException {
        String src = file.toString();
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ProjectFileException(src, "$", Files.exists(file) ? "not a regular file"
                        : "the file does not exist; check the path");
            }
            if (Files.size(file) > ProjectIO.MAX_FILE_BYTES) {
                throw new ProjectFileException(src, "$", "the result file is larger than 50 MB, the most a result "
                        + "file may have; is this the right file?");
            }
            root = JsonProblems.readTree(mapper, Files.readAllBytes(file), src, "a result file");
        } catch (IOException e) {
            throw new ProjectFileException(src, "$", "cannot read the result file: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(src, "$", "a result file is a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ProjectFileException(src, "$.format", "expected \"" + FORMAT + "\"; is this a result file "
                    + "written by 'evwb solve'?");
        }
        if (root.path("version").asInt(-1) > VERSION) {
            throw new ProjectFileException(src, "$.version", "written by a newer EV Energy Workbench; update it");
        }
        String study = text(root, "study", src);
        String solver = text(root, "solver", src);
        if (!root.path("seed").canConvertToLong()) {
            throw new ProjectFileException(src, "$.seed", "missing or not a whole number");
        }
        if (!root.has("solution")) {
            throw new ProjectFileException(src, "$.solution", "missing; the run produced no solution to check");
        }
        RunStatus status;
        try {
            status = RunStatus.valueOf(root.path("status").asText("completed").toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(src, "$.status", "unknown status " + root.get("status"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(e -> params.put(e.getKey(), mapper.convertValue(
                e.getValue(), Object.class)));
        Map<String, Double> objectives = new LinkedHashMap<>();
        // numbers as they are; null (no value) left out; older files' "NaN" text read as NaN
        root.path("objectives").fields().forEachRemaining(e -> {
            if (e.getValue().isNumber() || e.getValue().isTextual()) {
                objectives.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue()
                        : e.getValue().asDouble(Double.NaN));
            }
        });
        List<Violation> violations = new ArrayList<>();
        root.path("violations").forEach(v -> violations.add(new Violation(v.path("constraint").asText(),
                v.path("message").asText())));
        JsonNode t = root.path("timings");
        JsonNode c = root.path("computeCarbon");
        Instant started;
        try {
            started = Instant.parse(t.path("startedAt").asText(Instant.EPOCH.toString()));
        } catch (RuntimeException e) {
            throw new ProjectFileException(src, "$.timings.startedAt", "not an ISO-8601 instant");
        }
        ComputeCarbon carbon = new ComputeCarbon(c.path("energyKWh").asDouble(), c.path("co2Kg").asDouble(),
                assumptions(c.path("assumptions"), src));
        RunReport report = new RunReport(study, solver, root.get("seed").asLong(), params, started, status,
                t.path("wallSeconds").asDouble(), t.path("cpuSeconds").asDouble(), carbon, objectives, violations,
                root.path("error").isMissingNode() ? null : root.path("error").asText(),
                configuration(root.path("configuration"), mapper, src));
        return new ResultFile(report, root.get("solution"));
    }

    /** The constants the estimate was made with; a file without them (none was written so) gets the defaults. */
    private static ComputeCarbon.Settings assumptions(JsonNode a, String src) throws ProjectFileException {
        if (a.isMissingNode() || a.isNull()) {
            return ComputeCarbon.Settings.DEFAULT;
        }
        String path = "$.computeCarbon.assumptions";
        if (!a.isObject()) {
            throw new ProjectFileException(src, path, "must be an object with wattsPerBusyCore, ramWatts and "
                    + "gridKgPerKWh");
        }
        ComputeCarbon.Settings d = ComputeCarbon.Settings.DEFAULT;
        double[] v = {d.wattsPerBusyCore(), d.ramWatts(), d.gridKgPerKWh()};
        String[] names = {"wattsPerBusyCore", "ramWatts", "gridKgPerKWh"};
        for (int i = 0; i < names.length; i++) {
            JsonNode n = a.path(names[i]);
            if (!n.isMissingNode()) {
                if (!n.isNumber()) {
                    throw new ProjectFileException(src, path + "." + names[i], "must be a number, was " + n);
                }
                v[i] = n.doubleValue();
            }
        }
        try {
            return new ComputeCarbon.Settings(v[0], v[1], v[2]);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(src, path, e.getMessage());
        }
    }

    /** The recorded study configuration, or null for files written before results recorded it. */
    private static RunConfiguration configuration(JsonNode c, ObjectMapper mapper, String src)
            throws ProjectFileException {
        if (c.isMissingNode() || c.isNull()) {
            return null;
        }
        String path = "$.configuration";
        if (!c.isObject()) {
            throw new ProjectFileException(src, path, "must be an object with id, name, preset and parameters "
                    + "(or be left out: the result is then checked with the project's configuration)");
        }
        String[] texts = new String[3];
        String[] names = {"id", "name", "preset"};
        for (int i = 0; i < names.length; i++) {
            JsonNode n = c.path(names[i]);
            if (!n.isMissingNode() && !n.isNull() && !n.isTextual()) {
                throw new ProjectFileException(src, path + "." + names[i], "must be text, was " + n);
            }
            texts[i] = n.isTextual() ? n.asText() : null;
        }
        JsonNode p = c.path("parameters");
        if (!p.isObject()) {
            throw new ProjectFileException(src, path + ".parameters", "must be an object of the study's parameters "
                    + "by name, was " + (p.isMissingNode() ? "missing" : p.toString()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        p.fields().forEachRemaining(e -> values.put(e.getKey(), mapper.convertValue(e.getValue(), Object.class)));
        return new RunConfiguration(texts[0], texts[1], texts[2], values);
    }

    private static String text(JsonNode root, String field, String src) throws ProjectFileException {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual()) {
            throw new ProjectFileException(src, "$." + field, "missing or not text");
        }
        return n.asText();
    }
}
