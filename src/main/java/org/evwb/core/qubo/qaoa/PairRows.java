package org.evwb.core.qubo.qaoa;

/**
 * The scalar loops' pair update on rows of amplitudes, in one of two forms ({@link Gate}). The loops are written so
 * that C2 turns them into vector instructions (SuperWord): one pair of rows held in arrays of their own per loop,
 * every element read before any is written.
 */
final class PairRows {

    private PairRows() {
    }

    /**
     * How one qubit's pair (a, b) is updated: {@link #exact} as the definition writes it (cos β·a − i sin β·b, two
     * roundings per product sum), or {@link #factored} as four fused multiply-adds whose factor cos β (or −i sin β)
     * the layer's phases carry.
     */
    record Gate(double c, double s, boolean factored, boolean swap) {

        /** (c·a − i s·b, −i s·a + c·b), bit for bit as the plain definition computes it. */
        static Gate exact(double c, double s) {
            return new Gate(c, s, false, false);
        }

        /** a' = a − i t b, b' = b − i t a with {@code Math.fma}, outputs swapped when the mixer says so. */
        static Gate factored(FactoredMixer m) {
            return new Gate(1, m.t(), true, m.swap());
        }
    }

    /**
     * The gate on row bits 0..rowCountBits−1 of rows held as arrays of their own (2^rowCountBits rows), one row bit
     * after the other. (Two row bits per step, eight arrays in one loop, measured slower: 2.5 against 1.9 ns per pair
     * update at rows of 16 — the JIT does not vectorise the eight-array loop.)
     */
    static void pairRows(double[][] tr, double[][] ti, int rowCountBits, int rowLen, Gate g) {
        int rows = 1 << rowCountBits;
        for (int j = 0; j < rowCountBits; j++) {
            int half = 1 << j;
            for (int h0 = 0; h0 < rows; h0 += half << 1) {
                for (int h = h0; h < h0 + half; h++) {
                    pair(tr[h], ti[h], tr[h + half], ti[h + half], rowLen, g);
                }
            }
        }
    }

    /** The gate on two rows held in arrays of their own, [0, len) of each. */
    static void pair(double[] ar, double[] ai, double[] br, double[] bi, int len, Gate g) {
        if (!g.factored()) {
            double c = g.c();
            double s = g.s();
            for (int k = 0; k < len; k++) {
                double xr = ar[k];
                double xi = ai[k];
                double yr = br[k];
                double yi = bi[k];
                ar[k] = c * xr + s * yi;
                ai[k] = c * xi - s * yr;
                br[k] = c * yr + s * xi;
                bi[k] = c * yi - s * xr;
            }
        } else if (!g.swap()) {
            fma(ar, ai, br, bi, ar, ai, br, bi, len, g.s());
        } else {
            fma(ar, ai, br, bi, br, bi, ar, ai, len, g.s());
        }
    }

    /** a' = a − i t b into (dar, dai), b' = b − i t a into (dbr, dbi); each element read before it is written. */
    private static void fma(double[] ar, double[] ai, double[] br, double[] bi, double[] dar, double[] dai,
            double[] dbr, double[] dbi, int len, double t) {
        double nt = -t;
        for (int k = 0; k < len; k++) {
            double xr = ar[k];
            double xi = ai[k];
            double yr = br[k];
            double yi = bi[k];
            dar[k] = Math.fma(t, yi, xr);
            dai[k] = Math.fma(nt, yr, xi);
            dbr[k] = Math.fma(t, xi, yr);
            dbi[k] = Math.fma(nt, xr, yi);
        }
    }

    /** The gate on rows [a, a + len) and [b, b + len) of one pair of arrays (small states, in place). */
    static void offsets(double[] re, double[] im, int a, int b, int len, Gate g) {
        double c = g.c();
        double s = g.s();
        double ns = -s;
        for (int k = 0; k < len; k++) {
            double ar = re[a + k];
            double ai = im[a + k];
            double br = re[b + k];
            double bi = im[b + k];
            if (!g.factored()) {
                re[a + k] = c * ar + s * bi;
                im[a + k] = c * ai - s * br;
                re[b + k] = c * br + s * ai;
                im[b + k] = c * bi - s * ar;
            } else {
                int da = g.swap() ? b : a;
                int db = g.swap() ? a : b;
                re[da + k] = Math.fma(s, bi, ar);
                im[da + k] = Math.fma(ns, br, ai);
                re[db + k] = Math.fma(s, ai, br);
                im[db + k] = Math.fma(ns, ar, bi);
            }
        }
    }

    /**
     * A thread's tile buffers: four sets (A and B, real and imaginary) of 2^blockBits amplitudes as 2^b rows of
     * 2^(blockBits − b), one shape per b made on first use and kept (a layer uses two or three shapes, every layer the
     * same ones).
     */
    static final class Tile {
        private final int blockBits;
        private final double[][][][] shapes;

        Tile(int blockBits) {
            this.blockBits = blockBits;
            this.shapes = new double[4][blockBits + 1][][];
        }

        double[][] rows(int set, int rowBits) {
            double[][] r = shapes[set][rowBits];
            if (r == null) {
                r = new double[1 << rowBits][1 << (blockBits - rowBits)];
                shapes[set][rowBits] = r;
            }
            return r;
        }
    }
}
