package org.evwb.core.qubo.qaoa;

/**
 * The X mixer's gate on every qubit, RX(2β) = cos β·I − i sin β·X, written so that a pair update is four fused
 * multiply-adds: with |cos β| ≥ |sin β| it is cos β·(I − i t X), t = tan β; otherwise −i sin β·X·(I − i t X),
 * t = −cot β, the same update with the pair's outputs stored swapped. The n factors left out, one per qubit, are one
 * scalar f = cos^n β or (−i sin β)^n that the layer's phases carry. |t| ≤ 1 either way, so the unscaled amplitudes
 * grow at most by √2 per qubit before the phases of the next layer (which carry f) bring them back.
 *
 * @param t  the pair update a' = a − i t b, b' = b − i t a
 * @param swap  whether a pair's outputs are stored swapped (a' where b was)
 * @param fr  real part of the factor f
 * @param fi  imaginary part of the factor f
 */
record FactoredMixer(double t, boolean swap, double fr, double fi) {

    /** The mixer e^{−iβΣX} on n qubits. */
    static FactoredMixer of(double beta, int n) {
        double c = Math.cos(beta);
        double s = Math.sin(beta);
        boolean swap = Math.abs(c) < Math.abs(s);
        double mag = Math.pow(swap ? s : c, n);
        int quarter = swap ? n & 3 : 0; // (−i)^n: 1, −i, −1, i
        double fr = quarter == 0 ? mag : quarter == 2 ? -mag : 0;
        double fi = quarter == 1 ? -mag : quarter == 3 ? mag : 0;
        return new FactoredMixer(swap ? -c / s : s / c, swap, fr, fi);
    }
}
