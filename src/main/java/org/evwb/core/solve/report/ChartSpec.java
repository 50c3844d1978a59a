package org.evwb.core.solve.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chart a study contributes to a run report, as data: its title, axes with units and series. The report package
 * draws it (vector, in PDF and SVG); a study never draws report charts itself.
 *
 * @param id        a short id, unique within the report ({@code gantt}); names the chart's files
 * @param title     the chart's title, shown above it and searched for in tests
 * @param kind      how the series are drawn
 * @param x         the horizontal axis (category axis for {@link Kind#CATEGORY}; the row axis of intervals)
 * @param y         the vertical axis (the value axis; the time axis of intervals)
 * @param xy        the series of an {@link Kind#XY_LINE} or {@link Kind#XY_SCATTER} chart
 * @param bars      the series of a {@link Kind#CATEGORY} chart
 * @param intervals the rows of an {@link Kind#INTERVAL} chart (a Gantt chart)
 */
public record ChartSpec(String id, String title, Kind kind, Axis x, Axis y, List<XySeries> xy,
                        List<CategorySeries> bars, List<Interval> intervals) {

    /** How a chart draws its data. */
    public enum Kind { XY_LINE, XY_SCATTER, CATEGORY, INTERVAL }

    /** An axis: its label and unit ("Time", "min"); the unit may be empty. */
    public record Axis(String label, String unit) {
        public Axis {
            Objects.requireNonNull(label);
            unit = unit == null ? "" : unit;
        }

        /** "Time (min)", or the label alone. */
        public String text() {
            return unit.isEmpty() ? label : label + " (" + unit + ")";
        }
    }

    /** A named series of points. */
    public record XySeries(String name, List<double[]> points) {
        public XySeries {
            points = List.copyOf(points);
        }
    }

    /** A named series of values by category, in order. */
    public record CategorySeries(String name, Map<String, Double> values) {
        public CategorySeries {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * One bar of a Gantt chart: on row {@code row} (a charger) from {@code start} to {@code end}, in the series
     * {@code series} (e.g. the charging mode), labelled {@code label} (the EMV).
     */
    public record Interval(String row, String series, double start, double end, String label) { }

    public ChartSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(x);
        Objects.requireNonNull(y);
        xy = xy == null ? List.of() : List.copyOf(xy);
        bars = bars == null ? List.of() : List.copyOf(bars);
        intervals = intervals == null ? List.of() : List.copyOf(intervals);
    }

    public static ChartSpec lines(String id, String title, Axis x, Axis y, List<XySeries> series) {
        return new ChartSpec(id, title, Kind.XY_LINE, x, y, series, null, null);
    }

    public static ChartSpec scatter(String id, String title, Axis x, Axis y, List<XySeries> series) {
        return new ChartSpec(id, title, Kind.XY_SCATTER, x, y, series, null, null);
    }

    public static ChartSpec bars(String id, String title, Axis categories, Axis values,
                                 List<CategorySeries> series) {
        return new ChartSpec(id, title, Kind.CATEGORY, categories, values, null, series, null);
    }

    public static ChartSpec gantt(String id, String title, Axis rows, Axis time, List<Interval> intervals) {
        return new ChartSpec(id, title, Kind.INTERVAL, rows, time, null, null, intervals);
    }
}
