package org.evwb.core.study.motorway.advisor;

/**
 * One change the layout advisor proposes: {@code chargers} extra chargers of {@code powerKW} at an existing station
 * ({@code stationId} names it) or at a new station at {@code chainageKm} ({@code stationId} is null).
 */
public record ProposedChange(String stationId, double chainageKm, int chargers, double powerKW) {

    public boolean newStation() {
        return stationId == null;
    }

    /** "2 chargers at station mop1 (km 45)" or "a new station at km 30 with 1 charger". */
    public String describe() {
        String n = chargers + (chargers == 1 ? " charger" : " chargers") + " of " + fmt(powerKW) + " kW";
        return newStation() ? "a new station at km " + fmt(chainageKm) + " with " + n
                : n + " at station " + stationId + " (km " + fmt(chainageKm) + ")";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
