package org.evwb.core.study.netzero;

/**
 * Where EVs' speed profiles come from: the seam between the consumption model and a traffic source. The built-in
 * seeded model ({@link BuiltInSpeedModel}) is the default; a SUMO run or an imported floating-car-data file implements
 * this too (by vehicle id, with the built-in profile as fallback, or refusing an unknown id) and is handed to
 * {@link NetzeroInstanceBuilder#buildWith}.
 */
@FunctionalInterface
public interface SpeedProfileSource {

    /**
     * The profile of one EV over its route.
     *
     * @param ev       the vehicle: id, index in the fleet, its type's category and UK limit
     * @param routeKm  L_i, km (drawn or given)
     * @param seed     the seed for this EV's random draws (stable per instance seed and EV index)
     */
    SpeedProfile profile(EvRequest ev, double routeKm, long seed);

    /** What a source gets to know about an EV. */
    record EvRequest(String id, int index, VehicleSpec.Category category, double limitKmh) { }
}
