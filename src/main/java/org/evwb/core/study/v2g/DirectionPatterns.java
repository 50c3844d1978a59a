package org.evwb.core.study.v2g;

/**
 * Direction patterns that keep the hourly rule, read from a schedule that may break it (the LP optimum without the
 * rule): each EV follows the sign of its energy, idling keeps the direction, and a change within
 * {@link V2gInstance#RULE_WINDOW} − 1 slots of the previous one is suppressed. With the pattern fixed the L3 model is
 * an LP ({@link V2gFormulation#fixDirections}), whose optimum is a schedule that keeps the rule.
 */
final class DirectionPatterns {

    private DirectionPatterns() {
    }

    static int[][] of(double[][] mu) {
        int[][] out = new int[mu.length][];
        for (int i = 0; i < mu.length; i++) {
            int n = mu[i].length;
            int[] d = new int[n];
            int first = 1;
            for (double v : mu[i]) {
                if (Math.abs(v) > V2gChecker.IDLE_KWH) {
                    first = v > 0 ? 1 : -1;
                    break;
                }
            }
            int cur = first;
            int last = Integer.MIN_VALUE / 2;
            for (int k = 0; k < n; k++) {
                int want = Math.abs(mu[i][k]) > V2gChecker.IDLE_KWH ? (mu[i][k] > 0 ? 1 : -1) : cur;
                if (want != cur && k - last >= V2gInstance.RULE_WINDOW) {
                    cur = want;
                    last = k;
                }
                d[k] = cur;
            }
            out[i] = d;
        }
        return out;
    }
}
