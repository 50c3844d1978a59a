package org.evwb.ui.platform;

import java.time.Duration;
import java.util.Objects;

/**
 * What to run: a study and one of its solvers, the solver's parameters record, the seed and an optional time limit
 * ({@code null}: none). The same values the CLI takes.
 */
public record RunRequest(String studyId, String solverId, Record parameters, long seed, Duration timeLimit) {
    public RunRequest {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(solverId, "solverId");
        Objects.requireNonNull(parameters, "parameters");
    }
}
