package org.evwb.core.study.netzero;

import java.util.List;
import org.evwb.core.geo.GeoPoint;

/**
 * A charging station of the road, where EVs meet to trade energy (its "prosumers"): the project's charging station
 * at its chainage, or one of {@code stationCount} stations spread evenly along the road.
 *
 * @param id         the project's station id, or {@code station-k} for an evenly spread one
 * @param chainageKm its place along the road, km from the road's start
 * @param position   where it is on the map (null for a road without geometry)
 */
public record NetzeroStation(String id, double chainageKm, GeoPoint position) {

    /**
     * The station an EV at {@code evChainageKm} charges at (SPEC decision, docs/studies/netzero.md): the one nearest
     * the point its drawn station distance l_Si ahead along the road (clamped to the road's ends); a tie goes to the
     * station listed first. -1 without stations.
     */
    public static int assign(double evChainageKm, double stationDistanceKm, double roadLengthKm,
                             List<NetzeroStation> stations) {
        double target = Math.max(0, Math.min(roadLengthKm, evChainageKm + stationDistanceKm));
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int k = 0; k < stations.size(); k++) {
            double d = Math.abs(stations.get(k).chainageKm() - target);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }
}
