package org.evwb.core.qubo.qaoa;

/**
 * A cost diagonal written as its distinct values and, per basis state, which of them it has. Max-Cut and most
 * penalised QUBOs with integer weights have a few hundred distinct energies over millions of basis states, so the
 * phase layer can look e^{−iγC} up in a table of that size instead of computing a cosine and a sine per amplitude,
 * and reads two bytes per basis state instead of the eight of the diagonal. The table gives bit for bit the phases
 * the per-amplitude computation gives (the same value in, the same cosine out).
 */
public final class CostLevels {

    /** At most this many distinct values (a level index is a {@code char}). */
    public static final int MAX_LEVELS = 1 << 16;

    private final char[] level;
    private final double[] values;

    private CostLevels(char[] level, double[] values) {
        this.level = level;
        this.values = values;
    }

    /**
     * The levels of {@code diagonal}, or {@code null} when it has more than {@link #MAX_LEVELS} distinct values (real
     * random weights: then the phase layer computes each phase itself). Values are told apart by their bits.
     */
    public static CostLevels of(double[] diagonal) {
        return of(diagonal, () -> false);
    }

    /** {@link #of(double[])}, asking {@code stop} every 2^14 basis states; null too when it said stop. */
    public static CostLevels of(double[] diagonal, java.util.function.BooleanSupplier stop) {
        // open addressing on the values' bits: a boxed map would allocate per basis state
        int cap = 1 << 17;
        long[] keys = new long[cap];
        int[] slot = new int[cap]; // level + 1; 0 = empty
        double[] values = new double[MAX_LEVELS];
        char[] level = new char[diagonal.length];
        int count = 0;
        long lastBits = 0;
        int lastLevel = -1;
        for (int z = 0; z < diagonal.length; z++) {
            if ((z & 0x3FFF) == 0 && stop.getAsBoolean()) {
                return null;
            }
            long bits = Double.doubleToRawLongBits(diagonal[z]);
            if (bits == lastBits && lastLevel >= 0) { // neighbours often share a value
                level[z] = (char) lastLevel;
                continue;
            }
            int h = (int) ((bits * 0x9E3779B97F4A7C15L) >>> 47); // 17 bits
            while (slot[h] != 0 && keys[h] != bits) {
                h = (h + 1) & (cap - 1);
            }
            if (slot[h] == 0) {
                if (count == MAX_LEVELS) {
                    return null;
                }
                keys[h] = bits;
                values[count] = diagonal[z];
                slot[h] = ++count;
            }
            lastBits = bits;
            lastLevel = slot[h] - 1;
            level[z] = (char) lastLevel;
        }
        return new CostLevels(level, java.util.Arrays.copyOf(values, count));
    }

    /** Number of distinct values. */
    public int count() {
        return values.length;
    }

    /** Number of basis states. */
    public int size() {
        return level.length;
    }

    /** The level of basis state z. */
    int level(int z) {
        return level[z];
    }

    char[] levels() {
        return level;
    }

    double[] values() {
        return values;
    }
}
