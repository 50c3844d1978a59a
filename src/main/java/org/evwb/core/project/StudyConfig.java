package org.evwb.core.project;

import java.util.Map;

/**
 * One study set up in a project: which study ({@code exchange}, {@code edge}, {@code motorway}, {@code v2g},
 * {@code netzero}), a name, and its parameters (each study maps them onto its own parameters record, with defaults).
 * {@code preset} names one of the study's presets (e.g. exchange's {@code table-ii-as-printed}): its values replace
 * the defaults before {@code parameters} are applied; absent, the study's defaults.
 */
public record StudyConfig(
        String id,
        String study,
        @OptionalField String name,
        @OptionalField Map<String, Object> parameters,
        @OptionalField String preset) {

    public StudyConfig {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(parameters));
    }

    /** A configuration on the study's defaults (no preset). */
    public StudyConfig(String id, String study, String name, Map<String, Object> parameters) {
        this(id, study, name, parameters, null);
    }

    /** The same configuration with another preset ({@code null}: none). */
    public StudyConfig withPreset(String presetName) {
        return new StudyConfig(id, study, name, parameters, presetName);
    }
}
