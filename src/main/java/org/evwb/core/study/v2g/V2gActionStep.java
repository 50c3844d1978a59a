package org.evwb.core.study.v2g;

import org.evwb.core.study.v2g.V2gPolicyFleet.Action;

/**
 * One slot of the fleet under one of the three aggregate actions, as SPEC §6 "Decisions from the reference model"
 * states them: <b>C</b> charges, up to the site limit, the EVs below target that still need the most slots (ties:
 * lowest SoC, then index); <b>I</b> idles; <b>D</b> discharges EVs by spare slots, most first (ties: highest SoC, then
 * index), stopping at the first that would break the charge-only completion test; a state that fails the test is
 * refused. With p_i the slots EV i still needs, r_i the slots the hourly rule locks it out of charging, m EVs at full
 * power under the site limit and R slots left, the test is {@code Σ_i max(0, p_i − max(0, τ − r_i)) ≤ m·(R − τ)} for
 * τ = 0…3 and {@code p_i ≤ R − r_i}.
 *
 * <p>This is the one implementation of the step: {@code adp} expands every state of its beam through it and the
 * learned policy steps its fleet through it, so the policy is judged against exactly the moves its teacher could
 * make. The state is three primitive arrays changed in place (SoC in tenths of a kWh, direction, last change); the
 * completion sums of the unchanged state are computed once per state ({@link #prepare}) and each action adjusts
 * them only for the EVs it moves, so the three actions of one state cost one pass over the fleet plus their moves.
 * Not thread-safe: it owns its work arrays; use one per thread.
 */
final class V2gActionStep {

    /** What {@link #apply} returns for a refused action (no net energy can be this). */
    static final int REFUSED = Integer.MIN_VALUE;

    /** Sort keys pack (priority, SoC in tenths, index) into one long: 21 bits each. */
    private static final int MAX_KEY = 1 << 19;
    private static final int MAX_SOC = (1 << 21) - 1;
    private static final long INDEX_MASK = (1L << 21) - 1;

    private final V2gPolicyFleet f;
    private final long[] keys;
    /** The prepared state's p_i and r_i at slot k + 1: the keys of both actions read them. */
    private final int[] need;
    private final int[] lockNext;
    /** The completion test's T_τ and the count of EVs with p_i &gt; R − r_i: the prepared state's, then a working copy. */
    private final long[] baseSums = new long[4];
    private int baseBad;
    private final long[] sums = new long[4];
    private int bad;
    private int preparedSlot = -1;
    /** What the last D discharged, tenths of a kWh. */
    private int lastDischarge;

    V2gActionStep(V2gPolicyFleet f) {
        this.f = f;
        this.keys = new long[f.d];
        this.need = new int[f.d];
        this.lockNext = new int[f.d];
    }

    /** Computes the completion sums of the state (soc, dir, last) at the start of slot k + 1, before any action. */
    void prepare(int[] soc, byte[] dir, int[] last, int k) {
        java.util.Arrays.fill(baseSums, 0);
        baseBad = 0;
        int k1 = k + 1;
        int left = f.n - k1;
        for (int i = 0; i < f.d; i++) {
            int p = f.need(i, soc[i]);
            int r = f.chargeLock(i, dir[i], last[i], k1);
            need[i] = p;
            lockNext[i] = r;
            for (int t = 0; t < 4; t++) {
                baseSums[t] += Math.max(0, p - Math.max(0, t - r));
            }
            if (p > left - r) {
                baseBad++;
            }
        }
        preparedSlot = k;
    }

