package org.evwb.ui.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EdgeServer;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.PvSource;
import org.evwb.core.project.Vehicle;
import org.evwb.core.project.WindSource;

/**
 * Which entities refer to which: a vehicle type is used by vehicles, a motorway by charging stations on it and by
 * vehicles' trips, a time series by edge servers (solar input) and wind/PV sources (output). Deleting something
 * that is still used would leave the project invalid, so the UI refuses and names the dependants.
 */
public final class EntityDependants {

    /** One entity that refers to {@code target}. */
    public record Dependant(EntityRef target, EntityRef user, String how) {
        @Override
        public String toString() {
            return user.kind().label().toLowerCase() + " " + user.id() + " " + how + " " + target.kind().label()
                    .toLowerCase() + " " + target.id();
        }
    }

    /** Dependants of {@code refs} that are not themselves being deleted. */
    public List<Dependant> blocking(Project p, List<EntityRef> refs) {
        Set<EntityRef> deleting = new HashSet<>(refs);
        List<Dependant> out = new ArrayList<>();
        for (EntityRef r : refs) {
            for (Dependant d : of(p, r)) {
                if (!deleting.contains(d.user())) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Every entity that refers to {@code ref}. */
    public List<Dependant> of(Project p, EntityRef ref) {
        List<Dependant> out = new ArrayList<>();
        String id = ref.id();
        switch (ref.kind()) {
            case VEHICLE_TYPE -> {
                for (Vehicle v : p.fleet().vehicles()) {
                    if (id.equals(v.typeId())) {
                        out.add(new Dependant(ref, v.ref(), "is of"));
                    }
                }
            }
            case MOTORWAY -> {
                for (ChargingStation s : p.infrastructure().chargingStations()) {
                    if (id.equals(s.motorwayId())) {
                        out.add(new Dependant(ref, s.ref(), "stands on"));
                    }
                }
                for (Vehicle v : p.fleet().vehicles()) {
                    if (v.trip() != null && id.equals(v.trip().motorwayId())) {
                        out.add(new Dependant(ref, v.ref(), "has a trip on"));
                    }
                }
            }
            case TIME_SERIES -> {
                for (EdgeServer s : p.infrastructure().edgeServers()) {
                    if (id.equals(s.solarSeriesId())) {
                        out.add(new Dependant(ref, s.ref(), "takes its solar input from"));
                    }
                }
                for (WindSource w : p.infrastructure().windSources()) {
                    if (id.equals(w.outputSeriesId())) {
                        out.add(new Dependant(ref, w.ref(), "takes its output from"));
                    }
                }
                for (PvSource s : p.infrastructure().pvSources()) {
                    if (id.equals(s.outputSeriesId())) {
                        out.add(new Dependant(ref, s.ref(), "takes its output from"));
                    }
                }
            }
            default -> {
                // other kinds are not referred to by id
            }
        }
        return out;
    }

    /** Message for a refused delete, naming up to ten dependants. */
    public static String message(List<Dependant> blocking) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (Dependant d : blocking) {
            if (shown++ == 10) {
                sb.append("\n… and ").append(blocking.size() - 10).append(" more");
                break;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append("• ").append(d);
        }
        Set<EntityKind> kinds = new HashSet<>();
        blocking.forEach(d -> kinds.add(d.user().kind()));
        sb.append("\n\nDelete or change ").append(kinds.size() == 1 ? "these" : "these entities")
                .append(" first, or select them too to delete everything together.");
        return Objects.requireNonNull(sb.toString());
    }
}
