package org.evwb.core.study.exchange;

import java.util.Arrays;

/**
 * Rectangular linear sum assignment by shortest augmenting paths (Jonker–Volgenant style, the algorithm of Crouse,
 * "On implementing 2D rectangular assignment algorithms", IEEE TAES 2016, which scipy's {@code linear_sum_assignment}
 * implements), on a dense matrix of doubles: no padding to a square, no scaling to integers.
 *
 * <p>{@link #minimise} assigns every row of a matrix with no more rows than columns to its own column at least total
 * cost. {@link #maximiseMatching} is what {@code optimal} needs: a maximum-weight matching of any shape where an
 * unmatched row or column is worth 0 (its outside option — trading with the grid) and a pair of weight ≤ 0 is never
 * taken. With every weight clamped at 0 that is exactly an assignment of the smaller side: a pair of weight 0 is as
 * good as both staying unmatched, so it is dropped afterwards.
 */
public final class RectangularAssignment {

    private RectangularAssignment() {
    }

    /**
     * A maximum-weight matching of a {@code rows × cols} matrix ({@code weight[r * cols + c]}) in which only pairs of
     * positive weight are taken.
     *
     * @return for each row its column, or -1 when the row stays unmatched
     * @throws IllegalArgumentException when a positive weight is not finite
     */
    public static int[] maximiseMatching(double[] weight, int rows, int cols) {
        if (weight.length != rows * cols) {
            throw new IllegalArgumentException("weight has " + weight.length + " entries, not " + rows + " × " + cols);
        }
        // Rows without a positive weight stay unmatched in some optimum: leave them out. Columns without one stay:
        // to the search they are free columns of reduced cost 0 — the grid as an outside option any row reaches in
        // one step — and leaving them out made the augmenting paths longer (200 EVs × 5 BSs: median 0.31 against
        // 0.22 ms per assignment over 20 scenarios).
        boolean[] rowUsed = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double w = weight[base + c];
                if (w > 0) {
                    if (w == Double.POSITIVE_INFINITY) {
                        throw new IllegalArgumentException("weight of row " + r + ", column " + c + " is infinite");
                    }
                    rowUsed[r] = true;
                }
            }
        }
        int[] rowIds = indices(rowUsed);
        int[] colIds = new int[cols];
        Arrays.setAll(colIds, c -> c);
        int[] mate = new int[rows];
        Arrays.fill(mate, -1);
        if (rowIds.length == 0) {
            return mate;
        }
        // The given rows stay the rows unless there are more than twice as many of them as columns: then the
        // columns become the rows (the work grows with rows² × columns). Near square, rows beyond the columns get
        // columns of weight 0 of their own (a row there stays unmatched, as with the grid) instead of a transpose:
        // on the exchange's buyers × sellers matrices the transposed problem took several times the work (the two
        // scenarios of 20 at 200 EVs × 5 BSs with more buyers than sellers: 2.3–2.8 ms transposed, 0.7–1.3 ms padded,
        // measured; scipy, which transposes, took 2 ms on them).
        boolean transpose = rowIds.length > 2 * colIds.length;
        int nr = transpose ? colIds.length : rowIds.length;
        int real = transpose ? rowIds.length : colIds.length;
        int nc = Math.max(real, nr);
        double[] cost = new double[nr * nc];
        for (int i = 0; i < rowIds.length; i++) {
            int base = rowIds[i] * cols;
            for (int j = 0; j < colIds.length; j++) {
                double w = weight[base + colIds[j]];
                cost[transpose ? j * nc + i : i * nc + j] = w > 0 ? -w : 0;
            }
        }
        int[] col4row = minimise(cost, nr, nc);
        for (int i = 0; i < nr; i++) {
            if (col4row[i] >= real) {
                continue; // a column of its own: unmatched
            }
            int r = transpose ? rowIds[col4row[i]] : rowIds[i];
            int c = transpose ? colIds[i] : colIds[col4row[i]];
            if (weight[r * cols + c] > 0) {
                mate[r] = c;
            }
        }
        return mate;
    }

    private static int[] indices(boolean[] used) {
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        int[] out = new int[n];
        for (int k = 0, m = 0; k < used.length; k++) {
            if (used[k]) {
                out[m++] = k;
            }
        }
        return out;
    }

    /**
     * The least-cost assignment of every row of a {@code rows × cols} matrix ({@code cost[r * cols + c]}, finite,
     * {@code rows ≤ cols}) to a distinct column.
     *
     * @return for each row its column
     */
    public static int[] minimise(double[] cost, int rows, int cols) {
        if (rows > cols) {
            throw new IllegalArgumentException(rows + " rows but only " + cols + " columns; transpose the matrix");
        }
        if (cost.length != rows * cols) {
            throw new IllegalArgumentException("cost has " + cost.length + " entries, not " + rows + " × " + cols);
        }
        double[] u = new double[rows];
        double[] v = new double[cols];
        double[] dist = new double[cols];
        int[] path = new int[cols];
        int[] col4row = new int[rows];
        int[] row4col = new int[cols];
        int[] order = new int[cols];
        Arrays.fill(col4row, -1);
        Arrays.fill(row4col, -1);
        // Greedy start: each row takes its cheapest column while that is free. Duals u = row minima, v = 0 keep
        // every reduced cost c − u − v ≥ 0 and the greedy pairs at 0, so the augmenting paths below start from a
        // valid dual.
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            int best = 0;
            double min = cost[base];
            for (int j = 1; j < cols; j++) {
                if (cost[base + j] < min) {
                    min = cost[base + j];
                    best = j;
                }
            }
            u[i] = min;
            if (row4col[best] < 0) {
                row4col[best] = i;
                col4row[i] = best;
            }
        }
        boolean[] scanned = new boolean[cols];
        for (int cur = 0; cur < rows; cur++) {
            if (col4row[cur] >= 0) {
                continue;
            }
            // Dijkstra from row cur on the reduced costs until it reaches a free column (the sink). Columns are
            // visited in index order, skipping the scanned ones, so the matrix row is read sequentially; the scanned
            // columns are listed in order[0..count).
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            int count = 0;
            double minVal = 0;
            int i = cur;
            int sink = -1;
            while (sink < 0) {
                int index = -1;
                double lowest = Double.POSITIVE_INFINITY;
                int base = i * cols;
                double offset = minVal - u[i];
                for (int j = 0; j < cols; j++) {
                    if (scanned[j]) {
                        continue;
                    }
                    double r = offset + cost[base + j] - v[j];
                    double d = dist[j];
                    if (r < d) {
                        path[j] = i;
                        dist[j] = r;
                        d = r;
                    }
                    // ties go to a free column: the path ends there, one augmentation sooner
                    if (d < lowest || (d == lowest && row4col[j] < 0)) {
                        lowest = d;
                        index = j;
                    }
                }
                if (lowest == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException("a cost of row " + i + " is not finite");
                }
                minVal = lowest;
                scanned[index] = true;
                order[count++] = index;
                if (row4col[index] < 0) {
                    sink = index;
                } else {
                    i = row4col[index];
                }
            }
            // Dual update over the scanned rows and columns keeps every reduced cost ≥ 0 and the path's at 0.
            u[cur] += minVal;
            for (int it = 0; it < count; it++) {
                int j = order[it];
                scanned[j] = false;
                double delta = minVal - dist[j];
                v[j] -= delta;
                if (j != sink) {
                    u[row4col[j]] += delta;
                }
            }
            // Augment along the path back to row cur.
            int j = sink;
            while (true) {
                int pi = path[j];
                row4col[j] = pi;
                int prev = col4row[pi];
                col4row[pi] = j;
                j = prev;
                if (pi == cur) {
                    break;
                }
            }
        }
        return col4row;
    }
}
