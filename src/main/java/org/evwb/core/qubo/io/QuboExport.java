package org.evwb.core.qubo.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Qubo;

/**
 * A study's QUBO as it leaves the workbench for another solver or real hardware, in any of the three formats of
 * {@link QuboFiles}, with its {@link QuboOrigin}: the labelled JSON holds it as an {@code origin} object (and the
 * labels and parts as always); COO and qbsolv, which have only numbered variables, hold it in comment lines that
 * dimod and qbsolv skip ({@code # evwb-study=…} / {@code c evwb-study=…}), followed by one
 * {@code evwb-variable INDEX "LABEL"} comment per variable so the numbers can be read back as the study's labels.
 * The coefficients are exactly the ones {@link CooFormat}, {@link QbsolvFormat} and {@link QuboJsonFormat} write.
 *
 * @param qubo   the QUBO
 * @param origin where it comes from; null for a QUBO of no study (then the file is what {@link QuboFiles} writes)
 */
public record QuboExport(Qubo qubo, QuboOrigin origin) {

    private static final String TAG = "evwb-";

    /** The export as text in format {@code f} (without an origin, exactly what {@link QuboFiles} writes). */
    public String format(QuboFiles.Format f, ObjectMapper mapper) {
        if (origin == null) {
            return new QuboFiles(mapper).format(qubo, f);
        }
        return switch (f) {
            case COO -> withComments(CooFormat.write(qubo), "# ", false);
            case QBSOLV -> withComments(QbsolvFormat.write(qubo), "c ", true);
            case JSON -> {
                ObjectNode root = QuboJsonFormat.toJson(qubo, mapper);
                ObjectNode out = mapper.createObjectNode();
                out.set("format", root.get("format"));
                out.set("version", root.get("version"));
                out.set("origin", originJson(mapper));
                out.set("variables", root.get("variables"));
                out.set("parts", root.get("parts"));
                try {
                    yield mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** Writes the export atomically in format {@code f} (whatever the file's name says). */
    public void write(Path file, QuboFiles.Format f, ObjectMapper mapper) throws IOException {
        ProjectIO.writeAtomically(file, format(f, mapper).getBytes(StandardCharsets.UTF_8), false);
    }

    private ObjectNode originJson(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("study", origin.study());
        if (origin.config() == null) {
            o.putNull("config");
        } else {
            o.put("config", origin.config());
        }
        o.put("encoding", origin.encoding());
        ObjectNode p = o.putObject("penalties");
        origin.penalties().forEach(p::put);
        o.put("fingerprint", origin.fingerprint());
        return o;
    }

    /** The text of a COO or qbsolv file with the origin comments before the first line that is not a comment. */
    private String withComments(String text, String comment, boolean qbsolv) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = 0;
        while (at < lines.size() && (qbsolv ? lines.get(at).startsWith("c") : lines.get(at).startsWith("#"))) {
            at++;
        }
        List<String> extra = new ArrayList<>();
        extra.add(comment + TAG + "study=" + origin.study());
        if (origin.config() != null) {
            extra.add(comment + TAG + "config=" + quote(origin.config()));
        }
        extra.add(comment + TAG + "encoding=" + origin.encoding());
        origin.penalties().forEach((name, w) -> extra.add(comment + TAG + "penalty " + quote(name) + " "
                + TextLines.number(w)));
        extra.add(comment + TAG + "fingerprint=" + origin.fingerprint());
        for (int i = 0; i < qubo.numVariables(); i++) {
            extra.add(comment + TAG + "variable " + i + " " + quote(qubo.label(i)));
        }
        lines.addAll(at, extra);
        return String.join("\n", lines) + "\n";
    }

    /**
     * The origin and labels an export wrote, read back from its text ({@code source} names the file in messages);
     * empty when the file carries none (a QUBO from elsewhere).
     */
    public static java.util.Optional<Read> readOrigin(String text, QuboFiles.Format f, ObjectMapper mapper,
                                                      String source) throws ProjectFileException {
        if (f == QuboFiles.Format.JSON) {
            JsonNode root = org.evwb.core.project.JsonProblems.readTree(mapper,
                    text.getBytes(StandardCharsets.UTF_8), source, "a QUBO file");
            JsonNode o = root == null ? null : root.get("origin");
            if (o == null || !o.isObject()) {
                return java.util.Optional.empty();
            }
            Map<String, Double> penalties = new LinkedHashMap<>();
            o.path("penalties").fields().forEachRemaining(e -> penalties.put(e.getKey(), e.getValue().asDouble()));
            List<String> labels = new ArrayList<>();
            root.path("variables").forEach(v -> labels.add(v.asText()));
            return java.util.Optional.of(new Read(new QuboOrigin(text(o, "study", source), o.path("config")
                    .isTextual() ? o.get("config").asText() : null, text(o, "encoding", source), penalties,
                    text(o, "fingerprint", source)), labels));
        }
        String comment = f == QuboFiles.Format.COO ? "#" : "c";
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Double> penalties = new LinkedHashMap<>();
        Map<Integer, String> labels = new java.util.TreeMap<>();
        List<String> lines = text.lines().toList();
        for (int ln = 1; ln <= lines.size(); ln++) {
            String line = lines.get(ln - 1).strip();
            if (!line.startsWith(comment)) {
                continue;
            }
            String c = line.substring(1).strip();
            if (!c.startsWith(TAG)) {
                continue;
            }
            c = c.substring(TAG.length());
            if (c.startsWith("variable ")) {
                String[] t = c.substring("variable ".length()).split(" ", 2);
                try {
                    labels.put(Integer.parseInt(t[0]), unquote(t[1], source, ln));
                } catch (RuntimeException e) {
                    throw new ProjectFileException(source, "line " + ln, "expected '" + comment + " " + TAG
                            + "variable INDEX \"LABEL\"'");
                }
            } else if (c.startsWith("penalty ")) {
                String rest = c.substring("penalty ".length());
                int end = rest.lastIndexOf(' ');
                if (end < 0) {
                    throw new ProjectFileException(source, "line " + ln, "expected '" + comment + " " + TAG
                            + "penalty \"NAME\" WEIGHT'");
                }
                penalties.put(unquote(rest.substring(0, end), source, ln),
                        TextLines.bias(rest.substring(end + 1), source, ln));
            } else if (c.contains("=")) {
                String key = c.substring(0, c.indexOf('='));
                String value = c.substring(c.indexOf('=') + 1);
                fields.put(key, key.equals("config") ? unquote(value, source, ln) : value);
            }
        }
        if (!fields.containsKey("fingerprint")) {
            return java.util.Optional.empty();
        }
        for (String key : List.of("study", "encoding")) {
            if (!fields.containsKey(key)) {
                throw new ProjectFileException(source, "line 1", "the file has an " + TAG + "fingerprint but no "
                        + TAG + key + " comment; export it again");
            }
        }
        return java.util.Optional.of(new Read(new QuboOrigin(fields.get("study"), fields.get("config"),
                fields.get("encoding"), penalties, fields.get("fingerprint")), List.copyOf(labels.values())));
    }

    /** What {@link #readOrigin} finds: the origin, and the variable labels in index order. */
    public record Read(QuboOrigin origin, List<String> labels) { }

    private static String text(JsonNode o, String field, String source) throws ProjectFileException {
        if (!o.path(field).isTextual()) {
            throw new ProjectFileException(source, "$.origin." + field, "missing or not text; export it again");
        }
        return o.get(field).asText();
    }

    /** A label as a double-quoted string: backslash, quote and control characters escaped, so one line holds it. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The inverse of {@link #quote}. */
    static String unquote(String s, String source, int line) throws ProjectFileException {
        String t = s.strip();
        if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
            throw new ProjectFileException(source, "line " + line, "expected a quoted label \"…\", found "
                    + TextLines.abbreviated(t));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char ch = t.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (++i >= t.length() - 1) {
                throw new ProjectFileException(source, "line " + line, "a label ends in a lone backslash");
            }
            char e = t.charAt(i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (i + 4 >= t.length()) {
                        throw new ProjectFileException(source, "line " + line, "a \\u escape needs four hex digits");
                    }
                    sb.append((char) Integer.parseInt(t.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
