package org.evwb.core.qubo.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an exported QUBO comes from, written into every export so the samples that come back can be matched to it:
 * the study, the project's study configuration ({@code null}: the study's defaults), the encoding's name, its penalty
 * weights by name and the QUBO's {@link QuboFingerprint}.
 *
 * @param study       study id, e.g. {@code motorway}
 * @param config      the project's study configuration id, or null when the project has none for the study
 * @param encoding    the model's name, e.g. {@code gcm}, {@code matching}
 * @param penalties   penalty weights by name, e.g. {@code {A: 1, B: 1}}
 * @param fingerprint {@link QuboFingerprint#of} the exported QUBO
 */
public record QuboOrigin(String study, String config, String encoding, Map<String, Double> penalties,
                         String fingerprint) {

    public QuboOrigin {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(fingerprint, "fingerprint");
        penalties = penalties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(penalties));
    }
}
