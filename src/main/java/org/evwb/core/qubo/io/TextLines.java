package org.evwb.core.qubo.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import org.evwb.core.project.ProjectFileException;

/** Shared helpers of the line-based QUBO formats: number parsing with "file, line N" errors, plain number output. */
final class TextLines {

    private TextLines() {
    }

    /** A double in plain notation (no exponent, which dimod's COO reader rejects) that parses back to itself. */
    static String number(double v) {
        String s = new BigDecimal(Double.toString(v)).toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }

    static int index(String token, String source, int line, String what) throws ProjectFileException {
        long v = whole(token, source, line, what);
        if (v > Integer.MAX_VALUE) {
            throw new ProjectFileException(source, "line " + line, what + " " + token + " is larger than "
                    + Integer.MAX_VALUE + ", the largest index a QUBO file may use");
        }
        return (int) v;
    }

    /**
     * A declared size (a variable or edge count of a header line), refused above {@code limit} before anything is
     * allocated for it: a two-line file must not be able to ask for two billion variables.
     */
    static int declared(String token, String source, int line, String what, long limit)
            throws ProjectFileException {
        long v = whole(token, source, line, what);
        if (v > limit) {
            throw new ProjectFileException(source, "line " + line, what + " " + token + " is above the limit of "
                    + String.format(java.util.Locale.ROOT, "%,d", limit) + " this build reads; is the header right? "
                    + "(a QUBO file holds at most " + String.format(java.util.Locale.ROOT, "%,d",
                    QuboFiles.MAX_VARIABLES) + " variables)");
        }
        return (int) v;
    }

    private static long whole(String token, String source, int line, String what) throws ProjectFileException {
        try {
            long v = Long.parseLong(token);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            if (token.matches("\\d{19,}")) {
                throw new ProjectFileException(source, "line " + line, what + " " + abbreviated(token)
                        + " is larger than " + Integer.MAX_VALUE + ", the largest index a QUBO file may use");
            }
            throw new ProjectFileException(source, "line " + line, what + " '" + abbreviated(token)
                    + "' is not a whole number >= 0; variable indices are 0, 1, 2, ...");
        }
    }

    /** A token as a message quotes it: at most 40 characters. */
    static String abbreviated(String token) {
        return token.length() <= 40 ? token : token.substring(0, 40) + "… (" + token.length() + " characters)";
    }

    static double bias(String token, String source, int line) throws ProjectFileException {
        try {
            double v = Double.parseDouble(token);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ProjectFileException(source, "line " + line, "bias '" + token
                    + "' is not a finite number; write e.g. -1.5");
        }
    }

    /** Reads all lines of a reader; a read failure names the source. */
    static java.util.List<String> lines(Reader in, String source) throws ProjectFileException {
        try (BufferedReader r = new BufferedReader(in)) {
            return r.lines().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ProjectFileException(source, "$", "cannot read the file: " + e.getMessage());
        }
    }
}
