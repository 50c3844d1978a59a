package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Means over the seeded runs of a sweep, one line per (algorithm, N_EV, N_BS) — the points of Figs. 4–6. */
public record SweepSummary(String algorithm, int evs, int bss, int runs, double meanWallSeconds,
                           double meanCpuSeconds, double meanCo2Kg, double meanSocialWelfare,
                           double meanGapToOptimal, double meanPairUtility, double meanMatchedPairs,
                           double meanBlockingPairs, double meanAcceptablePairs, double feasibleShare,
                           Map<FlowType, Double> meanEnergyKWh) {

    public static List<SweepSummary> of(List<SweepRows.AlgorithmRow> rows) {
        Map<String, List<SweepRows.AlgorithmRow>> groups = new LinkedHashMap<>();
        for (var r : rows) {
            groups.computeIfAbsent(r.algorithm() + "|" + r.evs() + "|" + r.bss(), k -> new ArrayList<>()).add(r);
        }
        List<SweepSummary> out = new ArrayList<>();
        for (var g : groups.values()) {
            var first = g.get(0);
            Map<FlowType, Double> flows = new LinkedHashMap<>();
            flows.put(FlowType.V2G, mean(g, SweepRows.AlgorithmRow::energyV2GKWh));
            flows.put(FlowType.G2V, mean(g, SweepRows.AlgorithmRow::energyG2VKWh));
            flows.put(FlowType.T2G, mean(g, SweepRows.AlgorithmRow::energyT2GKWh));
            flows.put(FlowType.G2T, mean(g, SweepRows.AlgorithmRow::energyG2TKWh));
            flows.put(FlowType.T2V, mean(g, SweepRows.AlgorithmRow::energyT2VKWh));
            flows.put(FlowType.V2T, mean(g, SweepRows.AlgorithmRow::energyV2TKWh));
            flows.put(FlowType.V2V, mean(g, SweepRows.AlgorithmRow::energyV2VKWh));
            flows.put(FlowType.T2T, mean(g, SweepRows.AlgorithmRow::energyT2TKWh));
            out.add(new SweepSummary(first.algorithm(), first.evs(), first.bss(), g.size(),
                    mean(g, SweepRows.AlgorithmRow::wallSeconds), mean(g, SweepRows.AlgorithmRow::cpuSeconds),
                    mean(g, SweepRows.AlgorithmRow::computeCo2Kg), mean(g, SweepRows.AlgorithmRow::socialWelfare),
                    mean(g, SweepRows.AlgorithmRow::socialWelfareGapToOptimal),
                    mean(g, SweepRows.AlgorithmRow::meanPairUtility), mean(g, SweepRows.AlgorithmRow::matchedPairs),
                    mean(g, SweepRows.AlgorithmRow::blockingPairs), mean(g, SweepRows.AlgorithmRow::acceptablePairs),
                    mean(g, r -> r.feasible() ? 1 : 0), Map.copyOf(flows)));
        }
        return out;
    }

    /** Mean over the rows, skipping NaN (e.g. the mean pair utility of a run without pairs). */
    private static double mean(List<SweepRows.AlgorithmRow> g, ToDoubleFunction<SweepRows.AlgorithmRow> f) {
        return g.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }
}
