package org.evwb.core.study.netzero.traffic;

import java.util.Arrays;

/**
 * One vehicle's floating-car data: where it was and how fast it went at each time step, in time order — what SUMO's
 * FCD output (or an imported FCD/CSV file) holds for it.
 *
 * @param vehicleId the id the file gives the vehicle
 * @param timeS     simulation time of each sample, s, strictly increasing
 * @param distanceM distance travelled at each sample, m, never decreasing (the lane position on a one-edge road)
 * @param speedMs   speed at each sample, m/s, each ≥ 0
 * @param firstLine the file's line (XML) or row (CSV) of the vehicle's first sample, for messages
 */
public record FcdTrace(String vehicleId, double[] timeS, double[] distanceM, double[] speedMs, int firstLine) {

    public FcdTrace {
        if (timeS.length != distanceM.length || timeS.length != speedMs.length) {
            throw new IllegalArgumentException("vehicle " + vehicleId + ": FCD columns differ in length");
        }
        timeS = timeS.clone();
        distanceM = distanceM.clone();
        speedMs = speedMs.clone();
    }

    public int samples() {
        return timeS.length;
    }

    /** Distance covered between the first and the last sample, m. */
    public double coveredM() {
        return timeS.length == 0 ? 0 : distanceM[distanceM.length - 1] - distanceM[0];
    }

    @Override
    public double[] timeS() {
        return timeS.clone();
    }

    @Override
    public double[] distanceM() {
        return distanceM.clone();
    }

    @Override
    public double[] speedMs() {
        return speedMs.clone();
    }

    double time(int i) {
        return timeS[i];
    }

    double distance(int i) {
        return distanceM[i];
    }

    double speed(int i) {
        return speedMs[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FcdTrace t && vehicleId.equals(t.vehicleId) && Arrays.equals(timeS, t.timeS)
                && Arrays.equals(distanceM, t.distanceM) && Arrays.equals(speedMs, t.speedMs);
    }

    @Override
    public int hashCode() {
        return vehicleId.hashCode() * 31 + Arrays.hashCode(distanceM);
    }

    @Override
    public String toString() {
        return "FcdTrace[" + vehicleId + ", " + timeS.length + " samples, " + coveredM() + " m]";
    }
}
