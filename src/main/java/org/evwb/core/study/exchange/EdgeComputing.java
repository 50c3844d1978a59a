package org.evwb.core.study.exchange;

import java.util.Arrays;

/**
 * Vehicular edge computing of paper 000 §II-B/C: a BS splits a task into N_s chunks of s_EV (M) each, K EVs take one
 * chunk each while they charge or discharge, and the BS computes the rest itself and then adds the results.
 * All times in hours.
 *
 * <p>Decision (the paper gives no timeline): the task starts once the EVs are at the BS. By default the K EVs compute
 * one after another (eq. (2) adds their times up: EV k starts when EV k−1 stops); optionally they all start at t = 0.
 * An EV works for {@code t_EV^comp} and leaves; the BS computes the N_s − K chunks nobody took from t = 0, then, in
 * order of departure, what each EV left unfinished (available when that EV leaves), at its faster f_BBU. The task is
 * complete when every chunk is computed; {@code t_task^comp} is that instant, before the results are added. The BS's
 * own time, eq. (2)'s {@code t_BS^comp}, is its computing time plus {@code t_BS^add}.
 */
public final class EdgeComputing {

    private EdgeComputing() {
    }

    /** Hours one EV needs for a whole chunk: {@code s_EV·C_EV/f_EV}. */
    public static double evChunkHours(ExchangeParameters p) {
        return p.chunkSizeM() * p.cyclesPerM() / (p.evCpuGHz() * 1e9) / 3600.0;
    }

    /** Hours the BS needs for a whole chunk: {@code s_EV·C_EV/f_BBU} (Decision: the same cycles per M as an EV). */
    public static double bsChunkHours(ExchangeParameters p) {
        return p.chunkSizeM() * p.cyclesPerM() / (p.bbuFrequencyGHz() * 1e9) / 3600.0;
    }

    /** {@code t_chg = e/P_chg} in hours. */
    public static double chargingHours(double energyKWh, ExchangeParameters p) {
        return energyKWh / p.chargingPowerKW();
    }

    /**
     * {@code t_EV^comp}: the whole chunk when the EV stays until it is done; otherwise the EV leaves when charging
     * ends (paper: {@code t_EV^comp = t_chg}), capped at the chunk's own time (it cannot compute more than exists).
     */
    public static double evComputeHours(double chargingHours, ExchangeParameters p) {
        double chunk = evChunkHours(p);
        return p.evStaysToFinishChunk() ? chunk : Math.min(chargingHours, chunk);
    }

    /** eq. (4): {@code T_EV = t_trv + max(t_chg, t_EV^comp)}. */
    public static double evInvestedHours(double travelHours, double chargingHours, double computeHours) {
        return travelHours + Math.max(chargingHours, computeHours);
    }

    /** {@code t_BS^add} for {@code chunks} chunks, hours. */
    public static double addHours(int chunks, ExchangeParameters p) {
        return chunks * p.addSecondsPerChunk() / 3600.0;
    }

    /** One simulated task with its Theorem 1 bounds; hours. */
    public record TaskTiming(
            int chunks,
            int evs,
            double taskHours,
            double bsComputeHours,
            double bsAddHours,
            double sumEvComputeHours,
            double lowerBoundHours,
            double upperBoundHours,
            double paperLowerBoundHours,
            double paperUpperBoundHours) {

        /** {@code t_BS^comp} of eq. (2): the BS's own computing plus adding. */
        public double bsTotalHours() {
            return bsComputeHours + bsAddHours;
        }

        public boolean withinBounds(double tolHours) {
            return taskHours >= lowerBoundHours - tolHours && taskHours <= upperBoundHours + tolHours;
        }

        public boolean withinPaperBounds(double tolHours) {
            return taskHours >= paperLowerBoundHours - tolHours && taskHours <= paperUpperBoundHours + tolHours;
        }
    }

    /**
     * Simulates one task of {@code chunks} chunks with the EVs whose charging times are given (K = their number, at
     * most N_s) and returns its completion time with the bounds.
     *
     * <p>Theorem 1, as this product states it (Decision; the printed theorem is garbled, see the doc): with
     * {@code B = t_BS^comp − t_BS^add} (the BS's computing) and {@code Σ = Σ_k t_EV,k^comp},
     * {@code B ≤ t_task^comp ≤ B + Σ}. Lower: the BS's computing lies inside [0, t_task]. Upper: until the task is
     * complete, at every instant the BS or some EV is computing (the BS only waits while an EV still works, and with
     * sequential EVs one always works until the last leaves), so the task takes at most the sum of all busy times. eq. (2) read with equality is the
     * upper end. The paper's printed bounds, eq. (13) {@code √((t_BS^comp)² − 2t_BS^add·Σ) − Σ} and
     * {@code t_BS^add + Σ}, are reported beside them; they hold when t_BS^add = 0 (lower) and when the BS computes
     * nothing itself (upper), as the paper's proof assumes.
     */
    public static TaskTiming simulate(int chunks, double[] evChargingHours, ExchangeParameters p) {
        int k = Math.min(chunks, evChargingHours.length);
        double evChunk = evChunkHours(p);
        double bsChunk = bsChunkHours(p);
        double[] leave = new double[k];
        double[] leftoverBsHours = new double[k];
        double sumEv = 0;
        for (int e = 0; e < k; e++) {
            double t = evComputeHours(evChargingHours[e], p);
            sumEv += t;
            leave[e] = p.evsComputeInParallel() ? t : sumEv;    // sequential: EV e starts when EV e−1 stops
            // what the EV did not finish, converted to BS time (cycles left / f_BBU)
            leftoverBsHours[e] = Math.max(0, 1 - t / evChunk) * bsChunk;
        }
        Integer[] order = new Integer[k];
        for (int e = 0; e < k; e++) {
            order[e] = e;
        }
        Arrays.sort(order, (a, b) -> Double.compare(leave[a], leave[b]));
        double bsBusy = (chunks - k) * bsChunk;
        double clock = bsBusy;
        double lastEv = 0;
        for (int idx : order) {
            lastEv = Math.max(lastEv, leave[idx]);
            if (leftoverBsHours[idx] > 0) {
                clock = Math.max(clock, leave[idx]) + leftoverBsHours[idx];
                bsBusy += leftoverBsHours[idx];
            }
        }
        double task = Math.max(clock, lastEv);
        double add = addHours(chunks, p);
        double bsTotal = bsBusy + add;
        double paperLower = Math.sqrt(Math.max(0, bsTotal * bsTotal - 2 * add * sumEv)) - sumEv;
        return new TaskTiming(chunks, k, task, bsBusy, add, sumEv, bsBusy, bsBusy + sumEv, paperLower, add + sumEv);
    }
}
