package org.evwb.core.study.netzero.traffic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evwb.core.solve.RunContext;

/**
 * Runs one SUMO program (netconvert, sumo) to its end: the seam between {@link SumoTraffic} and the processes, so
 * tests can count runs or stand in for SUMO. {@link #PROCESSES} is the real one ({@link SumoProcess}).
 */
@FunctionalInterface
public interface SumoRunner {

    /** Child processes with a time limit, killed on a cancel. */
    SumoRunner PROCESSES = SumoProcess::run;

    /**
     * Runs {@code command} in {@code workDir} with its output in {@code log}; returns when it exits with 0.
     *
     * @throws SumoException when it cannot start, fails or outlives {@code timeLimit}
     */
    void run(List<String> command, Path workDir, Path log, Duration timeLimit, RunContext ctx) throws SumoException;
}
