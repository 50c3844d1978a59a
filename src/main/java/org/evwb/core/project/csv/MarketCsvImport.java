package org.evwb.core.project.csv;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.TimeSeries;

/**
 * Imports real market data — one row per slot with columns {@code timestamp} (ISO local date-time, {@code
 * 2019-03-01T18:00} or {@code 2019-03-01 18:00}), {@code price} (¤/kWh) and {@code volume} (residual volume, kWh: &gt; 0
 * to deliver, &lt; 0 excess), optionally {@code excess_cost} (¤/kWh) — into the time series {@code price},
 * {@code residual} and {@code excess-cost} (the v2g study's defaults). Timestamps must follow each other at one slot
 * length; the series start at the first timestamp's minutes after midnight. Every problem names row and column and
 * the fix; nothing is imported unless the whole file is good.
 */
public final class MarketCsvImport {

    /** Series ids the import writes. */
    public static final String PRICE = "price";
    public static final String RESIDUAL = "residual";
    public static final String EXCESS_COST = "excess-cost";

    public List<TimeSeries> read(Path file) throws ProjectFileException {
        return read(CsvTable.read(file));
    }

    public List<TimeSeries> read(byte[] csv, String source) throws ProjectFileException {
        return read(CsvTable.parse(csv, source));
    }

    private List<TimeSeries> read(CsvTable t) throws ProjectFileException {
        List<Problem> out = new ArrayList<>();
        int ts = t.column("timestamp");
        int pr = t.column("price");
        int vo = t.column("volume");
        int ex = t.column("excess_cost");
        for (String[] need : new String[][]{{"timestamp", "the slot's start, e.g. 2019-03-01T18:00"},
                {"price", "the intraday price in ¤/kWh"}, {"volume", "the residual volume in kWh"}}) {
            if (t.column(need[0]) < 0) {
                out.add(new Problem(t.where(1, null), "no column '" + need[0] + "' (" + need[1] + "); the header "
                        + "needs timestamp, price, volume (and optionally excess_cost), found " + t.header()));
            }
        }
        if (!out.isEmpty()) {
            throw new ProjectFileException(t.source(), out);
        }
        if (t.rows().isEmpty()) {
            throw new ProjectFileException(t.source(), t.where(2, null), "no data rows: the file has a header but no "
                    + "slots");
        }
        List<LocalDateTime> times = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        List<Double> volumes = new ArrayList<>();
        List<Double> excess = new ArrayList<>();
        for (CsvTable.Row row : t.rows()) {
            String cell = row.cell(ts);
            LocalDateTime time = null;
            try {
                time = LocalDateTime.parse(cell.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                out.add(new Problem(t.where(row.number(), "timestamp"), "\"" + cell + "\" is not a date and time; "
                        + "write it as 2019-03-01T18:00 (ISO, local time)"));
            }
            times.add(time);
            prices.add(t.number(row, pr, "price", "¤/kWh", out));
            volumes.add(t.number(row, vo, "volume", "kWh", out));
            if (ex >= 0) {
                Double e = t.number(row, ex, "excess_cost", "¤/kWh", out);
                if (e != null && e < 0) {
                    out.add(new Problem(t.where(row.number(), "excess_cost"), e + " is negative; excess is a cost, "
                            + "write a value ≥ 0"));
                }
                excess.add(e);
            }
        }
        long slotMinutes = -1;
        if (out.isEmpty() && times.size() >= 2) {
            slotMinutes = Duration.between(times.get(0), times.get(1)).toMinutes();
            if (slotMinutes <= 0) {
                out.add(new Problem(t.where(t.rows().get(1).number(), "timestamp"), "comes "
                        + (slotMinutes == 0 ? "at the same time as" : "before") + " the row above; rows must follow "
                        + "each other in time"));
            }
            for (int i = 2; i < times.size() && out.isEmpty(); i++) {
                long step = Duration.between(times.get(i - 1), times.get(i)).toMinutes();
                if (step != slotMinutes) {
                    out.add(new Problem(t.where(t.rows().get(i).number(), "timestamp"), times.get(i) + " is " + step
                            + " min after the row above, the file's slots are " + slotMinutes + " min; give one row "
                            + "per slot without gaps"));
                }
            }
        }
        if (!out.isEmpty()) {
            throw new ProjectFileException(t.source(), out);
        }
        if (slotMinutes < 0) {
            slotMinutes = 15;
        }
        double start = times.get(0).getHour() * 60 + times.get(0).getMinute();
        List<TimeSeries> series = new ArrayList<>();
        series.add(new TimeSeries(PRICE, "Intraday price", "¤/kWh", start, slotMinutes, prices));
        series.add(new TimeSeries(RESIDUAL, "Residual volume", "kWh", start, slotMinutes, volumes));
        if (ex >= 0) {
            series.add(new TimeSeries(EXCESS_COST, "Excess cost", "¤/kWh", start, slotMinutes, excess));
        }
        return series;
    }
}
