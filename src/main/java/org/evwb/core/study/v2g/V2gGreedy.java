package org.evwb.core.study.v2g;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * The simple reference: charge only, each EV in the slots where its energy is cheapest given what the fleet already
 * takes there, until its target is reached (EVs with the largest need first). Never discharges, so SoC only rises
 * from initial to target and the direction rule holds trivially; the site limit is respected slot by slot.
 */
public final class V2gGreedy implements Optimizer<V2gInstance, V2gSchedule> {

    public static final String ID = "greedy";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Charge each EV in the cheapest slots that keep every EV feasible (no discharging)";
    }

    @Override
    public V2gSchedule solve(V2gInstance in, RunContext ctx) {
        V2gFeasibility.require(in);
        int n = in.slotCount();
        int d = in.evCount();
        double[][] mu = new double[d][n];
        double[] fleet = new double[n];
        double[] siteLeft = new double[n];
        Arrays.fill(siteLeft, in.siteLimitPerSlotKWh());
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -(in.evs().get(i).targetKWh()
                - in.evs().get(i).initialKWh())).thenComparing(i -> i));
        for (int done = 0; done < d; done++) {
            int i = order[done];
            if (done % 16 == 0) {
                ctx.checkCancelled();
                ctx.progress((double) done / d, "greedy: EV " + done + " of " + d);
            }
            V2gEv ev = in.evs().get(i);
            // tenths of kWh, so a schedule stays on the 0.1 kWh grid the data lie on
            long left = Math.round((ev.targetKWh() - ev.initialKWh()) * 10);
            long step = (long) Math.floor(in.maxChargePerSlotKWh(i) * 10 + 1e-9);
            boolean[] used = new boolean[n];
            while (left > 0) {
                int best = -1;
                double bestRate = Double.POSITIVE_INFINITY;
                double bestAmount = 0;
                for (int k = 0; k < n; k++) {
                    if (used[k]) {
                        continue;
                    }
                    double a = Math.min(Math.min(step, left), Math.floor(siteLeft[k] * 10 + 1e-6)) / 10.0;
                    if (a <= 0) {
                        continue;
                    }
                    MarketSlot s = in.slots().get(k);
                    double x = s.volumeKWh() + fleet[k];
                    double rate = (s.cost(x + a) - s.cost(x)) / a;
                    if (rate < bestRate - 1e-12) {
                        bestRate = rate;
                        best = k;
                        bestAmount = a;
                    }
                }
                if (best < 0) {
                    throw new IllegalArgumentException("no feasible charge-only schedule: EV " + ev.id() + " still "
                            + "needs " + left / 10.0 + " kWh when the site limit is used up in every free slot");
                }
                used[best] = true;
                mu[i][best] = bestAmount;
                fleet[best] += bestAmount;
                siteLeft[best] -= bestAmount;
                left -= Math.round(bestAmount * 10);
            }
        }
        return new V2gSchedule(mu, in.cost(fleet), null, "greedy, charge only");
    }
}
