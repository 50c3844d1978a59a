package org.evwb.core.solve;

import java.util.List;
import java.util.Objects;

/**
 * How checkers judge the figures a solution reports about itself (an exchange pair's energy, a motorway assignment's
 * speed, a QUBO run's best energy, …): each is recomputed from the instance and compared here, one rule for every
 * study. A figure that disagrees is a violation {@value #CONSTRAINT} naming the figure's JSON path in the result file
 * and both values; a figure the solution does not report ({@code null}) is not judged.
 *
 * <p>Tolerance (docs/results.md): numbers agree when they differ by at most {@value #RELATIVE_TOLERANCE} of the
 * larger magnitude, or {@value #ABSOLUTE_TOLERANCE} absolutely near zero; whole numbers and names must be equal.
 */
public final class ReportedFigures {

    /** The constraint id of every disagreeing figure. */
    public static final String CONSTRAINT = "reported-figure";
    /** Relative tolerance of a reported number. */
    public static final double RELATIVE_TOLERANCE = 1e-6;
    /** Absolute tolerance of a reported number near zero. */
    public static final double ABSOLUTE_TOLERANCE = 1e-9;

    private ReportedFigures() {
    }

    /** True when {@code reported} agrees with {@code recomputed} within the tolerance (NaN agrees only with NaN). */
    public static boolean agree(double reported, double recomputed) {
        if (Double.isNaN(reported) || Double.isNaN(recomputed)) {
            return Double.isNaN(reported) && Double.isNaN(recomputed);
        }
        if (Double.isInfinite(reported) || Double.isInfinite(recomputed)) {
            return reported == recomputed;
        }
        double scale = Math.max(Math.abs(reported), Math.abs(recomputed));
        return Math.abs(reported - recomputed) <= Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * scale);
    }

    /** Adds a violation when the reported number (null: not reported) disagrees with the recomputed one. */
    public static void number(List<Violation> out, String path, Double reported, double recomputed, String unit) {
        if (reported != null && !agree(reported, recomputed)) {
            out.add(disagrees(path, format(reported) + unit(unit), format(recomputed) + unit(unit)));
        }
    }

    /** Adds a violation when the reported value (null: not reported) differs from the recomputed one. */
    public static void value(List<Violation> out, String path, Object reported, Object recomputed) {
        if (reported != null && !Objects.equals(reported, recomputed)) {
            out.add(disagrees(path, String.valueOf(reported), String.valueOf(recomputed)));
        }
    }

    /** The violation for a figure at {@code path} that says {@code reported} where the checker finds {@code actual}. */
    public static Violation disagrees(String path, String reported, String actual) {
        return new Violation(CONSTRAINT, path + " reports " + reported + " but the checker recomputes " + actual
                + " from the project");
    }

    private static String unit(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }

    /** The value as Java writes it (every digit that tells it apart), whole numbers without ".0". */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
