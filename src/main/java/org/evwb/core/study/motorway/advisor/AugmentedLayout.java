package org.evwb.core.study.motorway.advisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.geo.Chainage;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.Charger;
import org.evwb.core.project.ChargingStation;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Motorway;
import org.evwb.core.project.Project;
import org.evwb.core.project.edit.AddEntities;
import org.evwb.core.project.edit.CompositeEdit;
import org.evwb.core.project.edit.Edit;
import org.evwb.core.project.edit.ReplaceEntities;

/**
 * A project with every charger the advisor may add already in place: {@code maxExtraPerSite} optional chargers at
 * each station of the motorway and at each candidate site (as a new station). The advisor decides which of them are
 * used; {@link #edit} turns a proposal into one undoable edit of the original project.
 */
final class AugmentedLayout {

    /** An optional charger's station: an existing one or a candidate site. */
    record Site(String stationId, boolean candidate, double chainageKm, double powerKW, List<String> extraIds) { }

    private final Project project;
    private final Map<String, Site> sites = new LinkedHashMap<>();

    AugmentedLayout(Project original, Motorway mw, AdvisorRequest req) {
        Project p = original;
        for (ChargingStation cs : original.infrastructure().chargingStations()) {
            if (!mw.id().equals(cs.motorwayId()) || cs.chainageKm() == null) {
                continue;
            }
            double power = cs.chargers().stream().mapToDouble(Charger::powerKW).min()
                    .orElse(req.newChargerPowerKW());
            List<Charger> chargers = new ArrayList<>(cs.chargers());
            List<String> ids = extraIds(cs.chargers(), req.maxExtraPerSite());
            ids.forEach(id -> chargers.add(new Charger(id, power)));
            p = p.replace(cs.ref(), cs.withChargers(chargers));
            sites.put(cs.id(), new Site(cs.id(), false, cs.chainageKm(), power, ids));
        }
        int n = 0;
        for (double km : req.candidateChainagesKm()) {
            if (km > mw.lengthKm() + 1e-9) {
                throw new IllegalArgumentException("candidate site at km " + km + " lies beyond the end of motorway "
                        + mw.id() + " (" + mw.lengthKm() + " km); choose a chainage between 0 and " + mw.lengthKm());
            }
            String id;
            do {
                id = "advisor-site-" + (++n);
            } while (p.find(new org.evwb.core.project.EntityRef(EntityKind.CHARGING_STATION, id)).isPresent());
            List<String> ids = extraIds(List.of(), req.maxExtraPerSite());
            List<Charger> chargers = ids.stream().map(c -> new Charger(c, req.newChargerPowerKW())).toList();
            p = p.insert(new ChargingStation(id, "Candidate km " + km, position(mw, km), mw.id(), km, chargers), -1);
            sites.put(id, new Site(id, true, km, req.newChargerPowerKW(), ids));
        }
        this.project = p;
    }

    Project project() {
        return project;
    }

    Map<String, Site> sites() {
        return sites;
    }

    /** The charger ids after the existing ones: c{n+1}, c{n+2}, … skipping ids in use. */
    private static List<String> extraIds(List<Charger> existing, int count) {
        List<String> used = existing.stream().map(Charger::id).toList();
        List<String> out = new ArrayList<>();
        for (int k = existing.size() + 1; out.size() < count; k++) {
            if (!used.contains("c" + k)) {
                out.add("c" + k);
            }
        }
        return out;
    }

    static GeoPoint position(Motorway mw, double km) {
        return mw.nodes().isEmpty() ? new GeoPoint(0, 0) : Chainage.pointAt(km, mw.polyline(), mw.chainages());
    }

    /**
     * The proposal as ONE undoable edit of {@code current}: extra chargers replace their station, new sites are added
     * as stations. Ids are chosen against {@code current}, so an edit made after the advice cannot clash.
     */
    static Edit edit(Project current, String motorwayId, List<ProposedChange> changes) {
        List<ReplaceEntities.Change> replaced = new ArrayList<>();
        List<org.evwb.core.project.Entity> added = new ArrayList<>();
        Motorway mw = current.find(Motorway.class, motorwayId).orElseThrow(() ->
                new IllegalArgumentException("the project no longer has motorway " + motorwayId));
        Project scratch = current;
        int total = 0;
        for (ProposedChange c : changes) {
            total += c.chargers();
            if (c.newStation()) {
                String id = scratch.freshId(EntityKind.CHARGING_STATION, "site");
                List<Charger> chargers = extraIds(List.of(), c.chargers()).stream()
                        .map(x -> new Charger(x, c.powerKW())).toList();
                ChargingStation cs = new ChargingStation(id, "Proposed km " + fmt(c.chainageKm()),
                        position(mw, c.chainageKm()), motorwayId, c.chainageKm(), chargers);
                added.add(cs);
                scratch = scratch.insert(cs, -1);
            } else {
                ChargingStation before = current.find(ChargingStation.class, c.stationId()).orElseThrow(() ->
                        new IllegalArgumentException("the project no longer has station " + c.stationId()));
                List<Charger> chargers = new ArrayList<>(before.chargers());
                extraIds(before.chargers(), c.chargers()).forEach(x -> chargers.add(new Charger(x, c.powerKW())));
                replaced.add(new ReplaceEntities.Change(before, before.withChargers(chargers)));
            }
        }
        List<Edit> edits = new ArrayList<>();
        if (!replaced.isEmpty()) {
            edits.add(new ReplaceEntities("Add chargers", replaced));
        }
        if (!added.isEmpty()) {
            edits.add(new AddEntities(added));
        }
        return new CompositeEdit("Add " + total + (total == 1 ? " charger" : " chargers") + " (layout advisor)",
                edits);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
