package org.evwb.core.qubo;

import java.util.Arrays;

/**
 * Counts energies without boxing: exact levels (energies quantised to {@code resolution}, which absorbs the rounding
 * drift of incremental sums) in an open-addressing table, switching to {@value #BINS} equal-width bins over
 * [lower, upper] when there are more than {@value #MAX_LEVELS} distinct levels.
 */
public final class HistogramAccumulator {

    public static final int MAX_LEVELS = 1 << 16;
    public static final int BINS = 1024;
    private static final long EMPTY = Long.MIN_VALUE;

    private final double resolution;
    private final double lower;
    private final double upper;
    private long[] keys = new long[1024];
    private double[] counts = new double[1024];
    /** The first energy seen at each level, reported as the level's energy (so integer energies stay integers). */
    private double[] levels = new double[1024];
    private int size;
    private double[] bins;

    /** @param lower,upper bounds every energy lies in (used only once binned) */
    public HistogramAccumulator(double resolution, double lower, double upper) {
        this.resolution = resolution;
        this.lower = lower;
        this.upper = Math.max(upper, lower + resolution);
        Arrays.fill(keys, EMPTY);
    }

    public void add(double energy, double weight) {
        addKey(Math.round(energy / resolution), energy, weight);
    }

    private void addKey(long key, double energy, double weight) {
        if (bins != null) {
            bins[bin(energy)] += weight;
            return;
        }
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
            counts[slot] = weight;
            levels[slot] = energy;
            if (size > MAX_LEVELS) {
                toBins();
            } else if (size * 2 > keys.length) {
                grow();
            }
        } else {
            counts[slot] += weight;
        }
    }

    public void addAll(HistogramAccumulator other) {
        if (other.bins != null) {
            if (bins == null) {
                toBins();
            }
            for (int b = 0; b < BINS; b++) {
                bins[b] += other.bins[b];
            }
            return;
        }
        for (int s = 0; s < other.keys.length; s++) {
            if (other.keys[s] != EMPTY) {
                addKey(other.keys[s], other.levels[s], other.counts[s]);
            }
        }
    }

    public EnergyHistogram build() {
        if (bins != null) {
            double width = (upper - lower) / BINS;
            int used = 0;
            for (double c : bins) {
                used += c > 0 ? 1 : 0;
            }
            double[] e = new double[used];
            double[] w = new double[used];
            for (int b = 0, k = 0; b < BINS; b++) {
                if (bins[b] > 0) {
                    e[k] = lower + b * width;
                    w[k++] = bins[b];
                }
            }
            return new EnergyHistogram(e, w, width);
        }
        long[] sorted = new long[size];
        int k = 0;
        for (long key : keys) {
            if (key != EMPTY) {
                sorted[k++] = key;
            }
        }
        Arrays.sort(sorted);
        double[] e = new double[size];
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
            int slot = find(sorted[i]);
            e[i] = levels[slot];
            w[i] = counts[slot];
        }
        return new EnergyHistogram(e, w, 0);
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int bin(double energy) {
        int b = (int) ((energy - lower) / (upper - lower) * BINS);
        return Math.max(0, Math.min(BINS - 1, b));
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldCounts = counts;
        double[] oldLevels = levels;
        keys = new long[oldKeys.length * 2];
        counts = new double[oldKeys.length * 2];
        levels = new double[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                addKey(oldKeys[s], oldLevels[s], oldCounts[s]);
            }
        }
    }

    private void toBins() {
        bins = new double[BINS];
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != EMPTY) {
                bins[bin(levels[s])] += counts[s];
            }
        }
        keys = null;
        counts = null;
        levels = null;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 33);
    }
}
