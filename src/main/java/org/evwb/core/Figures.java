package org.evwb.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Figures as the workbench shows them, the same in every view: counts with the right plural ("1 row", "2 time
 * series"), and numbers without decimals when they are whole (a count of matched pairs is "4", never "4.0000") and
 * otherwise to a fixed precision. Locale-independent, so tables, exports and screenshots read the same everywhere.
 */
public final class Figures {

    /** What a figure that is not a number (NaN, infinite) shows as. */
    public static final String NOT_A_NUMBER = "–";

    private Figures() {
    }

    /** "1 row", "2 rows", "0 rows", "2 time series", "3 vehicle types". */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }

    /**
     * The English plural of a noun or of a phrase's last word: "series" and "species" stay as they are; s, x, z, ch and
     * sh take "es"; a consonant before a final y becomes "ies"; everything else takes "s".
     */
    public static String plural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("series") || lower.endsWith("species") || noun.isEmpty()) {
            return noun;
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return noun + "es";
        }
        if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** True for a whole number small enough to print exactly (counts, integral objective values). */
    public static boolean isWhole(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15;
    }

    /**
     * A figure to six significant digits without trailing zeros ("0.125", "53.2625", "1.5e-07"); a whole number
     * without decimals ("4", "-436"); NaN and infinities as {@link #NOT_A_NUMBER}.
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return NOT_A_NUMBER;
        }
        if (isWhole(v)) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e12) {
            return String.format(Locale.ROOT, "%.5e", v).replaceAll("\\.?0+e", "e");
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A figure to {@code decimals} places ("0.4375" at 4), a whole number without any ("4"). */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return NOT_A_NUMBER;
        }
        if (isWhole(v)) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? "0" : s; // -0.00001 at 4 places is no figure to show with a sign
    }
}
