package org.evwb.core.project;

import java.util.Map;

/**
 * One study set up in a project: which study ({@code exchange}, {@code edge}, {@code motorway}, {@code v2g},
 * {@code netzero}), a name, and its parameters (each study maps them onto its own parameters record, with defaults).
 */
public record StudyConfig(
        String id,
        String study,
        @OptionalField String name,
        @OptionalField Map<String, Object> parameters) {

    public StudyConfig {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
    }
}
