package org.evwb.core.project;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Edge-server battery variants of paper 001: none (SNB), finite capacity (SFB), infinite (SIB). */
public enum BatteryKind {
    @JsonProperty("none") NONE,
    @JsonProperty("finite") FINITE,
    @JsonProperty("infinite") INFINITE
}
