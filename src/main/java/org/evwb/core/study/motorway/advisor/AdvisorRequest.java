package org.evwb.core.study.motorway.advisor;

import java.util.List;

/**
 * What the layout advisor may propose.
 *
 * @param candidateChainagesKm sites on the motorway (km from its start) where a new station may be built
 * @param maxExtraPerSite      at most this many extra chargers per existing station or candidate site
 * @param newChargerPowerKW    power of a charger at a new site (an extra charger at an existing station takes the
 *                             station's slowest power, so that Model II's station power does not change)
 * @param timeLimitSeconds     CP-SAT's time limit; without a proof in time the advice says so
 */
public record AdvisorRequest(List<Double> candidateChainagesKm, int maxExtraPerSite, double newChargerPowerKW,
                             double timeLimitSeconds) {

    public static final AdvisorRequest DEFAULT = new AdvisorRequest(List.of(), 3, 50, 10);

    public AdvisorRequest {
        candidateChainagesKm = candidateChainagesKm == null ? List.of() : List.copyOf(candidateChainagesKm);
        if (maxExtraPerSite < 1 || maxExtraPerSite > 20) {
            throw new IllegalArgumentException("maxExtraPerSite must be 1..20, was " + maxExtraPerSite);
        }
        if (!(newChargerPowerKW > 0) || Double.isInfinite(newChargerPowerKW)) {
            throw new IllegalArgumentException("newChargerPowerKW must be a finite number > 0, was "
                    + newChargerPowerKW);
        }
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("timeLimitSeconds must be > 0, was " + timeLimitSeconds);
        }
        for (Double km : candidateChainagesKm) {
            if (km == null || !(km >= 0) || Double.isInfinite(km)) {
                throw new IllegalArgumentException("candidate chainages must be finite numbers >= 0 km, got " + km);
            }
        }
    }

    public AdvisorRequest withCandidates(List<Double> km) {
        return new AdvisorRequest(km, maxExtraPerSite, newChargerPowerKW, timeLimitSeconds);
    }
}
