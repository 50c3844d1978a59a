package org.evwb.core.study.netzero;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;

/**
 * Reads hourly weather rows from CSV: a header naming {@code windSpeedMs}, {@code irradianceWm2} and
 * {@code temperatureC} (any order, any case; an {@code hour} column, if present, must count 0, 1, 2, …), then one row
 * per hour. Every problem is reported with its row and column ("row 12, column irradianceWm2: NaN is not a finite
 * number") and nothing is imported until all are fixed. {@link #toSeries} makes the project's time series the study
 * parameters {@code windSpeedSeriesId}, {@code irradianceSeriesId} and {@code temperatureSeriesId} then name.
 */
public final class WeatherCsv {

    /** The columns, in the order of {@link WeatherYear}'s arrays. */
    public static final List<String> COLUMNS = List.of("windSpeedMs", "irradianceWm2", "temperatureC");
    /** The time series ids {@link #toSeries} gives. */
    public static final List<String> SERIES_IDS = List.of("weather-wind-speed", "weather-irradiance",
            "weather-temperature");
    static final int MAX_ROWS = 100_000;

    private WeatherCsv() {
    }

    public static WeatherYear read(Path file) throws ProjectFileException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "", "cannot read the weather file: " + e.getMessage());
        }
    }

    public static WeatherYear parse(String text, String source) throws ProjectFileException {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.replace("\r", "").split("\n", -1);
        int header = 0;
        while (header < lines.length && lines[header].isBlank()) {
            header++;
        }
        if (header == lines.length) {
            throw new ProjectFileException(source, "row 1", "the file is empty; write a header "
                    + String.join(",", COLUMNS) + " and one row per hour");
        }
        String[] names = lines[header].split(",", -1);
        int[] col = {-1, -1, -1};
        int hourCol = -1;
        for (int c = 0; c < names.length; c++) {
            String n = names[c].trim().replace("\uFEFF", "");
            for (int k = 0; k < COLUMNS.size(); k++) {
                if (n.equalsIgnoreCase(COLUMNS.get(k))) {
                    col[k] = c;
                }
            }
            if (n.equalsIgnoreCase("hour")) {
                hourCol = c;
            }
        }
        for (int k = 0; k < COLUMNS.size(); k++) {
            if (col[k] < 0) {
                problems.add(new Problem("row " + (header + 1), "no column " + COLUMNS.get(k) + "; the header "
                        + "needs " + String.join(", ", COLUMNS) + " (found: " + lines[header].trim() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = header + 1; r < lines.length; r++) {
            if (lines[r].isBlank()) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                problems.add(new Problem("row " + (r + 1), "more than " + MAX_ROWS + " rows; a weather year has "
                        + WeatherYear.HOURS));
                break;
            }
            String[] cells = lines[r].split(",", -1);
            double[] v = new double[3];
            boolean ok = true;
            for (int k = 0; k < 3; k++) {
                String where = "row " + (r + 1) + ", column " + COLUMNS.get(k);
                String cell = col[k] < cells.length ? cells[col[k]].trim() : "";
                double x;
                try {
                    x = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    x = Double.NaN;
                }
                if (!Double.isFinite(x)) {
                    problems.add(new Problem(where, (cell.isEmpty() ? "empty" : "\"" + cell + "\" is not a finite "
                            + "number") + "; write a plain number with a dot as the decimal separator"));
                    ok = false;
                } else if (k < 2 && x < 0) {
                    problems.add(new Problem(where, x + " is negative; " + COLUMNS.get(k) + " is >= 0"));
                    ok = false;
                }
                v[k] = x;
            }
            if (hourCol >= 0) {
                String cell = hourCol < cells.length ? cells[hourCol].trim() : "";
                if (!cell.equals(String.valueOf(rows.size()))) {
                    problems.add(new Problem("row " + (r + 1) + ", column hour", "\"" + cell + "\": hours must count "
                            + "0, 1, 2, … without gaps; expected " + rows.size()));
                    ok = false;
                }
            }
            rows.add(ok ? v : new double[] {0, 0, 0});
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("row " + (header + 2), "no weather rows after the header"));
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(source, problems);
        }
        double[][] cols = new double[3][rows.size()];
        for (int h = 0; h < rows.size(); h++) {
            for (int k = 0; k < 3; k++) {
                cols[k][h] = rows.get(h)[k];
            }
        }
        return new WeatherYear(cols[0], cols[1], cols[2], source);
    }

    /** The weather as three hourly time series (ids {@link #SERIES_IDS}) to add to a project. */
    public static List<TimeSeries> toSeries(WeatherYear w) {
        return List.of(series(SERIES_IDS.get(0), "Wind speed", "m/s", w.windSpeedMs()),
                series(SERIES_IDS.get(1), "Irradiance", "W/m²", w.irradianceWm2()),
                series(SERIES_IDS.get(2), "Air temperature", "°C", w.temperatureC()));
    }

    private static TimeSeries series(String id, String name, String unit, double[] v) {
        List<Double> values = new ArrayList<>(v.length);
        for (double x : v) {
            values.add(x);
        }
        return new TimeSeries(id, name + " (weather)", unit, 0, 60, values);
    }

    /** A weather year as CSV (header and one row per hour), the format {@link #parse} reads. */
    public static String write(WeatherYear w) {
        StringBuilder sb = new StringBuilder("hour," + String.join(",", COLUMNS) + "\n");
        for (int h = 0; h < w.hours(); h++) {
            sb.append(h).append(',').append(String.format(Locale.ROOT, "%.3f,%.2f,%.2f", w.windSpeedMs()[h],
                    w.irradianceWm2()[h], w.temperatureC()[h])).append('\n');
        }
        return sb.toString();
    }
}
