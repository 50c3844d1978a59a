package org.evwb.core.project;

/** One charger (charging point) at a station. */
public record Charger(
        String id,
        @Unit(value = "kW", min = 0, minExclusive = true) double powerKW) {
}
