package org.evwb.core.study.v2g;

import java.util.ArrayList;
import java.util.List;

/** Small instances built directly, for tests. */
final class V2gTestData {

    private V2gTestData() {
    }

    /** EVs of 20 kWh, ±10 kW (2.5 kWh per 15-min slot), floor 2.5 kWh, with the given initial and target SoCs. */
    static List<V2gEv> evs(double[][] initialAndTarget) {
        List<V2gEv> evs = new ArrayList<>();
        for (int i = 0; i < initialAndTarget.length; i++) {
            evs.add(new V2gEv("e" + i, 20, 10, 10, 2.5, initialAndTarget[i][0], initialAndTarget[i][1]));
        }
        return evs;
    }

    static List<MarketSlot> market(double[] volume, double[] price, double excess) {
        List<MarketSlot> slots = new ArrayList<>();
        for (int k = 0; k < volume.length; k++) {
            slots.add(new MarketSlot(1080 + 15 * k, volume[k], price[k], excess));
        }
        return slots;
    }

    static V2gInstance instance(int level, double[][] evs, double[] volume, double[] price, double excess,
                                Double siteKW) {
        return new V2gInstance("depot", 15, evs(evs), market(volume, price, excess), level >= 2 ? siteKW : null,
                level >= 3, level);
    }
}
