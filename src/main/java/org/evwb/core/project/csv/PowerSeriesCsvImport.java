package org.evwb.core.project.csv;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.project.Problem;
import org.evwb.core.project.ProjectFileException;

/**
 * Reads one power series (W) from CSV the way a solar plant exports it: a header row, then one row per slot with an
 * optional {@code timestamp} column (ISO local date-time, {@code 2019-06-01T06:00} or {@code 2019-06-01 06:00}) and
 * one value column — the only other column, or the one named {@code W}, {@code power}, {@code powerW}, {@code solarW}
 * or {@code power [W]}. Values must be finite and ≥ 0; the file must have exactly {@code slots} rows, and with
 * timestamps they must follow each other at {@code slotMinutes}. Every problem names the file, the row and the
 * column and says what to do; nothing is returned unless the whole file is good.
 */
public final class PowerSeriesCsvImport {

    /** The value column's accepted names (any case). */
    static final List<String> VALUE_NAMES = List.of("W", "power", "powerW", "solarW", "power [W]", "solar [W]");

    /**
     * The values of {@code file}.
     *
     * @param slots       the number of slots the series must have (one row each)
     * @param slotMinutes the slot length the timestamps must step by
     */
    public List<Double> read(Path file, int slots, double slotMinutes, ImportProgress progress)
            throws ProjectFileException {
        return read(CsvTable.read(file, progress), slots, slotMinutes);
    }

    public List<Double> read(byte[] csv, String source, int slots, double slotMinutes) throws ProjectFileException {
        return read(CsvTable.parse(csv, source), slots, slotMinutes);
    }

    private static List<Double> read(CsvTable t, int slots, double slotMinutes) throws ProjectFileException {
        List<Problem> out = new ArrayList<>();
        int ts = t.column("timestamp");
        int value = -1;
        for (String name : VALUE_NAMES) {
            if (value < 0 && t.column(name) >= 0) {
                value = t.column(name);
            }
        }
        if (value < 0 && t.header().size() == (ts < 0 ? 1 : 2)) {
            value = ts == 0 ? 1 : 0;
        }
        if (value < 0) {
            throw new ProjectFileException(t.source(), t.where(1, null), "no power column: the header " + t.header()
                    + " needs one column of W (named W, power, powerW or solarW), optionally with a timestamp column");
        }
        String col = t.header().get(value);
        if (t.rows().size() != slots) {
            out.add(new Problem(t.where(t.rows().isEmpty() ? 2 : t.rows().get(t.rows().size() - 1).number(), null),
                    "the file has " + t.rows().size() + " rows of values but the day has " + slots + " slots of "
                            + fmt(slotMinutes) + " min; give one row per slot"));
        }
        List<Double> values = new ArrayList<>(t.rows().size());
        LocalDateTime previous = null;
        for (CsvTable.Row row : t.rows()) {
            if (out.size() >= 20) {
                break;
            }
            Double v = t.number(row, value, col, "W", out);
            if (v != null && v < 0) {
                out.add(new Problem(t.where(row.number(), col), v + " W is negative; solar input is 0 W or more"));
            }
            values.add(v);
            if (ts >= 0) {
                String cell = row.cell(ts);
                try {
                    LocalDateTime time = LocalDateTime.parse(cell.replace(' ', 'T'));
                    if (previous != null) {
                        long step = Duration.between(previous, time).toSeconds();
                        if (step != Math.round(slotMinutes * 60)) {
                            out.add(new Problem(t.where(row.number(), "timestamp"), time + " is " + fmt(step / 60.0)
                                    + " min after the row above; the day's slots are " + fmt(slotMinutes) + " min: "
                                    + "give one row per slot, without gaps"));
                        }
                    }
                    previous = time;
                } catch (DateTimeParseException e) {
                    out.add(new Problem(t.where(row.number(), "timestamp"), "\"" + cell + "\" is not a date and "
                            + "time; write it as 2019-06-01T06:00 (ISO, local time)"));
                    previous = null;
                }
            }
        }
        if (!out.isEmpty()) {
            throw new ProjectFileException(t.source(), out);
        }
        return List.copyOf(values);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
