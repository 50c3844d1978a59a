package org.evwb.core.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evwb.core.geo.GeoPoint;

/**
 * Reflective checks that follow the records' own declarations, so a new field is checked without new code. On the
 * JSON tree (before mapping): required fields present (everything not marked {@link OptionalField}), no unknown
 * fields, every value of the JSON type its field needs. On the mapped records: numbers finite and within their
 * {@link Unit} range, required components not null. Walking the tree ourselves, rather than letting the mapper stop at
 * the first mismatch, reports every problem of a file at once, each with its JSON path and the fix.
 */
final class RecordFields {

    private static final String POSITION = "a position [longitude, latitude] in degrees (GeoJSON order), "
            + "e.g. [19.02, 50.26]";

    private RecordFields() {
    }

    /**
     * What the checks need of a record type, looked up once per type rather than once per record: a project of
     * 459,000 vehicles spent most of its validation in {@code getRecordComponents} and annotation lookups.
     * {@link ClassValue} is the JDK's cache for data derived from a class; it holds nothing that ever changes.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] rcs = type.getRecordComponents();
            Component[] out = new Component[rcs.length];
            Set<String> known = new LinkedHashSet<>();
            for (int i = 0; i < rcs.length; i++) {
                RecordComponent rc = rcs[i];
                MethodHandle accessor;
                try {
                    rc.getAccessor().setAccessible(true);
                    accessor = MethodHandles.lookup().unreflect(rc.getAccessor());
                } catch (IllegalAccessException | RuntimeException e) {
                    accessor = null; // not readable from here: checkRanges does not walk it
                }
                out[i] = new Component(rc.getName(), rc.getType(), rc.getGenericType(),
                        rc.isAnnotationPresent(OptionalField.class), rc.getAnnotation(Unit.class), accessor);
                known.add(rc.getName());
            }
            return new Shape(out, java.util.Collections.unmodifiableSet(known));
        }
    };

    /** A record type's components and their names. */
    private record Shape(Component[] components, Set<String> known) {
        boolean knowsAll(JsonNode node) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                if (!known.contains(it.next())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One record component as the checks see it. */
    private record Component(String name, Class<?> type, Type genericType, boolean optional, Unit unit,
                             MethodHandle accessor) {
        Object read(Object record) {
            if (accessor == null) {
                return null;
            }
            try {
                return accessor.invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            }
        }

        /** Plain text and numbers of the right JSON type need no walk (the common case, checked inline). */
        boolean needsCheck(JsonNode child) {
            if (type == String.class) {
                return !child.isTextual();
            }
            if (type == double.class || type == Double.class) {
                return !child.isNumber() || !Double.isFinite(child.doubleValue());
            }
            return true;
        }
    }

    /**
     * Checks a JSON tree against the declared type: required fields, unknown fields, value types. The mapper is only
     * run when this finds nothing, so its (less readable) messages are a fallback.
     */
    static void checkTree(JsonNode node, Type type, String path, List<Problem> out) {
        checkValue(node, type, null, path, out);
    }

    /** Checks one value against its declared type (and, for numbers, names the unit in the hint). */
    static void checkValue(JsonNode node, Type type, Unit unit, String path, List<Problem> out) {
        Class<?> raw = rawClass(type);
        if (raw == null || node == null || node.isNull()) {
            return; // null for a field is reported by the caller, which knows whether the field is optional
        }
        if (raw.isRecord() && raw != GeoPoint.class) {
            checkRecord(node, raw, path, out);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                out.add(wrongType(node, path, "a list [...]"));
                return;
            }
            Type element = type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                if (node.get(i).isNull()) {
                    out.add(new Problem(p, "null in a list; remove it or write " + describe(rawClass(element), unit)));
                } else {
                    checkValue(node.get(i), element, unit, p, out);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) {
                out.add(wrongType(node, path, "an object {\"name\": value, ...}"));
            }
        } else if (raw == GeoPoint.class) {
            checkPosition(node, path, out);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (!node.isNumber()) {
                out.add(wrongType(node, path, describe(raw, unit)));
            } else if (!Double.isFinite(node.doubleValue())) {
                out.add(new Problem(path, "the number is too large (beyond ±1.8e308, it reads as infinite); write "
                        + describe(raw, unit)));
            }
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            boolean isLong = raw == long.class || raw == Long.class;
            if (!node.isNumber()) {
                out.add(wrongType(node, path, describe(raw, unit)));
            } else if (!node.isIntegralNumber()) {
                out.add(new Problem(path, node.asText() + " is not a whole number; write " + describe(raw, unit)));
            } else if (isLong ? !node.canConvertToLong() : !node.canConvertToInt()) {
                out.add(new Problem(path, node.asText() + " is too large; write " + describe(raw, unit)
                        + " up to " + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE)));
            }
        } else if (raw == String.class) {
            if (!node.isTextual()) {
                out.add(wrongType(node, path, "text in double quotes"
                        + (node.isValueNode() ? ", e.g. \"" + node.asText() + "\"" : "")));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                out.add(wrongType(node, path, "true or false"));
            }
        } else if (raw.isEnum()) {
            if (!node.isTextual()) {
                out.add(wrongType(node, path, describe(raw, unit)));
            } else if (enumNames(raw).stream().noneMatch(n -> n.equalsIgnoreCase(node.asText()))) {
                out.add(new Problem(path, "\"" + node.asText() + "\" is not a known value; write "
                        + describe(raw, unit)));
            }
        }
    }

