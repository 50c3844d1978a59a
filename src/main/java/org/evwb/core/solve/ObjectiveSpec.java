package org.evwb.core.solve;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import org.evwb.core.Figures;

/**
 * What an objective value means and how it reads: declared once by the study (or by the platform for its own
 * figures) and shown the same way in run cards, dashboards, CSV headers, the CLI summary and reports
 * ("Total trip time 382.1 min", "Reads 100").
 *
 * <p>A name may hold one {@code *}, standing for any text, for a family of figures named after something of the
 * instance ({@code quboPenalty*}, {@code theorem1TaskSeconds[*]}); a {@code {}} in the label is replaced by that text.
 *
 * @param name     the objective's name as the study reports it, or a pattern with one {@code *}
 * @param label    a short label in plain words, sentence case ("Total trip time")
 * @param unit     the unit the value is in ("min", "kWh"); empty for a count or a plain number
 * @param kind     what sort of figure it is
 * @param decimals places after the point; {@link #SIGNIFICANT} for four significant digits (whole numbers without)
 */
public record ObjectiveSpec(String name, String label, String unit, Kind kind, int decimals) {

    /** {@link #decimals} for "four significant digits, whole numbers without decimals". */
    public static final int SIGNIFICANT = -1;

    /** What sort of figure an objective is. */
    public enum Kind { COUNT, ENERGY, TIME, MONEY, SHARE, MASS, OTHER }

    public ObjectiveSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        unit = unit == null ? "" : unit;
        if (name.indexOf('*') != name.lastIndexOf('*')) {
            throw new IllegalArgumentException("an objective name holds at most one '*': " + name);
        }
        if (decimals < SIGNIFICANT || decimals > 12) {
            throw new IllegalArgumentException("decimals must be in [-1, 12]: " + decimals);
        }
    }

    /** A count: no unit, no decimals. */
    public static ObjectiveSpec count(String name, String label) {
        return new ObjectiveSpec(name, label, "", Kind.COUNT, 0);
    }

    public static ObjectiveSpec of(String name, String label, String unit, Kind kind, int decimals) {
        return new ObjectiveSpec(name, label, unit, kind, decimals);
    }

    /**
     * The spec for an objective no study declares: the name in words ("meanPairUtility" → "Mean pair utility"),
     * no unit, whole numbers without decimals and others to four significant digits.
     */
    public static ObjectiveSpec fallback(String name) {
        return new ObjectiveSpec(name, words(name), "", Kind.OTHER, SIGNIFICANT);
    }

    /** True when this spec is for the objective {@code objective} (its name, or its pattern matches). */
    public boolean matches(String objective) {
        return wildcard(objective) != null;
    }

    /** This spec made concrete for {@code objective}: its name and the label with the matched text. */
    public ObjectiveSpec resolve(String objective) {
        String w = wildcard(objective);
        if (w == null) {
            throw new IllegalArgumentException(name + " is not the spec of " + objective);
        }
        return new ObjectiveSpec(objective, label.replace("{}", w), unit, kind, decimals);
    }

    private String wildcard(String objective) {
        int star = name.indexOf('*');
        if (star < 0) {
            return name.equals(objective) ? "" : null;
        }
        String pre = name.substring(0, star);
        String post = name.substring(star + 1);
        if (objective.length() > pre.length() + post.length() && objective.startsWith(pre)
                && objective.endsWith(post)) {
            return objective.substring(pre.length(), objective.length() - post.length());
        }
        return null;
    }

    /** The value alone: "382.1", "100", "–" for no value. */
    public String number(double v) {
        if (!Double.isFinite(v)) {
            return Figures.NOT_A_NUMBER;
        }
        if (decimals == SIGNIFICANT) {
            if (Figures.isWhole(v)) {
                return Long.toString((long) v);
            }
            double a = Math.abs(v);
            if (a < 1e-4 || a >= 1e12) {
                return String.format(Locale.ROOT, "%.3e", v);
            }
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s; // no "-0.0"
    }

    /** The value with its unit: "382.1 min", "100". */
    public String value(double v) {
        String n = number(v);
        return unit.isEmpty() || !Double.isFinite(v) ? n : n + " " + unit;
    }

    /** Label and value: "Total trip time 382.1 min". */
    public String line(double v) {
        return label + " " + value(v);
    }

    /** A column header: "Total trip time (min)", or the label alone without a unit. */
    public String header() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    static String words(String name) {
        String[] parts = name.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
        StringBuilder b = new StringBuilder();
        for (String w : parts) {
            if (b.length() == 0) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            } else {
                // acronyms (QUBO, CO2) keep their capitals; ordinary words go lower case
                b.append(' ').append(w.equals(w.toUpperCase(java.util.Locale.ROOT)) ? w
                        : w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return b.toString();
    }
}
