package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.v2g.V2gPolicyFleet.Action;

/**
 * The learned policy run as a scheduler: in each slot the classifier predicts C, I or D from the state; when the
 * fleet refuses it (the completion test, the hourly rule, nothing to charge) the nearest feasible action is taken
 * ({@link Action#fallbacks()}), so the schedule is always feasible when the night is.
 */
public final class V2gPolicyRun {

    /** The schedule with what the policy predicted and what it took, per slot. */
    public record Result(V2gSchedule schedule, List<Action> predicted, List<Action> taken, int fallbacks) { }

    private V2gPolicyRun() {
    }

    public static Result run(V2gInstance in, V2gPolicyClassifier classifier, String method, RunContext ctx) {
        V2gFeasibility.require(in);
        V2gPolicyFleet fleet = new V2gPolicyFleet(in);
        V2gPolicyFleet.State s = fleet.start();
        double[][] mu = new double[in.evCount()][in.slotCount()];
        List<Action> predicted = new ArrayList<>();
        List<Action> taken = new ArrayList<>();
        int fallbacks = 0;
        for (int k = 0; k < in.slotCount(); k++) {
            if (ctx.isCancelled()) {
                throw new CancelledException();
            }
            Action a = classifier.predict(V2gPolicyFeatures.of(fleet, s));
            predicted.add(a);
            V2gPolicyFleet.State next = fleet.apply(s, a);
            Action used = a;
            for (int j = 0; next == null && j < 2; j++) {
                used = a.fallbacks().get(j);
                next = fleet.apply(s, used);
            }
            if (next == null) {
                throw new IllegalArgumentException("no feasible action at slot " + k + ": C, I and D all break the "
                        + "completion test (the night cannot reach every target from this state)");
            }
            fallbacks += used == a ? 0 : 1;
            taken.add(used);
            double[] e = V2gPolicyFleet.energy(s, next);
            for (int i = 0; i < e.length; i++) {
                mu[i][k] = e[i];
            }
            s = next;
        }
        double[] fleetKWh = new double[in.slotCount()];
        for (double[] row : mu) {
            for (int k = 0; k < row.length; k++) {
                fleetKWh[k] += row[k];
            }
        }
        return new Result(new V2gSchedule(mu, in.cost(fleetKWh), null, method), predicted, taken, fallbacks);
    }
}
