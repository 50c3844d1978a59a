package org.evwb.core.study.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.csv.CsvWriter;

/** The rows a sweep produces (one per algorithm run, one per edge-computing task) and their CSV export. */
public final class SweepRows {

    private SweepRows() {
    }

    /** One algorithm on one generated instance (Figs. 4–6). Times in s, compute energy in kWh, CO2 in kg. */
    @JsonPropertyOrder({"evs", "bss", "run", "seed", "algorithm", "status", "feasible", "wallSeconds", "cpuSeconds",
        "processCpuSeconds", "computeEnergyKWh", "computeCo2Kg", "buyers", "sellers", "acceptablePairs",
        "matchedPairs", "blockingPairs", "socialWelfare", "socialWelfareGapToOptimal", "meanPairUtility",
        "energyV2GKWh", "energyG2VKWh", "energyT2GKWh", "energyG2TKWh", "energyT2VKWh", "energyV2TKWh",
        "energyV2VKWh", "energyT2TKWh"})
    public record AlgorithmRow(int evs, int bss, int run, long seed, String algorithm, String status,
                               boolean feasible, double wallSeconds, double cpuSeconds, double processCpuSeconds,
                               double computeEnergyKWh, double computeCo2Kg, int buyers, int sellers,
                               int acceptablePairs, int matchedPairs, int blockingPairs, double socialWelfare,
                               double socialWelfareGapToOptimal, double meanPairUtility, double energyV2GKWh,
                               double energyG2VKWh, double energyT2GKWh, double energyG2TKWh, double energyT2VKWh,
                               double energyV2TKWh, double energyV2VKWh, double energyT2TKWh) {

        /** The row without its machine-dependent timing columns (for determinism checks). */
        public AlgorithmRow withoutTimings() {
            return new AlgorithmRow(evs, bss, run, seed, algorithm, status, feasible, 0, 0, 0, 0, 0, buyers, sellers,
                    acceptablePairs, matchedPairs, blockingPairs, socialWelfare, socialWelfareGapToOptimal,
                    meanPairUtility, energyV2GKWh, energyG2VKWh, energyT2GKWh, energyG2TKWh, energyT2VKWh,
                    energyV2TKWh, energyV2VKWh, energyT2TKWh);
        }
    }

    /** One BS's edge-computing task with Theorem 1 bounds (Fig. 7). Times in seconds. */
    @JsonPropertyOrder({"evs", "bss", "run", "baseStation", "chargingPowerKW", "chunkSizeM", "chunks", "taskEvs",
        "taskSeconds", "bsComputeSeconds", "bsAddSeconds", "sumEvComputeSeconds", "lowerBoundSeconds",
        "upperBoundSeconds", "paperLowerBoundSeconds", "paperUpperBoundSeconds", "withinBounds",
        "withinPaperBounds"})
    public record EdgeRow(int evs, int bss, int run, String baseStation, double chargingPowerKW, double chunkSizeM,
                          int chunks, int taskEvs, double taskSeconds, double bsComputeSeconds, double bsAddSeconds,
                          double sumEvComputeSeconds, double lowerBoundSeconds, double upperBoundSeconds,
                          double paperLowerBoundSeconds, double paperUpperBoundSeconds, boolean withinBounds,
                          boolean withinPaperBounds) { }

    /** Writes rows of one record type as CSV with a header (atomically). */
    public static <T extends Record> void writeCsv(Path file, Class<T> type, List<T> rows) throws IOException {
        ProjectIO.writeAtomically(file, toCsv(type, rows).getBytes(StandardCharsets.UTF_8), false);
    }

    /** Rows of one record type as CSV, columns in component order, through the product's one CSV writer. */
    public static <T extends Record> String toCsv(Class<T> type, List<T> rows) throws IOException {
        return CsvWriter.records(type, rows);
    }
}
