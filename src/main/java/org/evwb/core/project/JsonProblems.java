package org.evwb.core.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Jackson's parse and mapping errors as a user reads them: a JSON path ({@code $.fleet.vehicles[2].socKWh},
 * {@code $.solution.assignments[3].startMin}) and a message that says what was expected, never a Jackson class
 * name. Project files, result files and study parameters all go through this one translation.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The path of a mapping error from the document root: {@code $.a.b[3].c}. */
    public static String path(JsonMappingException e) {
        return path("$", e);
    }

    /**
     * The path of a mapping error below {@code root}, for documents mapped on their own but reported as part of a
     * larger file (a result's {@code $.solution}).
     */
    public static String path(String root, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(root);
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** A problem naming where below {@code root} the mapping failed and what the value should be. */
    public static Problem problem(String root, JsonMappingException e) {
        return new Problem(path(root, e), mappingMessage(e));
    }

    /** What a mapping error means for the person editing the file. */
    public static String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "'; check the spelling (known fields: " + known + ")";
        }
        if (e instanceof InvalidFormatException f) {
            String target = describe(f.getTargetType());
            return "\"" + f.getValue() + "\" is not " + target;
        }
        if (e instanceof ValueInstantiationException v) {
            // a record's own check refused the values (its message names the field); Jackson's text around it is noise
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return "not accepted: " + UserMessages.of(cause);
        }
        if (e instanceof MismatchedInputException m) {
            String msg = m.getOriginalMessage();
            Class<?> t = m.getTargetType();
            if (msg != null && msg.startsWith("found ") || msg != null && msg.startsWith("a position")) {
                return msg;
            }
            if (msg != null && msg.startsWith("Cannot map `null`") && t != null) {
                return "missing or null; write " + describe(t);
            }
            if (t != null) {
                return "expected " + describe(t) + cause(msg);
            }
            return msg;
        }
        return e.getOriginalMessage();
    }

    private static String cause(String msg) {
        if (msg == null) {
            return "";
        }
        int i = msg.indexOf("from ");
        if (msg.contains("Cannot coerce") || msg.contains("Cannot deserialize")) {
            String from = i >= 0 ? msg.substring(i + 5) : "";
            int end = from.indexOf(" (");
            from = end > 0 ? from.substring(0, end) : from;
            from = from.replace("String value", "text").replace("Floating-point value", "a decimal number")
                    .replace("Array value", "an array").replace("Object value", "an object")
                    .replace("Boolean value", "true/false").replace("Integer value", "a whole number");
            return from.isBlank() ? "" : ", found " + from.replace("(token `JsonToken.", "").replace("`)", "");
        }
        return "";
    }

    private static String describe(Class<?> t) {
        if (t == null) {
            return "the right type";
        }
        if (t == double.class || t == Double.class || t == float.class) {
            return "a number";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number";
        }
        if (t == String.class) {
            return "text";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t.isEnum()) {
            return "one of " + Arrays.stream(t.getEnumConstants())
                    .map(k -> "\"" + k.toString().toLowerCase(Locale.ROOT) + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (List.class.isAssignableFrom(t)) {
            return "a list [...]";
        }
        if (t.getSimpleName().equals("GeoPoint")) {
            return "a position [longitude, latitude]";
        }
        return "an object {...}";
    }

    /**
     * Parses a JSON file's bytes into a tree, checking first that they are UTF-8 ({@link TextEncoding}); the one
     * way the workbench reads JSON files (projects, results, QUBO and sample files).
     *
     * @param what what the file is, for messages ("a project file", "a result file")
     * @return the tree, or null for a file with nothing in it
     * @throws ProjectFileException naming where the parser stopped and what is wrong ({@link #parseFailure})
     */
    public static JsonNode readTree(ObjectMapper mapper, byte[] bytes, String source, String what)
            throws ProjectFileException {
        int from = TextEncoding.check(bytes, source, TextEncoding.Where.JSON);
        try (JsonParser parser = mapper.createParser(bytes, from, bytes.length - from)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                // a second value after the document (FAIL_ON_TRAILING_TOKENS applies to readValue, not readTree)
                if (tree != null && parser.nextToken() != null) {
                    throw new ProjectFileException(source, "$", where(parser.currentLocation()) + "not valid JSON: "
                            + parseMessage("Trailing token"));
                }
                return tree;
            } catch (JsonProcessingException e) {
                throw parseFailure(source, e, parser, what);
            }
        } catch (JsonProcessingException e) {
            throw parseFailure(source, e, null, what);
        } catch (IOException e) {
            throw new ProjectFileException(source, "$", "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * A JSON file that cannot be parsed, as the user reads it: where the parser stopped (a JSON path, and the line
     * and column) and what is wrong — a syntax error rephrased ({@link #parseMessage}), or which of the reader's
     * limits the file broke, with the limit ({@link Json}). Never a Jackson class name.
     *
     * @param parser the parser that failed, for where it stopped when the exception does not say (may be null)
     * @param what   what the file is, for the nesting message ("a project file", "a result file")
     */
    public static ProjectFileException parseFailure(String source, JsonProcessingException e, JsonParser parser,
                                                    String what) {
        boolean limit = e instanceof StreamConstraintsException;
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String path = parsePath(e);
        if (parser != null && limit) {
            JsonStreamContext c = parser.getParsingContext();
            // a name too long is not yet the context's name: the object that holds it is the place
            path = msg.startsWith("Name length") && c.inObject() ? path(c.getParent()) : path(c);
            if (msg.startsWith("Document nesting depth")) {
                path = outerPath(path);
            }
        }
        JsonLocation loc = e.getLocation() == null && parser != null ? parser.currentLocation() : e.getLocation();
        String at = where(loc);
        if (limit) {
            return new ProjectFileException(source, path, at + constraintMessage(e.getOriginalMessage(), what));
        }
        return new ProjectFileException(source, path, at + "not valid JSON: " + parseMessage(e.getOriginalMessage()));
    }

    /** Which limit of the reader a file broke, by Jackson's wording of it, said with the limit. */
    static String constraintMessage(String msg, String what) {
        String m = msg == null ? "" : msg;
        String found = number(m);
        if (m.startsWith("Document nesting depth")) {
            return "nested deeper than " + Json.MAX_DEPTH + " levels; " + what + " is never that deep — is this the "
                    + "right file?";
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number " + found + " characters long; numbers may have at most " + Json.MAX_NUMBER_DIGITS
                    + " digits (write a plain number such as 12.5 or 1.2e9)";
        }
        if (m.startsWith("Name length")) {
            // Jackson counts a long name in chunks: the length it gives is where it stopped, not the name's
            return "a field name longer than " + Json.MAX_NAME_CHARS + " characters, the most a field name may "
                    + "have (is a value missing its quotes, or is this the right file?)";
        }
        if (m.startsWith("String value length")) {
            return "a text value longer than " + Json.MAX_TEXT_CHARS + " characters, the most a text value may "
                    + "have; shorten it (is a closing quote missing?)";
        }
        // a limit this build does not set itself: say which one without Jackson's class and method names
        int from = m.indexOf(", from `");
        return "the file breaks a limit of the JSON reader: " + (from > 0 ? m.substring(0, from) + ")" : m)
                + "; is this the right file?";
    }

    /** The first number in Jackson's "… length (60000) exceeds …" wording, or "too many". */
    private static String number(String msg) {
        java.util.regex.Matcher k = java.util.regex.Pattern.compile("\\((\\d+)\\)").matcher(msg);
        return k.find() ? k.group(1) : "too many";
    }

    /** {@code "line 3, column 7: "} for a parse error's location, or nothing when it has none. */
    public static String where(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + ": ";
    }

    /** The JSON path where the parser stopped, from its context (e.g. {@code $.fleet.vehicles[2].id}). */
    public static String parsePath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "$";
        }
        return path(parser.getParsingContext());
    }

    /**
     * Where a too-deep value starts, not its 65th level: the path up to its last named field
     * ({@code $.generators[0].parameters.nested}, not {@code …nested[0][0][0]…}), at most 16 steps.
     */
    private static String outerPath(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.[^.\\[]+|\\[\\d+]").matcher(path);
        List<String> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(m.group());
        }
        int end = steps.size();
        while (end > 0 && steps.get(end - 1).startsWith("[")) {
            end--;
        }
        end = Math.min(end == 0 ? steps.size() : end, 16);
        return "$" + String.join("", steps.subList(0, end));
    }

    /** The JSON path of a parser's context: {@code $.fleet.vehicles[2].id}. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.toString();
    }

    /** Jackson's parse messages, rephrased for someone editing the file by hand. */
    public static String parseMessage(String msg) {
        if (msg == null) {
            return "unreadable";
        }
        String m = msg;
        for (String noise : List.of(" (start marker at", " (for root starting at", " (for Object starting at",
                " (for Array starting at", " at [Source")) {
            int cut = m.indexOf(noise);
            m = cut > 0 ? m.substring(0, cut) : m;
        }
        m = m.replace("\n", " ").trim();
        if (m.startsWith("Duplicate field")) {
            return m.replace("Duplicate field", "the field") + " appears twice in the same object; keep only one";
        }
        if (m.startsWith("Non-standard token")) {
            int q = m.indexOf('\'');
            String token = q >= 0 && m.indexOf('\'', q + 1) > q ? m.substring(q + 1, m.indexOf('\'', q + 1)) : "this";
            return token + " is not a number JSON allows (JSON has no NaN or Infinity); write a finite number";
        }
        if (m.contains("end-of-input")) {
            return m + " (the file ends before every { and [ is closed: is it truncated?)";
        }
        if (m.startsWith("Unrecognized token")) {
            int cut = m.indexOf(": was expecting");
            return (cut > 0 ? m.substring(0, cut) : m) + " is not a JSON value (is this a JSON file? text values need "
                    + "double quotes, e.g. \"abc\")";
        }
        if (m.startsWith("Unexpected character")) {
            return m + " (check for a missing comma or quote, or a trailing comma, just before here)";
        }
        if (m.startsWith("Unexpected close marker")) {
            return m + " (a } or ] here has no matching opening one; remove it or add the missing opening)";
        }
        if (m.startsWith("Trailing token")) {
            return "there is more after the closing } of the document; remove it";
        }
        return m;
    }
}
