package org.evwb.ui.project;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One editable (or shown) field of a record, derived from its record components: a label with the unit, the allowed
 * range from {@code @Unit}, and how to read it and how to make a new record with another value. A position
 * component becomes two fields (latitude, longitude). Used by the entity tables, the property editor and the solver
 * parameter form alike, so all three refuse the same values with the same messages.
 *
 * @param name      component name (for a position: {@code position.lat} / {@code position.lon})
 * @param label     human label with unit, e.g. "Battery capacity (kWh)"
 * @param unit      unit label, "" for none
 * @param type      the value type (String, double, Double, int, long, boolean, an enum, or a shown-only type)
 * @param editable  false for ids and lists (shown only); a nested record's simple fields are editable
 * @param nullable  true when the value may be left empty (optional boxed numbers)
 */
public record EntityField(
        String name,
        String label,
        String unit,
        Class<?> type,
        double min,
        double max,
        boolean minExclusive,
        boolean editable,
        boolean nullable,
        Function<Record, Object> getter,
        BiFunction<Record, Object, Record> setter) {

    public Object get(Record r) {
        return getter.apply(r);
    }

    /** The value as text for a table cell or editor. */
    public String display(Record r) {
        return format(get(r));
    }

    public String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return formatNumber(d);
        }
        if (v instanceof List<?> list) {
            return list.size() + (list.size() == 1 ? " item" : " items");
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        return v.toString();
    }

    /** True for numeric fields (right-aligned, parsed as numbers). */
    public boolean isNumeric() {
        return type == double.class || type == Double.class || type == int.class || type == long.class
                || type == Integer.class || type == Long.class;
    }

    /** A copy of {@code r} with this field set to {@code value} (already parsed). */
    public Record with(Record r, Object value) throws FieldValueException {
        try {
            return setter.apply(r, value);
        } catch (IllegalArgumentException e) {
            throw new FieldValueException(label + ": " + e.getMessage());
        }
    }

    /**
     * Parses and checks text typed by the user. Refuses text that is not a value of the type, NaN and infinities,
     * and numbers outside the range, with a message naming the field and the range.
     */
    public Object parse(String text) throws FieldValueException {
        String t = text == null ? "" : text.trim();
        if (type == String.class) {
            return text == null ? "" : text;
        }
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(t)) {
                    return c;
                }
            }
            throw new FieldValueException(label + ": \"" + t + "\" is not one of " + choices());
        }
        if (type == boolean.class || type == Boolean.class) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(t);
            }
            throw new FieldValueException(label + ": write true or false");
        }
        if (t.isEmpty()) {
            if (nullable) {
                return null;
            }
            throw new FieldValueException(label + " needs a value; it must be " + rangeText());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            long v;
            try {
                v = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new FieldValueException(label + ": \"" + t + "\" is not a whole number; it must be "
                        + rangeText());
            }
            checkRange(v, t);
            if (type == int.class || type == Integer.class) {
                if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    throw new FieldValueException(label + ": " + t + " is too large");
                }
                return (int) v;
            }
            return v;
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new FieldValueException(label + ": \"" + t + "\" is not a number; it must be " + rangeText());
        }
        if (!Double.isFinite(v)) {
            throw new FieldValueException(label + ": " + t + " is not a finite number; it must be " + rangeText());
        }
        checkRange(v, t);
        return v;
    }

    /** Checks an already-typed value (from an enum or number editor) against the range. */
    public void check(Object value) throws FieldValueException {
        if (value instanceof Number n && isNumeric()) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new FieldValueException(label + ": " + d + " is not a finite number; it must be "
                        + rangeText());
            }
            checkRange(d, formatNumber(d));
        } else if (value == null && !nullable && type != String.class) {
            throw new FieldValueException(label + " needs a value");
        }
    }

    /** The allowed range in words, e.g. "greater than 0 kWh" or "between 0 and 1". */
    public String rangeText() {
        String u = unit.isEmpty() ? "" : " " + unit;
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        String kind = type == int.class || type == long.class || type == Integer.class || type == Long.class
                ? "a whole number" : "a number";
        if (hasMin && hasMax) {
            return kind + " " + (minExclusive ? "greater than " + formatNumber(min) + " and at most "
                    : "between " + formatNumber(min) + " and ") + formatNumber(max) + u;
        }
        if (hasMin) {
            return kind + " " + (minExclusive ? "greater than " : "of at least ") + formatNumber(min) + u;
        }
        if (hasMax) {
            return kind + " of at most " + formatNumber(max) + u;
        }
        return kind + (u.isEmpty() ? "" : " in" + u);
    }

    private void checkRange(double v, String typed) throws FieldValueException {
        if (v < min || (minExclusive && v == min) || v > max) {
            throw new FieldValueException(label + ": " + typed + " is out of range; it must be " + rangeText());
        }
    }

    private String choices() {
        StringBuilder sb = new StringBuilder();
        for (Object c : type.getEnumConstants()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Numbers as the user typed them: no exponent for ordinary magnitudes, no trailing ".0". */
    public static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Math.abs(d) >= 1e-4 && Math.abs(d) < 1e15) {
            return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(d);
    }
}
