package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.geo.Geo;
import org.evwb.core.solve.Violation;

/**
 * The exchange checker's Theorem 1 part: every base station's edge-computing task, recomputed from the participants'
 * raw data and the parameters (not with {@link EdgeComputing} or {@link EdgeTasks}: the timeline is written out again
 * here, as a one-machine schedule of the BS's jobs), must lie within {@code B ≤ t_task ≤ B + Σ}; and the tasks a
 * solution reports (a result file's {@code solution.edgeTasks}, else the model's own simulation) must be exactly those
 * tasks — the same EVs, the same times, the same bounds — and lie within their bounds.
 *
 * <p>Violations: {@code theorem1-bounds} (a task time outside its bounds), {@code edge-task} (a reported task that is
 * missing, extra, for an unknown base station, or whose EVs or times differ from the recomputation).
 */
final class Theorem1Check {

    /** Relative slack for reported times (they pass through JSON) and absolute slack in seconds for the bounds. */
    private static final double REL_TOL = 1e-9;
    private static final double ABS_TOL_SECONDS = 1e-9;

    /** A recomputed task. */
    private record Task(String bs, List<String> evs, double task, double own, double add, double sumEv,
                        double paperLower, double paperUpper) {
        double lower() {
            return own;
        }

        double upper() {
            return own + sumEv;
        }
    }

    /**
     * @param tradeKWh each participant's trade energy as the checker recomputed it (buyer's demand, seller's surplus,
     *                 0 for neither): an EV computes while it charges or discharges that much
     */
    List<Violation> check(ExchangeInstance in, Matching m, double[] tradeKWh) {
        List<Violation> out = new ArrayList<>();
        Map<String, Task> recomputed = new HashMap<>();
        List<Participant> ps = in.participants();
        for (int k = 0; k < ps.size(); k++) {
            if (!ps.get(k).isEv()) {
                Task t = recompute(in, k, tradeKWh);
                recomputed.put(t.bs(), t);
                if (!within(t.task(), t.lower(), t.upper())) {
                    out.add(new Violation("theorem1-bounds", String.format(Locale.ROOT, "base station %s: the "
                            + "simulated task takes %.6f s, outside Theorem 1's bounds [%.6f, %.6f] s", t.bs(),
                            t.task(), t.lower(), t.upper())));
                }
            }
        }
        List<EdgeTasks.EdgeTask> reported = m.edgeTasks() != null ? m.edgeTasks() : EdgeTasks.of(in);
        String who = m.edgeTasks() != null ? "the reported" : "the model's";
        Map<String, Integer> seen = new HashMap<>();
        for (EdgeTasks.EdgeTask r : reported) {
            Task t = recomputed.get(r.baseStation());
            if (t == null) {
                out.add(new Violation("edge-task", who + " edge task names \"" + r.baseStation()
                        + "\", which is not a base station of this scenario"));
                continue;
            }
            if (seen.merge(r.baseStation(), 1, Integer::sum) == 2) {
                out.add(new Violation("edge-task", who + " edge tasks list base station " + r.baseStation()
                        + " twice"));
                continue;
            }
            if (!within(r.taskSeconds(), r.lowerBoundSeconds(), r.upperBoundSeconds())) {
                out.add(new Violation("theorem1-bounds", String.format(Locale.ROOT, "base station %s: %s task "
                        + "time %.6f s lies outside its bounds [%.6f, %.6f] s", r.baseStation(), who,
                        r.taskSeconds(), r.lowerBoundSeconds(), r.upperBoundSeconds())));
            }
            if (!r.evs().equals(t.evs())) {
                out.add(new Violation("edge-task", "base station " + r.baseStation() + ": " + who + " task's EVs "
                        + r.evs() + " are not its " + t.evs().size() + " nearest " + t.evs()));
            }
            compare(out, who, r.baseStation(), "taskSeconds", r.taskSeconds(), t.task());
            compare(out, who, r.baseStation(), "bsComputeSeconds", r.bsComputeSeconds(), t.own());
            compare(out, who, r.baseStation(), "bsAddSeconds", r.bsAddSeconds(), t.add());
            compare(out, who, r.baseStation(), "sumEvComputeSeconds", r.sumEvComputeSeconds(), t.sumEv());
            compare(out, who, r.baseStation(), "lowerBoundSeconds", r.lowerBoundSeconds(), t.lower());
            compare(out, who, r.baseStation(), "upperBoundSeconds", r.upperBoundSeconds(), t.upper());
            compare(out, who, r.baseStation(), "paperLowerBoundSeconds", r.paperLowerBoundSeconds(), t.paperLower());
            compare(out, who, r.baseStation(), "paperUpperBoundSeconds", r.paperUpperBoundSeconds(), t.paperUpper());
        }
        for (String bs : recomputed.keySet()) {
            if (!seen.containsKey(bs)) {
                out.add(new Violation("edge-task", "base station " + bs + " has no edge task in " + who
                        + " edge tasks"));
            }
        }
        return out;
    }

