package org.evwb.ui.qubo;

import java.nio.file.Path;
import org.evwb.core.qubo.Qubo;

/**
 * The QUBO the workbench shows and where it came from.
 *
 * @param file   the file it was read from, or null when a view sent it in code
 * @param maxCut true when it was built from a Gset graph (then cut = −energy)
 */
public record QuboSource(Qubo qubo, String title, Path file, boolean maxCut) {

    /** "n variables, m couplers, density d" — density is m over the n(n−1)/2 possible couplers. */
    public String sizeText() {
        int n = qubo.numVariables();
        long pairs = (long) n * (n - 1) / 2;
        double density = pairs == 0 ? 0 : (double) qubo.numCouplers() / pairs;
        return n + (n == 1 ? " variable, " : " variables, ") + qubo.numCouplers()
                + (qubo.numCouplers() == 1 ? " coupler, density " : " couplers, density ")
                + String.format(java.util.Locale.ROOT, density >= 0.01 ? "%.1f %%" : "%.3f %%", 100 * density)
                + (qubo.parts().size() > 1 ? ", " + qubo.parts().size() + " parts" : "");
    }
}