    private static void checkRecord(JsonNode node, Class<?> raw, String path, List<Problem> out) {
        if (!node.isObject()) {
            out.add(wrongType(node, path, "an object {...}"));
            return;
        }
        Shape shape = SHAPES.get(raw);
        if (node.size() > shape.components().length || !shape.knowsAll(node)) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!shape.known().contains(name)) {
                    String guess = closest(name, shape.known());
                    out.add(new Problem(path + "." + name, "unknown field '" + name + "'; "
                            + (guess == null ? "remove it or check the spelling" : "did you mean '" + guess + "'?")
                            + " (known fields here: " + String.join(", ", shape.known()) + ")"));
                }
            }
        }
        for (Component c : shape.components()) {
            JsonNode child = node.get(c.name());
            if (child == null || child.isNull()) {
                String p = path + "." + c.name();
                if (!c.optional()) {
                    out.add(new Problem(p, (child == null ? "missing" : "is null") + "; this field is required: "
                            + "add \"" + c.name() + "\": " + describe(c.type(), c.unit())));
                } else if (child != null) {
                    // null is not "absent": a file that says "fleet": null means something we cannot guess
                    out.add(new Problem(p, "is null; leave the field out (it is optional) or write "
                            + describe(c.type(), c.unit())));
                }
            } else if (c.needsCheck(child)) {
                checkValue(child, c.genericType(), c.unit(), path + "." + c.name(), out);
            }
        }
    }

    private static void checkPosition(JsonNode node, String path, List<Problem> out) {
        if (!node.isArray()) {
            out.add(new Problem(path, "found " + kind(node) + "; write " + POSITION));
            return;
        }
        if (node.size() != 2) {
            out.add(new Problem(path, "a position has 2 numbers, found " + node.size() + "; write " + POSITION
                    + " (no altitude)"));
            return;
        }
        for (JsonNode n : node) {
            if (!n.isNumber()) {
                out.add(new Problem(path, "found " + kind(n) + " in a position; write " + POSITION));
                return;
            }
        }
    }

    private static Problem wrongType(JsonNode node, String path, String expected) {
        return new Problem(path, "found " + kind(node) + "; write " + expected);
    }

    /** How a JSON value reads to a user: the value itself for scalars, its kind otherwise. */
    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            return "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list of " + n.size();
        }
        if (n.isObject()) {
            return "an object {...}";
        }
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> enumNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object k : enumType.getEnumConstants()) {
            String n = ((Enum<?>) k).name().toLowerCase(Locale.ROOT);
            try {
                JsonProperty jp = enumType.getField(((Enum<?>) k).name()).getAnnotation(JsonProperty.class);
                if (jp != null) {
                    n = jp.value();
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            names.add(n);
        }
        return names;
    }

    /** The known name within edit distance 2 (case-insensitive) of a misspelt one, if any. */
    static String closest(String name, Set<String> known) {
        String best = null;
        int bestD = 3;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Reports numbers that are NaN, infinite, or outside their declared range, and required components that are null
     * (a project built in code rather than read), walking records and lists.
     */
    static void checkRanges(Object value, String path, List<Problem> out) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkRanges(list.get(i), path + "[" + i + "]", out);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() instanceof Double d && !Double.isFinite(d)) {
                    out.add(new Problem(path + "." + e.getKey(), d + " is not a finite number; write a plain number"));
                }
            }
            return;
        }
        Class<?> c = value.getClass();
        if (!c.isRecord() || !c.getPackageName().startsWith("org.evwb.core.project")) {
            return;
        }
        for (Component rc : SHAPES.get(c).components()) {
            Object v = rc.read(value);
            if (v == null) {
                if (!rc.optional()) {
                    out.add(new Problem(path + "." + rc.name(), "missing; this field is required: set it to "
                            + describe(rc.type(), rc.unit())));
                }
            } else if (v instanceof Number n) {
                double d = n.doubleValue();
                if (rc.unit() != null || !Double.isFinite(d)) {
                    checkNumber(d, rc.unit(), path + "." + rc.name(), out);
                }
            } else if (v instanceof GeoPoint g) {
                if (!Double.isFinite(g.lonDeg()) || !Double.isFinite(g.latDeg())) {
                    checkNumber(g.lonDeg(), null, path + "." + rc.name(), out);
                    checkNumber(g.latDeg(), null, path + "." + rc.name(), out);
                }
            } else if (v instanceof List<?> || v instanceof Map<?, ?> || v.getClass().isRecord()) {
                checkRanges(v, path + "." + rc.name(), out);
            }
        }
    }

    static void checkNumber(double v, Unit unit, String path, List<Problem> out) {
        String u = unit == null || unit.value().isEmpty() ? "" : " " + unit.value();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            out.add(new Problem(path, fmt(v) + " is not a finite number; write a plain number" + u));
            return;
        }
        if (unit == null) {
            return;
        }
        if (v < unit.min() || (unit.minExclusive() && v == unit.min())) {
            out.add(new Problem(path, fmt(v) + " is below " + (unit.minExclusive() ? "or equal to " : "")
                    + fmt(unit.min()) + "; it must be " + (unit.minExclusive() ? "greater than " : "at least ")
                    + fmt(unit.min()) + u));
        } else if (v > unit.max()) {
            out.add(new Problem(path, fmt(v) + " is above " + fmt(unit.max()) + "; it must be at most "
                    + fmt(unit.max()) + u));
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** What a value of a type looks like, with its unit, for "write …" hints. */
    static String describe(Class<?> t, Unit u) {
        String unit = u != null && !u.value().isEmpty() ? " in " + u.value() : "";
        String range = "";
        if (u != null && u.min() > Double.NEGATIVE_INFINITY) {
            range = (u.minExclusive() ? " above " : " ≥ ") + fmt(u.min());
            if (u.max() < Double.POSITIVE_INFINITY) {
                range = u.minExclusive() ? range + ", at most " + fmt(u.max())
                        : " from " + fmt(u.min()) + " to " + fmt(u.max());
            }
        }
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            return "a number" + unit + range;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "a whole number" + unit + range;
        }
        if (t == String.class) {
            return "text in double quotes";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == GeoPoint.class) {
            return POSITION;
        }
        if (t != null && List.class.isAssignableFrom(t)) {
            return "a list [...] (may be empty: [])";
        }
        if (t != null && t.isEnum()) {
            return "one of " + enumNames(t).stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        }
        return "an object {...}";
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
