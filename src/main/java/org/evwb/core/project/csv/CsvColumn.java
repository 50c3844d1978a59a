package org.evwb.core.project.csv;

import java.util.List;
import java.util.Locale;

/**
 * A column an import understands: its name (with the unit in it, as in the project file), whether it is required,
 * the unit explained for messages, and the stem used to recognise a column that names the same quantity in another
 * unit ({@code socWh}, {@code soc%}, {@code speedMph}).
 */
record CsvColumn(String name, boolean required, String unitHelp, String stem) {

    static CsvColumn required(String name, String unitHelp, String stem) {
        return new CsvColumn(name, true, unitHelp, stem);
    }

    static CsvColumn optional(String name, String unitHelp, String stem) {
        return new CsvColumn(name, false, unitHelp, stem);
    }

    /** The known column that {@code header} names in a wrong unit, or null when it is not one of ours at all. */
    static CsvColumn wrongUnit(String header, List<CsvColumn> known) {
        String h = header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\\[\\]()]", "");
        CsvColumn best = null;
        for (CsvColumn c : known) {
            // the longest stem wins, so "targetSoc%" is about targetSocKWh and not socKWh
            if (c.stem() != null && h.startsWith(c.stem()) && (best == null
                    || c.stem().length() > best.stem().length())) {
                best = c;
            }
        }
        return best;
    }
}
