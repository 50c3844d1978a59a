package org.evwb.core.project;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Every text file the workbench reads (projects, results, QUBO files, CSV imports) is UTF-8. A UTF-8 byte-order mark
 * is accepted and skipped (Windows editors write one); UTF-16 and UTF-32 text, with or without a byte-order mark, is
 * refused with "save it as UTF-8", and so are bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252),
 * naming the line and column of the first one. Nothing is ever guessed or replaced: a silently replaced byte would
 * be wrong data.
 */
public final class TextEncoding {

    private TextEncoding() {
    }

    /** What the first bytes say about a file's encoding. */
    public enum Kind {
        UTF8("UTF-8"), UTF8_BOM("UTF-8 with a byte-order mark"), UTF16LE("UTF-16 (little-endian)"),
        UTF16BE("UTF-16 (big-endian)"), UTF32LE("UTF-32 (little-endian)"), UTF32BE("UTF-32 (big-endian)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The encoding the first bytes show: a byte-order mark, or the zero bytes UTF-16 and UTF-32 put around the
     * ASCII characters every one of our files starts with ({@code {}, a digit, a letter, {@code #}).
     */
    public static Kind detect(byte[] b) {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Kind.UTF8_BOM;
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Kind.UTF32LE;
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Kind.UTF32BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Kind.UTF16LE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Kind.UTF16BE;
        }
        if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return Kind.UTF32BE;
        }
        if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return Kind.UTF32LE;
        }
        if (n >= 2 && b[0] == 0 && b[1] != 0) {
            return Kind.UTF16BE;
        }
        if (n >= 2 && b[0] != 0 && b[1] == 0) {
            return Kind.UTF16LE;
        }
        return Kind.UTF8;
    }

    /** How a file type names a place in problems, e.g. {@code $} and "line 3, column 7: …" for JSON. */
    @FunctionalInterface
    public interface Where {
        Problem at(int line, int column, String message);

        /** JSON files: the problem is at {@code $}, the message starts with the line and column. */
        Where JSON = (line, column, message) -> new Problem("$", "line " + line + ", column " + column + ": "
                + message);

        /** Line-based files (QUBO formats): the problem is at {@code line N}. */
        Where LINES = (line, column, message) -> new Problem("line " + line, "column " + column + ": " + message);

        /** A CSV file: {@code vehicles.csv row N}. */
        static Where csv(String fileName) {
            return (line, column, message) -> new Problem(fileName + " row " + line, "character " + column + ": "
                    + message);
        }
    }

    /**
     * The bytes as text, checked to be UTF-8 (a leading byte-order mark removed).
     *
     * @param source names the file in the problem
     * @param where  how the file type names the place of the problem
     * @throws ProjectFileException when the text is UTF-16, UTF-32 or not UTF-8
     */
    public static String decode(byte[] bytes, String source, Where where) throws ProjectFileException {
        int from = check(bytes, source, where);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /**
     * Checks that the bytes are UTF-8 text without decoding them (a project file is parsed from its bytes) and
     * returns where the text starts: 3 after a byte-order mark, else 0.
     *
     * @throws ProjectFileException when the text is UTF-16, UTF-32 or not UTF-8
     */
    public static int check(byte[] bytes, String source, Where where) throws ProjectFileException {
        Kind kind = detect(bytes);
        if (kind != Kind.UTF8 && kind != Kind.UTF8_BOM) {
            throw new ProjectFileException(source, List.of(where.at(1, 1, "the file is " + kind.label()
                    + " text; save it as UTF-8 (in a text editor: Save as… ▸ Encoding UTF-8; in a spreadsheet: CSV "
                    + "UTF-8)")));
        }
        int from = kind == Kind.UTF8_BOM ? 3 : 0;
        int bad = firstInvalid(bytes, from);
        if (bad >= 0) {
            int[] lc = location(bytes, from, bad);
            throw new ProjectFileException(source, List.of(where.at(lc[0], lc[1], String.format(Locale.ROOT,
                    "byte 0x%02X is not UTF-8 text (was the file saved as Latin-1 or Windows-1252?); save it as "
                    + "UTF-8", bytes[bad] & 0xFF))));
        }
        return from;
    }

    /** The index of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1. */
    static int firstInvalid(byte[] b, int from) {
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                hi = c == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
            } else {
                return i;
            }
            if (i + len > n) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k < len; k++) {
                int cont = b[i + k] & 0xFF;
                if (cont < 0x80 || cont > 0xBF) {
                    return i;
                }
            }
            i += len;
        }
        return -1;
    }

    /** The 1-based line and column (in characters) of byte {@code bad}; everything before it is valid UTF-8. */
    private static int[] location(byte[] bytes, int from, int bad) {
        int line = 1;
        int column = 1;
        for (int i = from; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++; // count characters, not the continuation bytes of one
            }
        }
        return new int[] {line, column};
    }
}
