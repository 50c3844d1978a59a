package org.evwb.core.qubo;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named part of a QUBO with its own terms: the objective (or a piece of it) or a penalty constraint. Keeping the
 * terms per part is what lets a sample be decoded into "objective value + broken constraints", the way PyQUBO's
 * {@code Constraint} does: a constraint part is satisfied when its energy is zero (within {@link #TOLERANCE}).
 *
 * <p>Linear terms are {@code linearBias[k] · x[linearVar[k]]}; quadratic terms are
 * {@code quadBias[k] · x[quadU[k]] · x[quadV[k]]} with {@code quadU[k] < quadV[k]}.
 */
public final class QuboPart {

    /** Whether a part is something to minimise or a penalty that must be zero in a feasible sample. */
    public enum Kind { OBJECTIVE, CONSTRAINT }

    /** Energies below this (in absolute value) count as zero when deciding whether a constraint is broken. */
    public static final double TOLERANCE = 1e-9;

    private final String name;
    private final Kind kind;
    private final double offset;
    private final int[] linearVar;
    private final double[] linearBias;
    private final int[] quadU;
    private final int[] quadV;
    private final double[] quadBias;

    QuboPart(String name, Kind kind, double offset, int[] linearVar, double[] linearBias, int[] quadU, int[] quadV,
             double[] quadBias) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.offset = offset;
        this.linearVar = linearVar;
        this.linearBias = linearBias;
        this.quadU = quadU;
        this.quadV = quadV;
        this.quadBias = quadBias;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public double offset() {
        return offset;
    }

    public int linearCount() {
        return linearVar.length;
    }

    public int linearVar(int k) {
        return linearVar[k];
    }

    public double linearBias(int k) {
        return linearBias[k];
    }

    public int quadraticCount() {
        return quadU.length;
    }

    public int quadU(int k) {
        return quadU[k];
    }

    public int quadV(int k) {
        return quadV[k];
    }

    public double quadBias(int k) {
        return quadBias[k];
    }

    /** This part's energy for a 0/1 state. */
    public double energy(byte[] x) {
        double e = offset;
        for (int k = 0; k < linearVar.length; k++) {
            if (x[linearVar[k]] != 0) {
                e += linearBias[k];
            }
        }
        for (int k = 0; k < quadU.length; k++) {
            if (x[quadU[k]] != 0 && x[quadV[k]] != 0) {
                e += quadBias[k];
            }
        }
        return e;
    }

    /** This part's energy for a state packed in a long (bit i = x_i; n ≤ 63). */
    public double energy(long bits) {
        double e = offset;
        for (int k = 0; k < linearVar.length; k++) {
            if ((bits >>> linearVar[k] & 1L) != 0) {
                e += linearBias[k];
            }
        }
        for (int k = 0; k < quadU.length; k++) {
            if ((bits >>> quadU[k] & 1L) != 0 && (bits >>> quadV[k] & 1L) != 0) {
                e += quadBias[k];
            }
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuboPart p && name.equals(p.name) && kind == p.kind
                && Double.compare(offset, p.offset) == 0 && Arrays.equals(linearVar, p.linearVar)
                && Arrays.equals(linearBias, p.linearBias) && Arrays.equals(quadU, p.quadU)
                && Arrays.equals(quadV, p.quadV) && Arrays.equals(quadBias, p.quadBias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, kind, offset, Arrays.hashCode(linearBias), Arrays.hashCode(quadBias));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " '" + name + "' (" + linearVar.length + " linear, " + quadU.length
                + " quadratic terms)";
    }
}
