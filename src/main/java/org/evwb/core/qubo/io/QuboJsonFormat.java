package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.QuboPart;

/**
 * The labelled JSON form: variables by label and every part (objective or constraint) with its own terms, so a
 * QUBO written by a study can be decoded after a round trip through other tools.
 * <pre>{"format": "evwb-qubo", "version": 1, "variables": ["EV1 mode1", ...],
 *  "parts": [{"name": "one-hot EV1", "kind": "constraint", "offset": 4.0,
 *             "linear": [[0, -4.0], ...], "quadratic": [[0, 1, 8.0], ...]}]}</pre>
 */
public final class QuboJsonFormat {

    public static final String FORMAT = "evwb-qubo";
    public static final int VERSION = 1;

    private QuboJsonFormat() {
    }

    public static ObjectNode toJson(Qubo q, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode vars = root.putArray("variables");
        q.labels().forEach(vars::add);
        ArrayNode parts = root.putArray("parts");
        for (QuboPart p : q.parts()) {
            ObjectNode o = parts.addObject();
            o.put("name", p.name());
            o.put("kind", p.kind().name().toLowerCase());
            o.put("offset", p.offset());
            ArrayNode lin = o.putArray("linear");
            for (int k = 0; k < p.linearCount(); k++) {
                lin.addArray().add(p.linearVar(k)).add(p.linearBias(k));
            }
            ArrayNode quad = o.putArray("quadratic");
            for (int k = 0; k < p.quadraticCount(); k++) {
                quad.addArray().add(p.quadU(k)).add(p.quadV(k)).add(p.quadBias(k));
            }
        }
        return root;
    }

    public static Qubo fromJson(JsonNode root, String source) throws ProjectFileException {
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(source, "$", "a QUBO file is a JSON object with \"format\": \"" + FORMAT
                    + "\"");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ProjectFileException(source, "$.format", "expected \"" + FORMAT + "\"; was this file written "
                    + "by 'evwb qubo convert'?");
        }
        if (root.path("version").asInt(-1) > VERSION) {
            throw new ProjectFileException(source, "$.version", "written by a newer EV Energy Workbench; update it");
        }
        JsonNode vars = root.get("variables");
        if (vars == null || !vars.isArray()) {
            throw new ProjectFileException(source, "$.variables", "missing; list the variable labels in order");
        }
        if (vars.size() > QuboFiles.MAX_VARIABLES) {
            throw new ProjectFileException(source, "$.variables", vars.size() + " variables; a QUBO file holds at "
                    + "most " + String.format(java.util.Locale.ROOT, "%,d", QuboFiles.MAX_VARIABLES) + " variables");
        }
        QuboBuilder b = new QuboBuilder();
        for (int i = 0; i < vars.size(); i++) {
            if (!vars.get(i).isTextual() || vars.get(i).asText().isBlank()) {
                throw new ProjectFileException(source, "$.variables[" + i + "]", "a label is non-empty text");
            }
            try {
                b.addVariable(vars.get(i).asText());
            } catch (IllegalArgumentException e) {
                throw new ProjectFileException(source, "$.variables[" + i + "]", e.getMessage()
                        + "; labels must be unique");
            }
        }
        JsonNode parts = root.get("parts");
        if (parts == null || !parts.isArray()) {
            throw new ProjectFileException(source, "$.parts", "missing; a QUBO has at least one part");
        }
        for (int p = 0; p < parts.size(); p++) {
            JsonNode o = parts.get(p);
            String at = "$.parts[" + p + "]";
            String name = o.path("name").asText("");
            if (name.isBlank()) {
                throw new ProjectFileException(source, at + ".name", "missing; every part has a name");
            }
            String kind = o.path("kind").asText("");
            int h;
            try {
                h = switch (kind) {
                    case "objective" -> b.objective(name);
                    case "constraint" -> b.constraint(name);
                    default -> throw new ProjectFileException(source, at + ".kind", "'" + kind
                            + "' is not a kind; use \"objective\" or \"constraint\"");
                };
                b.addOffset(h, number(o.path("offset"), source, at + ".offset", true));
            } catch (IllegalArgumentException e) {
                throw new ProjectFileException(source, at, e.getMessage());
            }
            JsonNode lin = o.path("linear");
            for (int k = 0; k < lin.size(); k++) {
                String path = at + ".linear[" + k + "]";
                JsonNode t = lin.get(k);
                if (!t.isArray() || t.size() != 2) {
                    throw new ProjectFileException(source, path, "a linear term is [variable index, bias]");
                }
                b.addLinear(h, index(t.get(0), vars.size(), source, path + "[0]"),
                        number(t.get(1), source, path + "[1]", false));
            }
            JsonNode quad = o.path("quadratic");
            for (int k = 0; k < quad.size(); k++) {
                String path = at + ".quadratic[" + k + "]";
                JsonNode t = quad.get(k);
                if (!t.isArray() || t.size() != 3) {
                    throw new ProjectFileException(source, path, "a quadratic term is [index u, index v, bias]");
                }
                b.addQuadratic(h, index(t.get(0), vars.size(), source, path + "[0]"),
                        index(t.get(1), vars.size(), source, path + "[1]"),
                        number(t.get(2), source, path + "[2]", false));
            }
        }
        return b.build();
    }

    private static int index(JsonNode n, int size, String source, String path) throws ProjectFileException {
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 0 || n.asInt() >= size) {
            throw new ProjectFileException(source, path, "expected a variable index 0.." + (size - 1) + ", found "
                    + n);
        }
        return n.asInt();
    }

    private static double number(JsonNode n, String source, String path, boolean optional)
            throws ProjectFileException {
        if (optional && n.isMissingNode()) {
            return 0;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new ProjectFileException(source, path, "expected a finite number, found " + n);
        }
        return n.asDouble();
    }
}
