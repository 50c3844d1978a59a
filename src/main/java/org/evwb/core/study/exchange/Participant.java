package org.evwb.core.study.exchange;

import org.evwb.core.geo.GeoPoint;

/**
 * One trader as read from the project, before any modelling: a base station or an EV with the raw inputs the model
 * (and, independently, the checker) needs. BS-only fields are 0 for an EV and vice versa.
 *
 * @param jsonPath where the entity sits in the project file, for messages
 */
public record Participant(
        String id,
        Kind kind,
        String jsonPath,
        GeoPoint position,
        double capacityKWh,
        double socKWh,
        // EV
        double speedKmh,
        double massKg,
        double groundFriction,
        double airResistance,
        double frontalAreaM2,
        // BS
        double outputPowerW,
        double maxOutputPowerW,
        int bbuCount,
        double bbuLoad) {

    /** Base station (telecom, "T" in flow names) or electric vehicle ("V"). */
    public enum Kind {
        BS("T"), EV("V");

        private final String letter;

        Kind(String letter) {
            this.letter = letter;
        }

        /** The letter used in flow names: T2V, V2G, ... */
        public String letter() {
            return letter;
        }
    }

    public boolean isEv() {
        return kind == Kind.EV;
    }

    public static Participant ev(String id, String jsonPath, GeoPoint position, double capacityKWh, double socKWh,
                                 double speedKmh, double massKg, double groundFriction, double airResistance,
                                 double frontalAreaM2) {
        return new Participant(id, Kind.EV, jsonPath, position, capacityKWh, socKWh, speedKmh, massKg,
                groundFriction, airResistance, frontalAreaM2, 0, 0, 0, 0);
    }

    public static Participant bs(String id, String jsonPath, GeoPoint position, double capacityKWh, double socKWh,
                                 double outputPowerW, double maxOutputPowerW, int bbuCount, double bbuLoad) {
        return new Participant(id, Kind.BS, jsonPath, position, capacityKWh, socKWh, 0, 0, 0, 0, 0, outputPowerW,
                maxOutputPowerW, bbuCount, bbuLoad);
    }
}
