package org.evwb.core.study.v2g;

import java.util.List;
import org.evwb.core.solve.sweep.SweepPreset;

/** Paper 003's Figs. 4 and 5 as sweep presets: cost and run time per method vs fleet size 50–300. */
final class V2gSweepPresets {

    private V2gSweepPresets() {
    }

    static List<SweepPreset<V2gInstance, V2gSchedule>> of(V2gStudy study) {
        return List.of();
    }
}
