package org.evwb.ui.qubo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;

/** Small QUBOs for the workbench tests, with their coefficients kept so tests can brute-force them independently. */
final class QuboTestFiles {

    /** Linear terms q_ii of the 6-variable test QUBO. */
    static final double[] LINEAR = {-3, 2, -1, 4, -2, 1};
    /** Couplers (i, j, q_ij) of the 6-variable test QUBO. */
    static final double[][] COUPLERS = {{0, 1, 2}, {0, 3, -4}, {1, 2, -3}, {2, 5, 1.5}, {3, 4, 2}, {4, 5, -2.5},
            {1, 5, 3}};

    private QuboTestFiles() {
    }

    /** Writes the test QUBO as a dimod COO file. */
    static Path writeCoo(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("# vartype=BINARY\n");
        for (int i = 0; i < LINEAR.length; i++) {
            sb.append(i).append(' ').append(i).append(' ').append(LINEAR[i]).append('\n');
        }
        for (double[] c : COUPLERS) {
            sb.append((int) c[0]).append(' ').append((int) c[1]).append(' ').append(c[2]).append('\n');
        }
        Path f = dir.resolve("small.coo");
        Files.writeString(f, sb.toString());
        return f;
    }

    /** The lowest energy of the test QUBO by evaluating all 2^6 states from the arrays above. */
    static double bruteForceMinimum() {
        double best = Double.POSITIVE_INFINITY;
        for (int s = 0; s < 1 << LINEAR.length; s++) {
            double e = 0;
            for (int i = 0; i < LINEAR.length; i++) {
                e += (s >> i & 1) * LINEAR[i];
            }
            for (double[] c : COUPLERS) {
                e += (s >> (int) c[0] & 1) * (s >> (int) c[1] & 1) * c[2];
            }
            best = Math.min(best, e);
        }
        return best;
    }

    /** A labelled QUBO with an objective and a one-hot constraint, so cells have provenance. */
    static Qubo labelled() {
        QuboBuilder b = new QuboBuilder();
        int a = b.addVariable("EV1 at S1");
        int c = b.addVariable("EV1 at S2");
        int d = b.addVariable("EV2 at S1");
        int e = b.addVariable("EV2 at S2");
        int cost = b.objective("charging cost");
        b.addLinear(cost, a, 3).addLinear(cost, c, 5).addLinear(cost, d, 4).addLinear(cost, e, 2);
        b.addQuadratic(cost, a, d, 6); // both at S1
        int oneHot1 = b.constraint("one-hot EV1");
        b.addSquaredLinear(oneHot1, 10, 1, new int[] {a, c}, new double[] {-1, -1});
        int oneHot2 = b.constraint("one-hot EV2");
        b.addSquaredLinear(oneHot2, 10, 1, new int[] {d, e}, new double[] {-1, -1});
        return b.build();
    }
}
