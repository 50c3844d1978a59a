package org.evwb.core.solve.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One table a sweep produced, as named columns: the solver rows ({@link #ROWS}, from {@link SweepTables}'s flat form)
 * or a preset's own per-task table (e.g. exchange's edge-computing tasks of Fig. 7). Cells are numbers, text,
 * booleans or null. Charts ({@link SweepChart}) and the CSV/JSON files read it.
 */
public record SweepTable(String name, List<String> columns, List<Map<String, Object>> rows) {

    /** The name of the table of solver rows. */
    public static final String ROWS = "rows";

    public SweepTable {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a sweep table name is lower case, digits and dashes, was \"" + name
                    + "\"");
        }
        columns = List.copyOf(columns);
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** A table whose columns are the keys of its rows in first-seen order. */
    public static SweepTable of(String name, List<Map<String, Object>> rows) {
        Set<String> cols = new LinkedHashSet<>();
        rows.forEach(r -> cols.addAll(r.keySet()));
        return new SweepTable(name, new ArrayList<>(cols), rows);
    }

    /** The solver rows as a table, in the CSV's column order. */
    public static SweepTable ofRows(List<SweepRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (SweepRow r : rows) {
            out.add(SweepTables.flat(r));
        }
        return new SweepTable(ROWS, SweepTables.columns(rows), out);
    }

    /** The cells as a list of lines (header first), for the CSV writer. */
    public List<List<?>> lines() {
        List<List<?>> out = new ArrayList<>(rows.size() + 1);
        out.add(columns);
        for (Map<String, Object> r : rows) {
            List<Object> cells = new ArrayList<>(columns.size());
            for (String c : columns) {
                cells.add(r.get(c));
            }
            out.add(cells);
        }
        return out;
    }

    /** A numeric cell, or NaN when it is empty or not a number. */
    public static double number(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }
}
