package org.evwb.core.study.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;
import org.evwb.core.solve.StudyParameters;

/**
 * Reads an {@link ExchangeInstance} from a project: every base station and every vehicle takes part. Collects all
 * problems before failing, each with the JSON path of the offending field and what to do about it.
 */
public final class ExchangeInstanceBuilder {

    private final StudyParameters<ExchangeParameters> parameters = StudyParameters.of(ExchangeStudy.ID,
            ExchangeParameters.defaults()).withPresets(ExchangeParameters.TABLE_II_AS_PRINTED);

    /** The study's parameters and the one merge of a configuration over their defaults. */
    public StudyParameters<ExchangeParameters> parameters() {
        return parameters;
    }

    /** Builds with the parameters the configuration sets ({@code null}: the defaults). */
    public ExchangeInstance build(Project project, StudyConfig config) throws ProjectFileException {
        return buildWith(project, parameters.from(project, config));
    }

    /** Builds with parameters given directly (sweeps, tests). */
    public ExchangeInstance buildWith(Project project, ExchangeParameters params) throws ProjectFileException {
        String src = project.name().isBlank() ? "project" : project.name();
        List<Problem> problems = new ArrayList<>();
        List<Participant> out = new ArrayList<>();
        List<BaseStation> bss = project.infrastructure().baseStations();
        for (int k = 0; k < bss.size(); k++) {
            BaseStation bs = bss.get(k);
            String path = "$.infrastructure.baseStations[" + k + "]";
            if (!(bs.batteryCapacityKWh() > 0)) {
                problems.add(new Problem(path + ".batteryCapacityKWh", "must be > 0 (SPEC default 100 kWh)"));
            }
            if (bs.socKWh() < 0 || bs.socKWh() > bs.batteryCapacityKWh()) {
                problems.add(new Problem(path + ".socKWh", "must lie between 0 and batteryCapacityKWh, is "
                        + bs.socKWh()));
            }
            if (!(bs.maxOutputPowerW() > 0) || bs.outputPowerW() < 0 || bs.outputPowerW() > bs.maxOutputPowerW()) {
                problems.add(new Problem(path + ".outputPowerW", "eq. (1) needs 0 <= outputPowerW <= maxOutputPowerW"
                        + " (is " + bs.outputPowerW() + " of " + bs.maxOutputPowerW() + " W)"));
            }
            if (bs.bbuCount() < 1 || bs.bbuLoad() < 0 || bs.bbuLoad() > 1) {
                problems.add(new Problem(path + ".bbuLoad", "needs bbuCount >= 1 and bbuLoad in [0, 1]"));
            }
            out.add(Participant.bs(bs.id(), path, bs.position(), bs.batteryCapacityKWh(), bs.socKWh(),
                    bs.outputPowerW(), bs.maxOutputPowerW(), bs.bbuCount(), bs.bbuLoad()));
        }
        Map<String, VehicleType> types = new HashMap<>();
        project.fleet().vehicleTypes().forEach(t -> types.put(t.id(), t));
        List<Vehicle> vs = project.fleet().vehicles();
        for (int k = 0; k < vs.size(); k++) {
            Vehicle v = vs.get(k);
            String path = "$.fleet.vehicles[" + k + "]";
            VehicleType t = types.get(v.typeId());
            if (t == null) {
                problems.add(new Problem(path + ".typeId", "no vehicle type '" + v.typeId()
                        + "' in $.fleet.vehicleTypes; add it or pick an existing type"));
                continue;
            }
            if (!(v.speedKmh() > 0)) {
                problems.add(new Problem(path + ".speedKmh", "must be > 0 for the exchange study (travel energy "
                        + "eq. (5) divides by it and the reserve is an hour of driving); set the vehicle's speed"));
            }
            if (v.socKWh() < 0 || v.socKWh() > t.batteryCapacityKWh()) {
                problems.add(new Problem(path + ".socKWh", "must lie between 0 and the type's batteryCapacityKWh ("
                        + t.batteryCapacityKWh() + "), is " + v.socKWh()));
            }
            boolean fromType = params.vehiclePhysics() == ExchangeParameters.VehiclePhysics.VEHICLE_TYPE;
            out.add(Participant.ev(v.id(), path, v.position(), t.batteryCapacityKWh(), v.socKWh(), v.speedKmh(),
                    fromType ? t.massKg() : params.vehicleMassKg(),
                    fromType ? t.rollingResistance() : params.groundFriction(),
                    fromType ? t.dragCoefficient() : params.airResistance(),
                    fromType ? t.frontalAreaM2() : params.frontalAreaM2()));
        }
        if (bss.isEmpty() && vs.isEmpty()) {
            problems.add(new Problem("$.infrastructure.baseStations", "the exchange study needs base stations "
                    + "and/or vehicles; add some on the map or generate a scenario"));
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(src, problems);
        }
        return new ExchangeInstance(src, out, params);
    }
}
