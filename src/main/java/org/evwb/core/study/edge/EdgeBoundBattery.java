package org.evwb.core.study.edge;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The battery rows the LP bound and the MILP share: {@code b_0 = 0}, {@code ch_t − dis_t + P_t = S_t},
 * {@code b_{t+1} ≤ b_t + η_c·ch_t·Δ/60 − dis_t·Δ/(60·η_d)} (≤: energy left over may be spilled, the {@code min(B, …)}
 * of SPEC), {@code 0 ≤ b_t ≤ B}, and {@code P_t ≤ S_t + 60·b_t/Δ}. Without a battery nothing is added (P_t ≤ S_t is
 * then the power variable's upper bound). Slots without a power variable draw nothing.
 */
final class EdgeBoundBattery {

    private EdgeBoundBattery() {
    }

    static void add(MPSolver lp, EdgeInstance in, ServerDay day, MPVariable[] p) {
        double cap = day.server().batteryWh();
        if (cap <= 0) {
            return;
        }
        double h = in.hoursPerSlot();
        double inf = MPSolver.infinity();
        double[] s = day.solarW();
        MPVariable prev = null;
        for (int t = 0; t < day.slots(); t++) {
            MPVariable b = lp.makeNumVar(0, Double.isInfinite(cap) ? inf : cap, "b" + (t + 1));
            MPVariable ch = lp.makeNumVar(0, inf, "c" + t);
            MPVariable dis = lp.makeNumVar(0, inf, "d" + t);
            MPConstraint bal = lp.makeConstraint(s[t], s[t], "bal" + t);
            bal.setCoefficient(ch, 1);
            bal.setCoefficient(dis, -1);
            MPConstraint lev = lp.makeConstraint(-inf, 0, "lev" + t);
            lev.setCoefficient(b, 1);
            lev.setCoefficient(ch, -in.params().chargeEfficiency() * h);
            lev.setCoefficient(dis, h / in.params().dischargeEfficiency());
            if (prev != null) {
                lev.setCoefficient(prev, -1);
            }
            if (p[t] != null) {
                bal.setCoefficient(p[t], 1);
                MPConstraint draw = lp.makeConstraint(-inf, s[t], "draw" + t);
                draw.setCoefficient(p[t], 1);
                if (prev != null) {
                    draw.setCoefficient(prev, -1 / h);
                }
            }
            prev = b;
        }
    }
}
