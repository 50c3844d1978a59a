package org.evwb.core.qubo.io;

import java.util.List;
import java.util.Objects;

/**
 * Samples read back from a file for one QUBO, before anything is trusted: every row's 0/1 state in the QUBO's
 * variable order (SPIN samples already converted with x = (1 + s)/2), how often it occurred, the energy the file
 * states for it (NaN when it states none) and where in the file it is, for messages.
 *
 * @param source      the file (or "the command line" for a literal bit string)
 * @param format      {@code bitstring}, {@code csv}, {@code ocean} or {@code evwb}
 * @param vartype     {@code BINARY} or {@code SPIN}: how the file wrote its values
 * @param rows        the samples in file order
 * @param fingerprint the QUBO fingerprint the file names (see {@link QuboFingerprint}), or null when it names none
 * @param fingerprintWhere where the file names it (a line or JSON path), or null
 */
public record ImportedSamples(String source, String format, String vartype, List<Row> rows, String fingerprint,
                              String fingerprintWhere) {

    public ImportedSamples {
        Objects.requireNonNull(source);
        rows = List.copyOf(rows);
    }

    /**
     * One sample as the file gives it.
     *
     * @param where        its place in the file: {@code row 3}, {@code line 2}, {@code $.sample_data.data[4]}
     * @param state        0/1 per QUBO variable, in the QUBO's order
     * @param occurrences  how often it was read (at least 1)
     * @param statedEnergy the energy the file gives, or NaN
     */
    public record Row(String where, byte[] state, long occurrences, double statedEnergy) { }

    /** Reads in total: the sum of the occurrences. */
    public long reads() {
        return rows.stream().mapToLong(Row::occurrences).sum();
    }
}
