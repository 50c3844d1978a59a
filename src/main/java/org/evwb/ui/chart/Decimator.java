package org.evwb.ui.chart;

/**
 * A fixed budget of points for one live series, however many arrive: min–max bucketing over arrival order. Each
 * bucket covers {@code width} consecutive points and keeps its lowest and highest (in arrival order); when the
 * buckets are full, neighbours merge pairwise and the width doubles. A series of up to {@code buckets} points is kept
 * exactly; a longer one keeps every bucket's extremes (so spikes and the best value survive) plus the latest point.
 * Memory and {@link #snapshot} cost are bounded by the budget; {@link #add} is O(1) amortised.
 * Thread-safe: solver threads add, the FX thread takes snapshots.
 */
final class Decimator {

    private final int buckets;
    // per bucket: the lower and the higher point, each with its arrival index (for drawing order)
    private final double[] loX;
    private final double[] loY;
    private final long[] loAt;
    private final double[] hiX;
    private final double[] hiY;
    private final long[] hiAt;
    private int used; // buckets holding points (the last may be partly filled)
    private long width = 1; // points per bucket
    private long inLast; // points in the last bucket
    private long count;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private long version;

    /** At most {@code budget} points (at least 3): {@code (budget − 1) / 2} buckets of two plus the latest point. */
    Decimator(int budget) {
        if (budget < 3) {
            throw new IllegalArgumentException("budget must be at least 3, was " + budget);
        }
        buckets = (budget - 1) / 2;
        loX = new double[buckets];
        loY = new double[buckets];
        loAt = new long[buckets];
        hiX = new double[buckets];
        hiY = new double[buckets];
        hiAt = new long[buckets];
    }

    /** Adds one point (NaN y values are dropped: a chart cannot draw them). */
    synchronized void add(double x, double y) {
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return;
        }
        long at = count++;
        lastX = x;
        lastY = y;
        version++;
        if (used > 0 && inLast < width) {
            int b = used - 1;
            if (y < loY[b]) {
                set(b, true, x, y, at);
            }
            if (y > hiY[b]) {
                set(b, false, x, y, at);
            }
            inLast++;
            return;
        }
        if (used == buckets) {
            mergePairs();
        }
        int b = used++;
        set(b, true, x, y, at);
        set(b, false, x, y, at);
        inLast = 1;
    }

    private void set(int b, boolean low, double x, double y, long at) {
        if (low) {
            loX[b] = x;
            loY[b] = y;
            loAt[b] = at;
        } else {
            hiX[b] = x;
            hiY[b] = y;
            hiAt[b] = at;
        }
    }

    /** Halves the buckets in use: bucket k takes the extremes of buckets 2k and 2k + 1. */
    private void mergePairs() {
        int out = 0;
        for (int b = 0; b < used; b += 2, out++) {
            int lo = b;
            int hi = b;
            if (b + 1 < used) {
                lo = loY[b + 1] < loY[b] ? b + 1 : b;
                hi = hiY[b + 1] > hiY[b] ? b + 1 : b;
            }
            double lx = loX[lo];
            double ly = loY[lo];
            long la = loAt[lo];
            double hx = hiX[hi];
            double hy = hiY[hi];
            long ha = hiAt[hi];
            set(out, true, lx, ly, la);
            set(out, false, hx, hy, ha);
        }
        // every bucket was full (see add); with an odd number of them the last one merged alone and has room left
        boolean odd = used % 2 == 1;
        used = out;
        inLast = odd ? width : 2 * width;
        width *= 2;
    }

    /** Points added so far (kept or not). */
    synchronized long count() {
        return count;
    }

    /** Changes with every point added: a frame redraws only the series that changed. */
    synchronized long version() {
        return version;
    }

    /** The kept points in arrival order, {@code {xs, ys}}: at most the budget. */
    synchronized double[][] snapshot() {
        int max = 2 * used + 1;
        double[] xs = new double[max];
        double[] ys = new double[max];
        int n = 0;
        long lastAt = -1;
        for (int b = 0; b < used; b++) {
            boolean lowFirst = loAt[b] <= hiAt[b];
            n = put(xs, ys, n, lowFirst ? loX[b] : hiX[b], lowFirst ? loY[b] : hiY[b]);
            lastAt = lowFirst ? loAt[b] : hiAt[b];
            if (loAt[b] != hiAt[b]) {
                n = put(xs, ys, n, lowFirst ? hiX[b] : loX[b], lowFirst ? hiY[b] : loY[b]);
                lastAt = Math.max(loAt[b], hiAt[b]);
            }
        }
        if (count > 0 && lastAt != count - 1) {
            n = put(xs, ys, n, lastX, lastY);
        }
        return new double[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    private static int put(double[] xs, double[] ys, int n, double x, double y) {
        xs[n] = x;
        ys[n] = y;
        return n + 1;
    }
}
