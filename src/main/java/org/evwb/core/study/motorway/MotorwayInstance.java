package org.evwb.core.study.motorway;

import java.util.List;
import org.evwb.core.project.Charger;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.Project;

/**
 * The motorway study's instance (SPEC §5, paper §2.1): the EMVs, the stations on the section, and every reachable
 * "EMV instance" (paper: a driving mode plus a charging point) at both granularities — per charger (Model I) and per
 * station (Model II). Unreachable options were dropped and are listed in {@link #dropped()}.
 *
 * <p>{@link #project()} is kept so that the checker can recompute everything from the source data instead of
 * trusting the numbers cached here.
 *
 * @param horizonMin a time by which every EMV can have finished charging even if all charge one after another; the
 *                   upper bound of start times when waiting is allowed
 */
public record MotorwayInstance(
        Project project,
        Motorway motorway,
        MotorwayParameters parameters,
        List<Emv> emvs,
        List<Station> stations,
        List<EmvOption> chargerOptions,
        List<EmvOption> stationOptions,
        List<Dropped> dropped,
        double horizonMin) {

    public MotorwayInstance {
        emvs = List.copyOf(emvs);
        stations = List.copyOf(stations);
        chargerOptions = List.copyOf(chargerOptions);
        stationOptions = List.copyOf(stationOptions);
        dropped = List.copyOf(dropped);
    }

    /** An electric motor vehicle (EMV) on the section: one project vehicle with a trip on this motorway. */
    public record Emv(int index, String vehicleId, String label, String typeId, String entryNodeId,
                      String exitNodeId, double entryKm, double exitKm, double arrivalMin, double fullKWh,
                      double entryKWh, List<DrivingMode> modes) {
        public Emv {
            modes = List.copyOf(modes);
        }
    }

    /** A charging station on the section with its chargers, in project order. */
    public record Station(int index, String id, String label, double chainageKm, List<Charger> chargers) {
        public Station {
            chargers = List.copyOf(chargers);
        }

        /** b_j, the number of chargers. */
        public int capacity() {
            return chargers.size();
        }

        /**
         * The power used when the station is one charging point (Model II). Decision: the slowest charger, so that a
         * schedule made for the station holds on whichever of its chargers the EMV ends up (the paper assumes
         * identical chargers, where this changes nothing).
         */
        public double stationPowerKW() {
            return chargers.stream().mapToDouble(Charger::powerKW).min().orElse(0);
        }
    }

    /**
     * The paper's "EMV instance": EMV {@code emv} drives in mode {@code mode} to station {@code station} and charges
     * on charger {@code charger} (an index into the station's chargers; {@code -1}: the station as a whole, Model II).
     *
     * @param distanceKm         d = D_j − D_in
     * @param arrivalKWh         C_arr = C_curr − d·p_k
     * @param readyMin           r = a_i + 60·d / v_k
     * @param durationMin        60·(C_full − C_arr) / P (min)
     * @param restDriveMin       driving time from the station to the exit node at the same mode
     * @param tripEnergyKWh      energy used driving from entry to exit at this mode
     */
    public record EmvOption(int index, int emv, int mode, int station, int charger, double speedKmh,
                            double consumptionKWhPerKm, double distanceKm, double arrivalKWh, double readyMin,
                            double durationMin, double restDriveMin, double tripEnergyKWh) {

        public double endMin() {
            return readyMin + durationMin;
        }

        /** Exit time minus entry time when charging starts {@code waitMin} after the ready time. */
        public double tripMin(double arrivalMin, double waitMin) {
            return readyMin - arrivalMin + waitMin + durationMin + restDriveMin;
        }
    }

    /** Why an (EMV, mode, station) option was dropped before any matrix or QUBO was built. */
    public enum DropReason {
        /** C_arr &lt; reserve: the EMV cannot reach the station at this mode. */
        CANNOT_REACH_STATION,
        /** C_full &lt; (D_out − D_j)·p_k: even a full battery does not reach the exit at this mode. */
        CANNOT_REACH_EXIT
    }

    /** A dropped (EMV, mode, station) option. */
    public record Dropped(int emv, int mode, int station, DropReason reason) { }

    /** The options of the active model: per charger (Model I) or per station (Model II). */
    public List<EmvOption> options() {
        return options(parameters.model());
    }

    public List<EmvOption> options(MotorwayParameters.ChargingPointModel model) {
        return model == MotorwayParameters.ChargingPointModel.CHARGER ? chargerOptions : stationOptions;
    }

    /** The options of one EMV in the active model, in index order. */
    public List<EmvOption> optionsOf(int emv) {
        return options().stream().filter(o -> o.emv() == emv).toList();
    }

    /** The same instance with other parameters whose options do not change (model, rule, weights, waiting). */
    public MotorwayInstance with(MotorwayParameters p) {
        if (p.reserveKWh() != parameters.reserveKWh() || !java.util.Objects.equals(p.motorwayId(),
                parameters.motorwayId())) {
            throw new IllegalArgumentException("reserve and motorway change the options; build the instance again");
        }
        return new MotorwayInstance(project, motorway, p, emvs, stations, chargerOptions, stationOptions, dropped,
                horizonMin);
    }

    /** Label as in the paper's figures: "EMV i, mode k, station j / charger l" (1-based numbers, project ids). */
    public String label(EmvOption o) {
        Station s = stations.get(o.station());
        String point = o.charger() < 0 ? "station " + s.id()
                : "station " + s.id() + " / charger " + s.chargers().get(o.charger()).id();
        return "EMV " + emvs.get(o.emv()).vehicleId() + ", mode " + (o.mode() + 1) + " ("
                + fmt(o.speedKmh()) + " km/h), " + point;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
