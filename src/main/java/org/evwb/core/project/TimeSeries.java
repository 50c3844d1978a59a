package org.evwb.core.project;

import java.util.List;

/**
 * Values at a fixed slot length from a start time (minutes from the scenario start): prices, solar, residual demand.
 */
public record TimeSeries(
        String id,
        @OptionalField String name,
        String unit,
        @OptionalField @Unit(value = "min", min = 0) double startMin,
        @Unit(value = "min", min = 0, minExclusive = true) double slotMinutes,
        List<Double> values) implements Entity {

    public TimeSeries {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public int size() {
        return values.size();
    }

    public double[] toArray() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
