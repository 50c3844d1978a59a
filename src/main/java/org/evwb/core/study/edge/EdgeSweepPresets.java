package org.evwb.core.study.edge;

import java.util.List;
import org.evwb.core.solve.sweep.SweepPreset;

/** Paper 001's figure sweeps as presets (Figs. 8–11, 17). */
final class EdgeSweepPresets {

    private EdgeSweepPresets() {
    }

    static List<SweepPreset<EdgeInstance, EdgeSchedule>> of(EdgeStudy study) {
        return List.of();
    }
}
