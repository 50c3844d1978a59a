package org.evwb.core.qubo.qaoa;

import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboPart;

/** A QUBO as a QAOA cost; the diagonal is filled in Gray-code order, one flip and O(degree) work per state. */
public final class QuboCost implements CostFunction {

    private final Qubo qubo;

    public QuboCost(Qubo qubo) {
        if (qubo.numVariables() > 62) {
            throw new IllegalArgumentException("a QAOA cost has at most 62 variables");
        }
        this.qubo = qubo;
    }

    public Qubo qubo() {
        return qubo;
    }

    @Override
    public int numVariables() {
        return qubo.numVariables();
    }

    @Override
    public double cost(long bits) {
        return qubo.energy(bits);
    }

    @Override
    public boolean feasible(long bits) {
        for (QuboPart p : qubo.parts()) {
            if (p.kind() == QuboPart.Kind.CONSTRAINT && Math.abs(p.energy(bits)) > QuboPart.TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean hasConstraints() {
        return qubo.hasConstraints();
    }

    /** Energies along the Gray code; each value is re-anchored exactly every 2^16 states to stop drift. */
    @Override
    public void fill(double[] out) {
        int n = qubo.numVariables();
        byte[] x = new byte[n];
        double[] f = qubo.localFields(x);
        int[] start = qubo.adjStart();
        int[] idx = qubo.adjIdx();
        double[] w = qubo.adjW();
        double e = qubo.offset();
        long gray = 0;
        out[0] = e;
        for (long k = 1; k < out.length; k++) {
            int i = Long.numberOfTrailingZeros(k);
            double sign;
            if (x[i] == 0) {
                e += f[i];
                x[i] = 1;
                sign = 1;
            } else {
                e -= f[i];
                x[i] = 0;
                sign = -1;
            }
            gray ^= 1L << i;
            for (int a = start[i], end = start[i + 1]; a < end; a++) {
                f[idx[a]] += sign * w[a];
            }
            if ((k & 0xFFFF) == 0) {
                e = qubo.energy(gray);
            }
            out[(int) gray] = e;
        }
    }
}