    /**
     * Applies action {@code a} in slot k, in place, to a copy of the state {@link #prepare prepared} for slot k (its
     * p_i and r_i are read from the preparation). Returns the
     * fleet's net energy in tenths of a kWh (charge positive), or {@link #REFUSED}, in which case the arrays hold an
     * unspecified state and must be copied afresh.
     */
    int apply(int[] soc, byte[] dir, int[] last, int k, Action a) {
        if (preparedSlot != k) {
            throw new IllegalStateException("prepare(…, " + k + ") first");
        }
        System.arraycopy(baseSums, 0, sums, 0, 4);
        bad = baseBad;
        int k1 = k + 1;
        int net = 0;
        if (a == Action.CHARGE) {
            int count = 0;
            for (int i = 0; i < f.d; i++) {
                if (soc[i] < f.target[i] && soc[i] < f.cap[i] && f.chargeLock(i, dir[i], last[i], k) == 0) {
                    // order: most slots still needed first, ties lowest SoC, then index
                    keys[count++] = ((long) (MAX_KEY - need[i]) << 42) | ((long) soc[i] << 21) | i;
                }
            }
            if (count == 0) {
                return REFUSED;
            }
            int take = Math.min(f.m, count);
            if (take < count) {
                // only which EVs charge matters, not in what order (each moves alone): the take smallest keys
                selectSmallest(keys, count, take);
            }
            for (int j = 0; j < take; j++) {
                int i = (int) (keys[j] & INDEX_MASK);
                int amount = Math.min(f.up[i], f.cap[i] - soc[i]);
                remove(i, k1);
                soc[i] += amount;
                net += amount;
                turn(dir, last, i, (byte) 1, k);
                add(i, soc[i], dir[i], last[i], k1, 1);
            }
        } else if (a == Action.DISCHARGE) {
            int left = f.n - k1;
            int count = 0;
            for (int i = 0; i < f.d; i++) {
                if (soc[i] > f.floor[i] && f.dischargeLock(dir[i], last[i], k) == 0) {
                    int spare = left - lockNext[i] - need[i];
                    keys[count++] = ((long) (MAX_KEY - Math.max(-MAX_KEY, Math.min(MAX_KEY, spare))) << 42)
                            | ((long) (MAX_SOC - soc[i]) << 21) | i;
                }
            }
            int taken = dischargeInOrder(soc, dir, last, k, count);
            if (taken == 0) {
                return REFUSED;
            }
            net = -lastDischarge;
        }
        return holds(k1) ? net : REFUSED;
    }

    /**
     * D: discharges the candidates in key order until m have or the first would break the completion test. The order
     * matters here (the test stops it), so the keys are taken smallest first from a heap: usually only a few are
     * needed before the test stops D, and a full sort of the fleet each time cost more than the moves.
     */
    private int dischargeInOrder(int[] soc, byte[] dir, int[] last, int k, int count) {
        int k1 = k + 1;
        heapify(keys, count);
        int size = count;
        int taken = 0;
        int total = 0;
        while (size > 0 && taken < f.m) {
            long key = keys[0];
            keys[0] = keys[--size];
            siftDown(keys, 0, size);
            int i = (int) (key & INDEX_MASK);
            int amount = Math.min(f.down[i], soc[i] - f.floor[i]);
            byte oldDir = dir[i];
            int oldLast = last[i];
            remove(i, k1);
            soc[i] -= amount;
            turn(dir, last, i, (byte) -1, k);
            add(i, soc[i], dir[i], last[i], k1, 1);
            if (!holds(k1)) {
                // undo and stop: the first EV that would break the completion test ends D
                add(i, soc[i], dir[i], last[i], k1, -1);
                soc[i] += amount;
                dir[i] = oldDir;
                last[i] = oldLast;
                add(i, soc[i], dir[i], last[i], k1, 1);
                break;
            }
            total += amount;
            taken++;
        }
        lastDischarge = total;
        return taken;
    }

    /** Takes EV i's prepared contribution out of the sums (it is about to move; each EV moves at most once). */
    private void remove(int i, int k) {
        count(need[i], lockNext[i], k, -1);
    }

    private void add(int i, int soc, byte dir, int last, int k, int sign) {
        count(f.need(i, soc), f.chargeLock(i, dir, last, k), k, sign);
    }

    private void count(int p, int r, int k, int sign) {
        for (int t = 0; t < 4; t++) {
            sums[t] += sign * Math.max(0, p - Math.max(0, t - r));
        }
        if (p > f.n - k - r) {
            bad += sign;
        }
    }

    private boolean holds(int k) {
        int left = f.n - k;
        if (bad > 0) {
            return false;
        }
        for (int t = 0; t <= Math.min(3, left); t++) {
            if (sums[t] > (long) f.m * (left - t)) {
                return false;
            }
        }
        return true;
    }

    /** Records EV i's activity in direction {@code d} in slot k: a change when it had the other direction. */
    static void turn(byte[] dir, int[] last, int i, byte d, int k) {
        if (dir[i] != 0 && dir[i] != d) {
            last[i] = k;
        }
        dir[i] = d;
    }

    /** Reorders a[0..n) so that a[0..take) are its take smallest values (distinct values; any order within). */
    static void selectSmallest(long[] a, int n, int take) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            long pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            // now a[lo..j] ≤ pivot ≤ a[i..hi]
            if (take - 1 <= j) {
                hi = j;
            } else if (take - 1 >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void heapify(long[] a, int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, i, n);
        }
    }

    private static void siftDown(long[] a, int i, int n) {
        long v = a[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= n) {
                break;
            }
            if (c + 1 < n && a[c + 1] < a[c]) {
                c++;
            }
            if (a[c] >= v) {
                break;
            }
            a[i] = a[c];
            i = c;
        }
        a[i] = v;
    }
}
