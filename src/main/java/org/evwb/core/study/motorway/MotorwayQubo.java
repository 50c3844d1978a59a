package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.qaoa.PenalisedCost;
import org.evwb.core.study.motorway.MotorwayQuboTerms.Term;

/**
 * The thin adapter from the study's penalty model ({@link MotorwayQuboTerms}) to the QUBO engine. Every term goes
 * into a constraint part named after the constraint it comes from ("one-hot EMV E1", "conflict S1 / charger 2"), so
 * the engine's {@link Qubo#decode} names what a sample breaks. Each EMV's one-hot part carries its own constant A,
 * so a part's energy is A·(1 − Σx)², zero exactly when that EMV has one option.
 */
public final class MotorwayQubo {

    private MotorwayQubo() {
    }

    /**
     * The terms of order ≤ 2 as an engine QUBO: the whole GCM model (eqs. 19–20), or the one-hot part of the SCM
     * model (its station terms are of higher order; see {@link #higherOrder}).
     */
    public static Qubo quadratic(MotorwayQuboTerms t) {
        QuboBuilder b = new QuboBuilder();
        for (String label : t.labels()) {
            b.addVariable(label);
        }
        double offset = 0;
        for (String emv : t.emvIds()) {
            // an EMV without options still gets its part: its constraint is always broken (energy A)
            b.addOffset(b.constraint("one-hot EMV " + emv), t.weightA());
            offset += t.weightA();
        }
        if (Math.abs(offset - t.offset()) > 1e-9 * Math.max(1, Math.abs(offset))) {
            throw new IllegalStateException("one-hot constants " + offset + " differ from the model's offset "
                    + t.offset());
        }
        for (Term term : t.terms()) {
            int[] v = term.vars();
            if (v.length == 1) {
                b.addLinear(b.constraint(term.constraint()), v[0], term.coefficient());
            } else if (v.length == 2) {
                b.addQuadratic(b.constraint(term.constraint()), v[0], v[1], term.coefficient());
            }
        }
        return b.build();
    }

    /**
     * The station-capacity terms of order b_j + 1 &gt; 2 as QAOA penalties (SCM, §3.4); empty for the GCM. Terms of
     * order 2 (one-charger stations) are in {@link #quadratic} instead.
     */
    public static List<PenalisedCost.Monomial> higherOrder(MotorwayQuboTerms t) {
        List<PenalisedCost.Monomial> out = new ArrayList<>();
        for (Term term : t.terms()) {
            // a one-charger station's capacity terms are pairs: they are in the QUBO already
            if (term.order() > 2) {
                out.add(new PenalisedCost.Monomial(term.constraint(), term.vars(), term.coefficient()));
            }
        }
        return out;
    }
}
