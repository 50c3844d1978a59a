package org.evwb.core.solve.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A full-factorial grid: every combination of the axes' values, the first axis outermost. */
public record SweepGrid(List<Axis> axes) {

    /** One swept parameter and the values it takes. */
    public record Axis(String name, List<?> values) {
        public Axis {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a sweep axis needs a name");
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("sweep axis '" + name + "' has no values");
            }
            values = List.copyOf(values);
        }
    }

    public SweepGrid {
        axes = List.copyOf(axes);
        Set<String> names = new HashSet<>();
        for (Axis a : axes) {
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("sweep axis '" + a.name() + "' appears twice");
            }
            if (SweepRow.COLUMNS.contains(a.name())) {
                throw new IllegalArgumentException("sweep axis '" + a.name() + "' clashes with a row column; "
                        + "rename it (the columns are " + SweepRow.COLUMNS + ")");
            }
        }
    }

    public static SweepGrid of(Axis... axes) {
        return new SweepGrid(List.of(axes));
    }

    public static Axis axis(String name, List<?> values) {
        return new Axis(name, values);
    }

    /** Every point, the last axis varying fastest. */
    public List<SweepPoint> points() {
        List<SweepPoint> out = new ArrayList<>();
        collect(0, new LinkedHashMap<>(), out);
        return List.copyOf(out);
    }

    private void collect(int axis, Map<String, Object> prefix, List<SweepPoint> out) {
        if (axis == axes.size()) {
            out.add(new SweepPoint(prefix));
            return;
        }
        Axis a = axes.get(axis);
        for (Object v : a.values()) {
            prefix.put(a.name(), v);
            collect(axis + 1, prefix, out);
        }
        prefix.remove(a.name());
    }
}
