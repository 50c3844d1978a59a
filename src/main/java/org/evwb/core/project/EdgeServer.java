package org.evwb.core.project;

import org.evwb.core.geo.GeoPoint;

/**
 * A solar-powered edge server (study {@code edge}, paper 001). Power in W and energy in Wh, as the study uses.
 * {@code solarSeriesId} names the time series of its solar input. {@code panelKwp} is the peak power of its solar
 * panel in kWp: the edge study scales the named series by {@code panelKwp} over the panel the series was recorded
 * on (the study parameter {@code solarSeriesKwp}, default 2 kWp — SPEC §4's 0–2000 W normalisation), so one series
 * serves servers with panels of any size; absent, the series is the server's solar input as it stands (the
 * behaviour of projects written before the field existed).
 */
public record EdgeServer(
        String id,
        @OptionalField String name,
        GeoPoint position,
        @Unit(value = "cores", min = 1) int cores,
        @Unit(value = "W", min = 0, minExclusive = true) double maxPowerW,
        @Unit(value = "W", min = 0) double staticPowerW,
        BatteryKind batteryKind,
        @Unit(value = "Wh", min = 0) double batteryCapacityWh,
        @OptionalField String solarSeriesId,
        @OptionalField @Unit(value = "kWp", min = 0) Double panelKwp) implements PlacedEntity {

    /** A server whose solar input is its series as it stands (no panel size). */
    public EdgeServer(String id, String name, GeoPoint position, int cores, double maxPowerW, double staticPowerW,
                      BatteryKind batteryKind, double batteryCapacityWh, String solarSeriesId) {
        this(id, name, position, cores, maxPowerW, staticPowerW, batteryKind, batteryCapacityWh, solarSeriesId,
                null);
    }

    @Override
    public EdgeServer withPosition(GeoPoint p) {
        return new EdgeServer(id, name, p, cores, maxPowerW, staticPowerW, batteryKind, batteryCapacityWh,
                solarSeriesId, panelKwp);
    }

    /** The same server with another battery (everything else, the panel included, kept). */
    public EdgeServer withBattery(BatteryKind kind, double capacityWh) {
        return new EdgeServer(id, name, position, cores, maxPowerW, staticPowerW, kind, capacityWh, solarSeriesId,
                panelKwp);
    }

    /** The same server with another panel ({@code null}: the series as it stands). */
    public EdgeServer withPanelKwp(Double kwp) {
        return new EdgeServer(id, name, position, cores, maxPowerW, staticPowerW, batteryKind, batteryCapacityWh,
                solarSeriesId, kwp);
    }
}
