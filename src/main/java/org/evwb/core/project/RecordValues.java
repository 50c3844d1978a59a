package org.evwb.core.project;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters records (a study's, a solver's, a generator's) set by name: the one merge of named values over a
 * record's defaults, used for a project's study configuration, a generator recipe, {@code --param NAME=VALUE} on the
 * command line and parameter sweeps. Each value is checked the way project fields are (type, whole numbers, enum
 * constants, finite numbers, the {@link Unit} range) and every problem names the parameter's path and the fix, so a
 * study never writes this code itself.
 */
public final class RecordValues {

    /** How values arrive. */
    public enum Input {
        /** As a JSON file holds them: a number must be a number, text text (project files, recipes). */
        JSON,
        /** Possibly as text (command line, forms): {@code "5"}, {@code "0.5"}, {@code "true"} are read as JSON. */
        TEXT
    }

    /** One parameter of a record, for listings and forms: its name, what it takes, its default. */
    public record Field(String name, String takes, Object defaultValue) { }

    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final Object INVALID = new Object();

    private RecordValues() {
    }

    /**
     * The record {@code defaults} with the named values put in, or {@code null} when any value is refused; then
     * {@code problems} has one entry per refusal, its path {@code path.NAME} (just {@code NAME} when {@code path} is
     * empty). Names may be a component's name or one of its {@link JsonAlias} names. A value that passes every
     * per-field check but is refused by the record's own constructor is reported at the parameter its message names.
     */
    public static <R extends Record> R merge(R defaults, Map<String, ?> values, Input input, String path,
                                             List<Problem> problems) {
        @SuppressWarnings("unchecked")
        Class<R> type = (Class<R>) defaults.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = read(components[i], defaults);
        }
        int before = problems.size();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            int i = indexOf(components, e.getKey());
            String p = join(path, e.getKey());
            if (i < 0) {
                problems.add(new Problem(p, unknown(e.getKey(), components)));
                continue;
            }
            Object v = convert(components[i], e.getValue(), input, p, problems);
            if (v != INVALID) {
                args[i] = v;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String msg = UserMessages.of(cause);
            problems.add(new Problem(blame(path, values.keySet(), components, msg), "not accepted: " + msg));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /**
     * {@link #merge} of values that may be text (command line, forms, sweeps) for callers that want an exception:
     * every refused value is in the message, each as {@code NAME: what is wrong}.
     *
     * @param owner who has the parameters, for the message ({@code "solver anneal"})
     * @throws IllegalArgumentException when a value is refused
     */
    public static <R extends Record> R withOverrides(String owner, R defaults, Map<String, ?> values) {
        List<Problem> problems = new ArrayList<>();
        R r = merge(defaults, values, Input.TEXT, "", problems);
        if (r == null) {
            throw new IllegalArgumentException(owner + ": " + String.join("; ", problems.stream()
                    .map(Problem::toString).toList()));
        }
        return r;
    }

    /**
     * Adds a problem for every numeric component of {@code value} that is not finite or outside its {@link Unit}
     * range (for records built in code, e.g. by a form, rather than merged from named values).
     */
    public static void checkRanges(Record value, String path, List<Problem> problems) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            if (read(c, value) instanceof Number n) {
                RecordFields.checkNumber(n.doubleValue(), c.getAnnotation(Unit.class), join(path, c.getName()),
                        problems);
            }
        }
    }

    /**
     * The parameter of {@code type} that {@code name} means: a component's name or {@link JsonAlias}, exactly, else
     * ignoring case (so a command line's {@code --charger-kw}, read as {@code chargerKw}, finds {@code chargerKW}).
     */
    public static Optional<String> nameOf(Class<? extends Record> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        int i = indexOf(components, name);
        if (i >= 0) {
            return Optional.of(components[i].getName());
        }
        for (RecordComponent c : components) {
            JsonAlias alias = aliasOf(c);
            List<String> names = new ArrayList<>(List.of(c.getName()));
            if (alias != null) {
                names.addAll(List.of(alias.value()));
            }
            if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                return Optional.of(c.getName());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code " did you mean 'x'?"} for the known name within two edits (ignoring case) of a misspelt one, or
     * nothing: for messages about any name a file gives (parameters, fields, study ids).
     */
    public static String didYouMean(String name, java.util.Collection<String> known) {
        String guess = name == null ? null : RecordFields.closest(name, new LinkedHashSet<>(known));
        return guess == null ? "" : " did you mean '" + guess + "'?";
    }

    /** The {@link JsonAlias} names of a parameter (short names the command line also accepts). */
    public static List<String> aliasesOf(Class<? extends Record> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonAlias alias = aliasOf(c);
            if (c.getName().equals(name) && alias != null) {
                return List.of(alias.value());
            }
        }
        return List.of();
    }

    /** A record as an ordered name → plain value map (what a study configuration or a recipe holds). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Record value) {
        return new LinkedHashMap<>(MAPPER.convertValue(value, Map.class));
    }

    /** The record's parameters with what each takes (type, unit, range) and its default, in declaration order. */
    public static List<Field> fields(Record defaults) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : defaults.getClass().getRecordComponents()) {
            Object v = read(c, defaults);
            out.add(new Field(c.getName(), RecordFields.describe(c.getType(), c.getAnnotation(Unit.class)),
                    v instanceof Enum<?> k ? k.name().toLowerCase(Locale.ROOT) : v));
        }
        return out;
    }

    private static Object convert(RecordComponent c, Object value, Input input, String path, List<Problem> out) {
        Unit unit = c.getAnnotation(Unit.class);
        if (value == null || value instanceof JsonNode n && n.isNull()) {
            if (c.getType().isPrimitive()) {
                out.add(new Problem(path, "is null; write " + RecordFields.describe(c.getType(), unit)));
                return INVALID;
            }
            return null;
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            RecordFields.checkNumber(((Number) value).doubleValue(), unit, path, out);
            return INVALID;
        }
        JsonNode node = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
        if (input == Input.TEXT && node.isTextual() && c.getType() != String.class && !c.getType().isEnum()) {
            node = parsed(node);
        }
        int before = out.size();
        RecordFields.checkValue(node, c.getGenericType(), unit, path, out);
        if (out.size() > before) {
            return INVALID;
        }
        Object typed;
        try {
            typed = MAPPER.convertValue(node, MAPPER.constructType(c.getGenericType()));
        } catch (IllegalArgumentException e) {
            out.add(e.getCause() instanceof JsonMappingException m ? JsonProblems.problem(path, m)
                    : new Problem(path, "not accepted: " + UserMessages.of(e)));
            return INVALID;
        }
        if (typed instanceof Number n) {
            RecordFields.checkNumber(n.doubleValue(), unit, path, out);
            if (out.size() > before) {
                return INVALID;
            }
        }
        return typed;
    }

    /** Text that spells a JSON number, boolean, list or object, as that value; other text as it is. */
    private static JsonNode parsed(JsonNode text) {
        try {
            JsonNode n = MAPPER.readTree(text.asText());
            return n == null || n.isMissingNode() ? text : n;
        } catch (JsonProcessingException notJson) {
            return text; // plain text (or NaN, which JSON does not have): the type check says what to write
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < components.length; i++) {
            JsonAlias alias = aliasOf(components[i]);
            if (alias != null && List.of(alias.value()).contains(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String unknown(String name, RecordComponent[] components) {
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        if (known.isEmpty()) {
            return "unknown parameter '" + name + "'; there are no parameters here, remove it";
        }
        String guess = RecordFields.closest(name, known);
        return "unknown parameter '" + name + "'; " + (guess == null ? "check the spelling" : "did you mean '"
                + guess + "'?") + " (known: " + String.join(", ", known) + ")";
    }

    /** The parameter a constructor's message is about: the one given whose name it mentions, else the only one. */
    private static String blame(String path, Set<String> given, RecordComponent[] components, String message) {
        for (String g : given) {
            int i = indexOf(components, g);
            if (i >= 0 && message.matches("(?s).*\\b" + components[i].getName() + "\\b.*")) {
                return join(path, g);
            }
        }
        if (given.size() == 1) {
            return join(path, given.iterator().next());
        }
        return path.isEmpty() ? "parameters" : path;
    }

    /** Jackson's annotation cannot target a record component; Java hands it on to the accessor. */
    private static JsonAlias aliasOf(RecordComponent c) {
        return c.getAccessor().getAnnotation(JsonAlias.class);
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse(s);
    }
}
