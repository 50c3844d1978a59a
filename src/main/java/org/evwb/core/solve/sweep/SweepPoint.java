package org.evwb.core.solve.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of a sweep's parameter grid: named values in the grid's axis order, e.g. {@code {evs=100, bss=3}}.
 * Values are numbers, strings, booleans or enums (they go into CSV and JSON rows and into the task seed).
 */
public record SweepPoint(Map<String, Object> values) {

    public SweepPoint {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (!(v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Enum<?>)) {
                throw new IllegalArgumentException("sweep value '" + e.getKey() + "' must be a number, text, boolean"
                        + " or enum, was " + (v == null ? "null" : v.getClass().getSimpleName()));
            }
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A point with one value per name, in the order given: {@code of("evs", 100, "bss", 3)}. */
    public static SweepPoint of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("give names and values in pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new SweepPoint(m);
    }

    /** The value of {@code name}; throws naming the point's axes when there is none. */
    public Object value(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("sweep point has no '" + name + "'; it has " + values.keySet());
        }
        return v;
    }

    public int intValue(String name) {
        return ((Number) value(name)).intValue();
    }

    public double doubleValue(String name) {
        return ((Number) value(name)).doubleValue();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