    private static boolean within(double t, double lower, double upper) {
        return t >= lower - ABS_TOL_SECONDS * (1 + Math.abs(lower)) && t <= upper + ABS_TOL_SECONDS
                * (1 + Math.abs(upper));
    }

    private static void compare(List<Violation> out, String who, String bs, String field, double reported,
                                double expected) {
        if (!(Math.abs(reported - expected) <= REL_TOL * (1 + Math.abs(expected)))) {
            out.add(new Violation("edge-task", String.format(Locale.ROOT, "base station %s: %s %s is %.9g but the "
                    + "checker recomputes %.9g", bs, who, field, reported, expected)));
        }
    }

    /**
     * The BS's task from scratch, in seconds. EVs: the K nearest (ties: lower index). EV k works for
     * {@code c_k = s·C/f_EV} when it stays, else {@code min(e_k/P_chg, c)}, one after another (or all from 0), and
     * leaves; the BS's jobs are the N_s − K untaken chunks (available at 0) and each EV's unfinished share (available
     * when that EV leaves), at f_BBU; it runs them in order of availability without idling while one is available.
     */
    private static Task recompute(ExchangeInstance in, int bs, double[] tradeKWh) {
        ExchangeParameters p = in.params();
        List<Participant> ps = in.participants();
        Participant station = ps.get(bs);
        List<Integer> evs = new ArrayList<>();
        for (int e = 0; e < ps.size(); e++) {
            if (ps.get(e).isEv()) {
                evs.add(e);
            }
        }
        evs.sort(Comparator.<Integer>comparingDouble(e -> Geo.haversineKm(station.position(), ps.get(e).position()))
                .thenComparingInt(e -> e));
        int chunks = p.chunksPerTask();
        int taking = Math.min(chunks, Math.min(p.evsPerTask(), evs.size()));
        double cycles = p.chunkSizeM() * p.cyclesPerM();
        double evChunk = cycles / (p.evCpuGHz() * 1e9);       // seconds
        double bsChunk = cycles / (p.bbuFrequencyGHz() * 1e9);
        List<double[]> jobs = new ArrayList<>();                // {available at, BS seconds}
        for (int c = 0; c < chunks - taking; c++) {
            jobs.add(new double[] {0, bsChunk});
        }
        double sumEv = 0;
        double lastLeaves = 0;
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < taking; k++) {
            int e = evs.get(k);
            ids.add(ps.get(e).id());
            double charging = tradeKWh[e] / p.chargingPowerKW() * 3600;
            double works = p.evStaysToFinishChunk() ? evChunk : Math.min(charging, evChunk);
            double leaves = p.evsComputeInParallel() ? works : sumEv + works;
            sumEv += works;
            lastLeaves = Math.max(lastLeaves, leaves);
            double unfinished = 1 - works / evChunk;
            if (unfinished > 0) {
                jobs.add(new double[] {leaves, unfinished * bsChunk});
            }
        }
        jobs.sort(Comparator.comparingDouble(j -> j[0]));
        double clock = 0;
        double own = 0;
        for (double[] j : jobs) {
            clock = Math.max(clock, j[0]) + j[1];
            own += j[1];
        }
        double task = Math.max(clock, lastLeaves);
        double add = chunks * p.addSecondsPerChunk();
        double withAdd = own + add;
        double paperLower = Math.sqrt(Math.max(0, withAdd * withAdd - 2 * add * sumEv)) - sumEv;
        return new Task(station.id(), ids, task, own, add, sumEv, paperLower, add + sumEv);
    }
}
