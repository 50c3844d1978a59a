package org.evwb.core.study.edge;

/**
 * One vehicle compute task of a server's day (SPEC §4). It arrives in slot {@code arrivalSlot}, takes one slot
 * (e = 1), has deadline {@code d = a + e + k·e} and so may run in any one slot of {@code [a, a + k]}, cut at the
 * day's last slot; it uses {@code utilisation} cores (0 < u ≤ 1) and earns {@code revenue} when it runs.
 *
 * @param id          its index in the server's day (tasks are ordered by arrival, then by the order drawn)
 * @param arrivalSlot a_i, 0-based
 * @param slack       k_i ∈ 0..5: slots it may wait
 * @param utilisation u_i in cores
 * @param revenue     r_i
 */
public record EdgeTask(int id, int arrivalSlot, int slack, double utilisation, double revenue) {

    /** Execution time e in slots (SPEC: one slot, equal for all tasks). */
    public static final int EXECUTION_SLOTS = 1;
    /** The largest slack k the model knows (SPEC: k ∈ 0..5). */
    public static final int MAX_SLACK = 5;

    /** Deadline slot d_i = a_i + e + k_i·e (exclusive end of the last run). */
    public int deadlineSlot() {
        return arrivalSlot + EXECUTION_SLOTS + slack * EXECUTION_SLOTS;
    }

    /** The last slot it may run in, min(d_i − e, T − 1). */
    public int lastSlot(int slots) {
        return Math.min(deadlineSlot() - EXECUTION_SLOTS, slots - 1);
    }

    /** True when it may run in slot {@code t} of a day of {@code slots} slots. */
    public boolean runsIn(int t, int slots) {
        return t >= arrivalSlot && t <= lastSlot(slots);
    }

    /** Revenue per core, r_i / u_i (the order the LP bound groups by). */
    public double density() {
        return revenue / utilisation;
    }
}
