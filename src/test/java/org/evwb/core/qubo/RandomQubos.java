package org.evwb.core.qubo;

import java.util.SplittableRandom;

/** Seeded random QUBOs for tests. */
public final class RandomQubos {

    private RandomQubos() {
    }

    /**
     * n variables, each pair coupled with probability {@code density}; integer coefficients in [−10, 10] when
     * {@code integer}, else doubles in [−1, 1).
     */
    public static Qubo random(int n, double density, boolean integer, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", n);
        int p = b.objective("objective");
        b.addOffset(p, integer ? r.nextInt(-5, 6) : r.nextDouble(-1, 1));
        for (int i = 0; i < n; i++) {
            b.addLinear(p, i, integer ? r.nextInt(-10, 11) : r.nextDouble(-1, 1));
            for (int j = i + 1; j < n; j++) {
                if (r.nextDouble() < density) {
                    b.addQuadratic(p, i, j, integer ? r.nextInt(-10, 11) : r.nextDouble(-1, 1));
                }
            }
        }
        return b.build();
    }

    /** Lowest energy by direct evaluation of every state (independent of the samplers' incremental sums). */
    public static double bruteForceMin(Qubo q) {
        double best = Double.POSITIVE_INFINITY;
        for (long s = 0; s < 1L << q.numVariables(); s++) {
            best = Math.min(best, q.energy(s));
        }
        return best;
    }
}
