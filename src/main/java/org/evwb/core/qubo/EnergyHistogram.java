package org.evwb.core.qubo;

import java.util.Arrays;

/**
 * Weight (count or probability) per energy. With {@code binWidth == 0} each entry is one exact energy level;
 * otherwise entries are equal-width bins and {@code energies[k]} is the lower edge of bin k.
 */
public record EnergyHistogram(double[] energies, double[] weights, double binWidth) {

    public EnergyHistogram {
        if (energies.length != weights.length) {
            throw new IllegalArgumentException("energies and weights differ in length");
        }
        energies = energies.clone();
        weights = weights.clone();
    }

    public int size() {
        return energies.length;
    }

    public double totalWeight() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    public boolean binned() {
        return binWidth > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnergyHistogram h && Arrays.equals(energies, h.energies)
                && Arrays.equals(weights, h.weights) && Double.compare(binWidth, h.binWidth) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(energies) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "EnergyHistogram(" + energies.length + (binned() ? " bins" : " levels") + ", total " + totalWeight()
                + ")";
    }
}
