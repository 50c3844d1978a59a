package org.evwb.core.qubo;

import java.util.Arrays;

/** One distinct state of a sample set: the 0/1 values in variable order, its energy and how often it was seen. */
public final class Sample {

    private final byte[] state;
    private final double energy;
    private final long occurrences;

    public Sample(byte[] state, double energy, long occurrences) {
        for (byte b : state) {
            if (b != 0 && b != 1) {
                throw new IllegalArgumentException("a sample holds 0/1 values, found " + b);
            }
        }
        if (occurrences < 1) {
            throw new IllegalArgumentException("occurrences must be >= 1, was " + occurrences);
        }
        this.state = state.clone();
        this.energy = energy;
        this.occurrences = occurrences;
    }

    /** A copy of the 0/1 values. */
    public byte[] state() {
        return state.clone();
    }

    public int value(int i) {
        return state[i];
    }

    public int size() {
        return state.length;
    }

    public double energy() {
        return energy;
    }

    public long occurrences() {
        return occurrences;
    }

    /** The state as a string of '0'/'1' characters in variable order. */
    public String bitString() {
        StringBuilder sb = new StringBuilder(state.length);
        for (byte b : state) {
            sb.append(b == 0 ? '0' : '1');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && Arrays.equals(state, s.state) && Double.compare(energy, s.energy) == 0
                && occurrences == s.occurrences;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(state) * 31 + Long.hashCode(occurrences);
    }

    @Override
    public String toString() {
        return bitString() + " E=" + energy + " ×" + occurrences;
    }
}
