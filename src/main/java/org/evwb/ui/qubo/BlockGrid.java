package org.evwb.ui.qubo;

import org.evwb.core.qubo.Qubo;

/**
 * The visible part of a QUBO's upper-triangular matrix (rows {@code r0..r1-1}, columns {@code c0..c1-1}) cut into at
 * most {@code rows × cols} blocks, each holding the coefficient of largest magnitude that falls in it (sign kept) and
 * how many non-zero coefficients it covers. With one block per variable this is the matrix itself; for thousands of
 * variables it is what one screen pixel can show, built from the CSR rows in O(non-zeros in view), so the heat map
 * never touches an n × n array.
 *
 * <p>The strongest coefficient (not the mean) represents a block so a single large penalty stays visible when
 * zoomed out.
 */
public record BlockGrid(int r0, int r1, int c0, int c1, int rows, int cols, double[] values, int[] counts) {

    public static BlockGrid of(Qubo q, int r0, int r1, int c0, int c1, int rows, int cols) {
        if (r1 <= r0 || c1 <= c0 || rows < 1 || cols < 1 || rows > r1 - r0 || cols > c1 - c0) {
            throw new IllegalArgumentException("bad block grid " + r0 + ".." + r1 + " x " + c0 + ".." + c1 + " in "
                    + rows + " x " + cols);
        }
        double[] values = new double[rows * cols];
        int[] counts = new int[rows * cols];
        int[] start = q.adjStart();
        int[] idx = q.adjIdx();
        double[] w = q.adjW();
        long nr = r1 - r0;
        long nc = c1 - c0;
        for (int i = r0; i < r1; i++) {
            int rowOffset = (int) ((i - r0) * rows / nr) * cols;
            if (i >= c0 && i < c1 && q.linear(i) != 0) {
                put(values, counts, rowOffset + (int) ((i - c0) * cols / nc), q.linear(i));
            }
            // Neighbours are ascending within a row: jump to the first j > i inside the column range.
            int lo = Math.max(i + 1, c0);
            int k = lowerBound(idx, start[i], start[i + 1], lo);
            for (int end = start[i + 1]; k < end && idx[k] < c1; k++) {
                put(values, counts, rowOffset + (int) ((idx[k] - c0) * cols / nc), w[k]);
            }
        }
        return new BlockGrid(r0, r1, c0, c1, rows, cols, values, counts);
    }

    private static void put(double[] values, int[] counts, int cell, double v) {
        if (counts[cell]++ == 0 || Math.abs(v) > Math.abs(values[cell])) {
            values[cell] = v;
        }
    }

    private static int lowerBound(int[] a, int from, int to, int key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when every block is exactly one matrix cell. */
    public boolean oneCellPerBlock() {
        return rows == r1 - r0 && cols == c1 - c0;
    }

    public double value(int blockRow, int blockCol) {
        return values[blockRow * cols + blockCol];
    }

    public int count(int blockRow, int blockCol) {
        return counts[blockRow * cols + blockCol];
    }

    /** The block row holding matrix row {@code i}. */
    public int blockRowOf(int i) {
        return (int) ((long) (i - r0) * rows / (r1 - r0));
    }

    public int blockColOf(int j) {
        return (int) ((long) (j - c0) * cols / (c1 - c0));
    }

    /** First matrix row of a block row (the inverse of {@link #blockRowOf}). */
    public int firstRow(int blockRow) {
        return r0 + (int) ceilDiv((long) blockRow * (r1 - r0), rows);
    }

    public int firstCol(int blockCol) {
        return c0 + (int) ceilDiv((long) blockCol * (c1 - c0), cols);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
