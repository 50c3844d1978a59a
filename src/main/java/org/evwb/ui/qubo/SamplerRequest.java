package org.evwb.ui.qubo;

import java.time.Duration;
import java.util.Objects;

/**
 * One sampler run as the user asked for it: the sampler id, its parameters record, the seed and an optional time
 * limit (null: none).
 */
public record SamplerRequest(String samplerId, Record parameters, long seed, Duration timeLimit) {

    public SamplerRequest {
        Objects.requireNonNull(samplerId);
        Objects.requireNonNull(parameters);
    }

    /** "anneal · seed 1" (and the time limit when there is one). */
    public String title() {
        return samplerId + " · seed " + seed + (timeLimit == null ? "" : " · limit " + timeLimit.toMillis() / 1000.0
                + " s");
    }
}
