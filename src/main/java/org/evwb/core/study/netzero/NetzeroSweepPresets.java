package org.evwb.core.study.netzero;

import java.util.List;
import org.evwb.core.solve.sweep.SweepPreset;

/** Paper 004's figure sweeps. */
final class NetzeroSweepPresets {

    private NetzeroSweepPresets() {
    }

    static List<SweepPreset<NetzeroInstance, NetzeroSolution>> of(NetzeroStudy study) {
        return List.of();
    }
}
