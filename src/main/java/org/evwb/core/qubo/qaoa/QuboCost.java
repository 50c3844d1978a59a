package org.evwb.core.qubo.qaoa;

import java.util.function.BooleanSupplier;
import org.evwb.core.qubo.GrayWalk;
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
    public boolean fill(double[] out, BooleanSupplier stop) {
        GrayWalk walk = new GrayWalk(qubo, 0);
        out[0] = walk.energy();
        for (long k = 1; k < out.length; k++) {
            double e = walk.step(k);
            if ((k & 0xFFFF) == 0) {
                e = walk.reanchor();
                if (stop.getAsBoolean()) {
                    return false;
                }
            }
            out[(int) walk.bits()] = e;
        }
        return true;
    }
}
