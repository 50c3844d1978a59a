package org.evwb.core.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Reflective checks that follow the records' own declarations, so a new field is checked without new code:
 * required fields present in the JSON tree (everything not marked {@link OptionalField}), and numbers finite and
 * within their {@link Unit} range on the mapped records.
 */
final class RecordFields {

    private RecordFields() {
    }

    /** Reports fields that the file must have but leaves out or sets to null. */
    static void checkRequired(JsonNode node, Type type, String path, List<Problem> out) {
        Class<?> raw = rawClass(type);
        if (raw == null || node == null || node.isNull()) {
            return;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                return; // the mapper reports the wrong type with its path
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                JsonNode child = node.get(c.getName());
                boolean optional = c.isAnnotationPresent(OptionalField.class);
                if ((child == null || child.isNull()) && !optional) {
                    out.add(new Problem(path, (child == null ? "missing field '" : "field '") + c.getName() + "'"
                            + (child == null ? "" : " is null") + "; add " + describe(c)));
                } else if (child != null) {
                    checkRequired(child, c.getGenericType(), path + "." + c.getName(), out);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType pt) {
            Type element = pt.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                checkRequired(node.get(i), element, path + "[" + i + "]", out);
            }
        }
    }

    /** Reports numbers that are NaN, infinite, or outside their declared range, walking records and lists. */
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
        if (!c.isRecord() || !c.getPackageName().startsWith("org.evwb")) {
            return;
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String p = path + "." + rc.getName();
            if (v instanceof Number n) {
                checkNumber(n.doubleValue(), rc.getAnnotation(Unit.class), p, out);
            } else {
                checkRanges(v, p, out);
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

    private static String describe(RecordComponent c) {
        Class<?> t = c.getType();
        Unit u = c.getAnnotation(Unit.class);
        if (t == double.class || t == Double.class || t == int.class || t == long.class) {
            return (t == int.class || t == long.class ? "a whole number" : "a number")
                    + (u != null && !u.value().isEmpty() ? " in " + u.value() : "");
        }
        if (t == String.class) {
            return "a text value";
        }
        if (t == org.evwb.core.geo.GeoPoint.class) {
            return "a position [longitude, latitude]";
        }
        if (List.class.isAssignableFrom(t)) {
            return "a list (may be empty: [])";
        }
        if (t.isEnum()) {
            StringBuilder sb = new StringBuilder("one of");
            for (Object k : t.getEnumConstants()) {
                sb.append(' ').append('"').append(k.toString().toLowerCase(java.util.Locale.ROOT)).append('"');
            }
            return sb.toString();
        }
        return "an object";
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
