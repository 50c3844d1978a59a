package org.evwb.ui.platform;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: a study and one of its solvers, the solver's parameters record, the seed, an optional time limit
 * ({@code null}: none) and the study parameters set for this run only over the project's configuration (what
 * {@code evwb solve --param} does for a study parameter; empty: the configuration as it is). The same values the CLI
 * takes.
 *
 * @param studyParameters study parameters by name, as a configuration's {@code parameters} hold them
 */
public record RunRequest(String studyId, String solverId, Record parameters, long seed, Duration timeLimit,
                         Map<String, Object> studyParameters) {
    public RunRequest {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(solverId, "solverId");
        Objects.requireNonNull(parameters, "parameters");
        studyParameters = studyParameters == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(studyParameters));
    }

    /** A run on the project's configuration of the study as it is. */
    public RunRequest(String studyId, String solverId, Record parameters, long seed, Duration timeLimit) {
        this(studyId, solverId, parameters, seed, timeLimit, Map.of());
    }
}
