package org.evwb.core.solve.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.csv.CsvWriter;

/**
 * Sweep rows as CSV (one flat table: the point's axes, the fixed columns of {@link SweepRow}, then one column per
 * objective, in first-seen order; a missing objective is an empty cell) and as JSON (a list of row objects with the
 * point and the objectives nested). Files are written atomically.
 */
public final class SweepTables {

    private SweepTables() {
    }

    /** The CSV header, in column order. */
    public static List<String> columns(List<SweepRow> rows) {
        Set<String> axes = new LinkedHashSet<>();
        Set<String> objectives = new LinkedHashSet<>();
        for (SweepRow r : rows) {
            axes.addAll(r.point().keySet());
            objectives.addAll(r.objectives().keySet());
        }
        List<String> cols = new ArrayList<>(axes);
        cols.addAll(SweepRow.COLUMNS);
        for (String o : objectives) {
            if (cols.contains(o)) {
                throw new IllegalArgumentException("objective '" + o + "' has the name of another column; the CSV "
                        + "would have it twice (use the JSON form, or rename the objective)");
            }
            cols.add(o);
        }
        return cols;
    }

    /** The rows as CSV through the product's one CSV writer (text cells defused against formula injection). */
    public static String toCsv(List<SweepRow> rows) throws IOException {
        return CsvWriter.toCsv(SweepTable.ofRows(rows).lines());
    }

    /** One row as named cells: the point's axes, the fixed columns, then the objectives. */
    public static Map<String, Object> flat(SweepRow r) {
        Map<String, Object> m = new LinkedHashMap<>(r.point());
        m.put("task", r.task());
        m.put("run", r.run());
        m.put("seed", r.seed());
        m.put("solver", r.solver());
        m.put("status", r.status().name());
        m.put("feasible", r.feasible());
        m.put("violations", r.violations());
        m.put("wallSeconds", r.wallSeconds());
        m.put("cpuSeconds", r.cpuSeconds());
        m.put("processCpuSeconds", r.processCpuSeconds());
        m.put("computeEnergyKWh", r.computeEnergyKWh());
        m.put("computeCo2Kg", r.computeCo2Kg());
        m.put("error", r.error());
        m.putAll(r.objectives());
        return m;
    }

    /** Any sweep table as CSV through the one CSV writer. */
    public static String toCsv(SweepTable table) throws IOException {
        return CsvWriter.toCsv(table.lines());
    }

    /** Any sweep table as a JSON list of row objects. */
    public static String toJson(SweepTable table, ObjectMapper mapper) throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(table.rows());
    }

    public static String toJson(List<SweepRow> rows, ObjectMapper mapper) throws IOException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(rows);
    }

    public static void writeCsv(Path file, List<SweepRow> rows) throws IOException {
        ProjectIO.writeAtomically(file, toCsv(rows).getBytes(StandardCharsets.UTF_8), false);
    }

    public static void writeJson(Path file, List<SweepRow> rows, ObjectMapper mapper) throws IOException {
        ProjectIO.writeAtomically(file, toJson(rows, mapper).getBytes(StandardCharsets.UTF_8), false);
    }
}
