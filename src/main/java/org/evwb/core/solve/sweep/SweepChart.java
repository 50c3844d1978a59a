package org.evwb.core.solve.sweep;

import java.util.List;
import java.util.Objects;

/**
 * A chart a sweep draws, as data: which table it reads ({@link SweepTable#ROWS} or one of a preset's task tables),
 * the x column, the y columns and the column whose values make the series. Every point is the mean of the y column
 * over the table rows with that series value and x value (the seeded runs); NaN and empty cells are skipped. A
 * {@link Kind#BAR} chart has one category per y column and one bar per series value (means over all rows).
 *
 * @param id     file name of the chart (lower case, digits and dashes), e.g. {@code fig6-utilities}
 * @param xLabel x axis label with its unit; for a bar chart, the categories' label
 * @param yLabel y axis label with its unit
 * @param logY   a logarithmic y axis (for times that span milliseconds to seconds)
 */
public record SweepChart(String id, String title, String table, Kind kind, String x, List<String> ys, String series,
                         String xLabel, String yLabel, boolean logY) {

    /** How the points are drawn. */
    public enum Kind { LINE, BAR }

    public SweepChart {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a sweep chart id is lower case, digits and dashes, was \"" + id + "\"");
        }
        Objects.requireNonNull(title, "title");
        table = table == null ? SweepTable.ROWS : table;
        Objects.requireNonNull(kind, "kind");
        ys = List.copyOf(ys);
        if (ys.isEmpty()) {
            throw new IllegalArgumentException("sweep chart " + id + " needs at least one y column");
        }
        if (kind == Kind.LINE) {
            Objects.requireNonNull(x, "x");
        }
        Objects.requireNonNull(series, "series");
    }

    /** A line chart of the main rows: mean {@code y} over the runs against {@code x}, one line per {@code series}. */
    public static SweepChart line(String id, String title, String x, String y, String series, String xLabel,
                                  String yLabel) {
        return new SweepChart(id, title, SweepTable.ROWS, Kind.LINE, x, List.of(y), series, xLabel, yLabel, false);
    }

    /** The same chart on another table. */
    public SweepChart onTable(String tableName) {
        return new SweepChart(id, title, tableName, kind, x, ys, series, xLabel, yLabel, logY);
    }

    /** The same chart with several y columns (a line each per series value). */
    public SweepChart withYs(List<String> columns) {
        return new SweepChart(id, title, table, kind, x, columns, series, xLabel, yLabel, logY);
    }

    /** The same chart with a logarithmic y axis. */
    public SweepChart logarithmic() {
        return new SweepChart(id, title, table, kind, x, ys, series, xLabel, yLabel, true);
    }

    /** Every column the chart reads. */
    public List<String> columns() {
        List<String> c = new java.util.ArrayList<>();
        if (x != null) {
            c.add(x);
        }
        c.addAll(ys);
        c.add(series);
        return c;
    }
}
