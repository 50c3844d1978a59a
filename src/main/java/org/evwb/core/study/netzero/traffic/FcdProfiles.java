package org.evwb.core.study.netzero.traffic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evwb.core.project.Problem;
import org.evwb.core.study.netzero.SpeedProfile;
import org.evwb.core.study.netzero.SpeedProfileSource;

/**
 * Speed profiles from floating-car data (a SUMO run or an imported FCD file), by vehicle id: each EV's trace is cut
 * into segments of {@code segmentKm} along its route L_i, each segment's speed the mean speed over it (its length
 * over the time the trace took to cover it, stops included), the entry speed the first sample's. When L_i is longer
 * than the trace covers (a route longer than the simulated road), the trace is driven again from its start — the
 * traffic is taken as stationary — and the profile says so in its source. EVs without a trace get the
 * {@code fallback} source's profile.
 */
public final class FcdProfiles implements SpeedProfileSource {

    /** Slowest segment speed, km/h: eq. (6) divides by v, and a trace standing still for a whole segment is rare. */
    static final double MIN_KMH = 1;
    /** A trace must cover at least this much road to give a profile, m. */
    static final double MIN_COVERED_M = 10;

    private final Map<String, FcdTrace> traces;
    private final double segmentKm;
    private final SpeedProfileSource fallback;
    private final String source;

    public FcdProfiles(Map<String, FcdTrace> traces, double segmentKm, SpeedProfileSource fallback, String source) {
        if (!(segmentKm > 0)) {
            throw new IllegalArgumentException("segmentKm must be > 0, was " + segmentKm);
        }
        this.traces = new LinkedHashMap<>(traces);
        this.segmentKm = segmentKm;
        this.fallback = fallback;
        this.source = source;
    }

    public Map<String, FcdTrace> traces() {
        return Map.copyOf(traces);
    }

    public String source() {
        return source;
    }

    /**
     * What is wrong with these traces for a fleet: ids the fleet does not have (with the line of their first sample)
     * and traces too short to give a profile. Empty when they fit.
     */
    public List<Problem> check(Set<String> fleetIds) {
        List<Problem> out = new ArrayList<>();
        int unknown = 0;
        for (FcdTrace t : traces.values()) {
            if (!fleetIds.contains(t.vehicleId())) {
                if (++unknown <= FcdReader.MAX_PROBLEMS) {
                    out.add(new Problem("line " + t.firstLine(), "vehicle id \"" + t.vehicleId() + "\" is not in "
                            + "the fleet (" + fleetIds.size() + " EVs" + example(fleetIds) + "): rename it to an EV"
                            + " of the project, or drop its rows"));
                }
            } else if (t.coveredM() < MIN_COVERED_M) {
                out.add(new Problem("line " + t.firstLine(), "vehicle " + t.vehicleId() + " covers only "
                        + String.format("%.1f", t.coveredM()) + " m in " + t.samples() + " samples; a speed profile "
                        + "needs at least " + (int) MIN_COVERED_M + " m"));
            }
        }
        if (unknown > FcdReader.MAX_PROBLEMS) {
            out.add(new Problem("file", "… and " + (unknown - FcdReader.MAX_PROBLEMS) + " more unknown vehicle ids"));
        }
        return out;
    }

    private static String example(Set<String> ids) {
        return ids.isEmpty() ? "" : ", e.g. " + ids.iterator().next();
    }

    /** How many EVs of the fleet have a trace. */
    public int matched(Set<String> fleetIds) {
        return (int) fleetIds.stream().filter(traces::containsKey).count();
    }

    @Override
    public SpeedProfile profile(EvRequest ev, double routeKm, long seed) {
        FcdTrace t = traces.get(ev.id());
        if (t == null || t.coveredM() < MIN_COVERED_M) {
            if (fallback == null) {
                throw new IllegalArgumentException("no floating-car data for vehicle " + ev.id());
            }
            return fallback.profile(ev, routeKm, seed);
        }
        return profile(t, routeKm, segmentKm, source);
    }

    /** The profile of one trace over a route of {@code routeKm} in segments of at most {@code segmentKm}. */
    static SpeedProfile profile(FcdTrace t, double routeKm, double segmentKm, String source) {
        int k = Math.max(1, (int) Math.ceil(routeKm / segmentKm - 1e-9));
        double len = routeKm / k;
        double[] lengths = new double[k];
        double[] speeds = new double[k];
        double coveredM = t.coveredM();
        double periodS = t.time(t.samples() - 1) - t.time(0);
        double prev = 0;
        for (int s = 0; s < k; s++) {
            double end = timeAt(t, (s + 1) * len * 1000, coveredM, periodS);
            double dt = end - prev;
            prev = end;
            lengths[s] = len;
            double kmh = dt > 0 ? len / (dt / 3600) : t.speed(Math.min(t.samples() - 1, s)) * 3.6;
            speeds[s] = Math.max(MIN_KMH, Double.isFinite(kmh) ? kmh : MIN_KMH);
        }
        boolean tiled = routeKm * 1000 > coveredM + 1;
        return new SpeedProfile(lengths, speeds, t.speed(0) * 3.6, tiled ? source + " (trace of "
                + String.format("%.2f", coveredM / 1000) + " km repeated)" : source);
    }

    /** Seconds from the trace's start until it has covered {@code x} m (driving it again past its end). */
    static double timeAt(FcdTrace t, double x, double coveredM, double periodS) {
        double laps = Math.floor(x / coveredM);
        double r = x - laps * coveredM;
        if (r <= 0 && laps > 0) { // exactly at a lap's end
            laps -= 1;
            r = coveredM;
        }
        double d0 = t.distance(0);
        // the last sample at or before r: stops at that point count before it
        int lo = 0;
        int hi = t.samples() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (t.distance(mid) - d0 <= r) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double tr;
        if (lo >= t.samples() - 1) {
            tr = t.time(t.samples() - 1) - t.time(0);
        } else {
            double a = t.distance(lo) - d0;
            double b = t.distance(lo + 1) - d0;
            double f = b > a ? (r - a) / (b - a) : 0;
            tr = t.time(lo) - t.time(0) + f * (t.time(lo + 1) - t.time(lo));
        }
        return laps * periodS + tr;
    }
}
