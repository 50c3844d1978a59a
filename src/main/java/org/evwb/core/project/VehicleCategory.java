package org.evwb.core.project;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Vehicle categories (paper 004 Table VI). */
public enum VehicleCategory {
    @JsonProperty("car") CAR,
    @JsonProperty("bus") BUS,
    @JsonProperty("lorry") LORRY,
    @JsonProperty("other") OTHER
}
