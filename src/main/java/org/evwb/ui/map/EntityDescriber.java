package org.evwb.ui.map;

import java.util.Locale;
import java.util.stream.Collectors;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.PlacedEntity;
import org.evwb.core.project.Project;
import org.evwb.core.project.PvSource;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.VehicleType;
import org.evwb.core.project.WindSource;

/** The hover text of an entity: id, name, kind and the few fields a planner checks at a glance, with units. */
final class EntityDescriber {

    private EntityDescriber() {
    }

    static String describe(PlacedEntity e, Project p) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.kind().label()).append(' ').append(e.id());
        if (e.name() != null && !e.name().isBlank()) {
            sb.append(" — ").append(e.name());
        }
        sb.append('\n');
        if (e instanceof ChargingStation cs) {
            sb.append(cs.chargers().size()).append(cs.chargers().size() == 1 ? " charger" : " chargers");
            if (!cs.chargers().isEmpty()) {
                sb.append(": ").append(cs.chargers().stream().map(c -> fmt(c.powerKW()))
                        .collect(Collectors.joining(", "))).append(" kW");
            }
            if (cs.motorwayId() != null) {
                sb.append("\nOn motorway ").append(cs.motorwayId());
                if (cs.chainageKm() != null) {
                    sb.append(" at ").append(String.format(Locale.ROOT, "%.2f", cs.chainageKm())).append(" km");
                }
            }
        } else if (e instanceof Vehicle v) {
            VehicleType t = v.typeId() == null ? null : p.find(VehicleType.class, v.typeId()).orElse(null);
            sb.append("SoC ").append(fmt(v.socKWh())).append(" kWh");
            if (t != null && t.batteryCapacityKWh() > 0) {
                sb.append(" of ").append(fmt(t.batteryCapacityKWh())).append(" kWh (")
                        .append(String.format(Locale.ROOT, "%.0f", 100 * v.socKWh() / t.batteryCapacityKWh()))
                        .append(" %)");
            }
            sb.append("\nType ").append(v.typeId() == null ? "—" : v.typeId())
                    .append(", speed ").append(fmt(v.speedKmh())).append(" km/h");
            if (v.targetSocKWh() != null) {
                sb.append("\nTarget SoC ").append(fmt(v.targetSocKWh())).append(" kWh");
            }
        } else if (e instanceof BaseStation b) {
            sb.append("Battery ").append(fmt(b.batteryCapacityKWh())).append(" kWh, SoC ")
                    .append(fmt(b.socKWh())).append(" kWh\n").append(b.bbuCount()).append(" BBU, output ")
                    .append(fmt(b.outputPowerW())).append(" W of ").append(fmt(b.maxOutputPowerW())).append(" W");
        } else if (e instanceof EdgeServer s) {
            sb.append(s.cores()).append(" cores, max ").append(fmt(s.maxPowerW()))
                    .append(" W, static ").append(fmt(s.staticPowerW())).append(" W\nBattery ")
                    .append(s.batteryKind()).append(' ').append(fmt(s.batteryCapacityWh())).append(" Wh");
        } else if (e instanceof WindSource w) {
            sb.append("Rated ").append(fmt(w.ratedPowerKW())).append(" kW");
        } else if (e instanceof PvSource pv) {
            sb.append("Peak ").append(fmt(pv.peakPowerKW())).append(" kW");
        }
        sb.append('\n').append(String.format(Locale.ROOT, "%.5f° N, %.5f° E", e.position().latDeg(),
                e.position().lonDeg()));
        return sb.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.1f", v);
    }
}
