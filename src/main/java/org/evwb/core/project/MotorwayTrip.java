package org.evwb.core.project;

/** A vehicle's trip along a motorway (study {@code motorway}): where it enters and leaves, and when it enters. */
public record MotorwayTrip(
        String motorwayId,
        String entryNodeId,
        String exitNodeId,
        @Unit(value = "min", min = 0) double arrivalMin) {
}
