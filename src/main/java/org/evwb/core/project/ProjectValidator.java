package org.evwb.core.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Semantic checks of a mapped project: finite numbers within their units' ranges, valid positions, unique ids,
 * references that resolve, and values consistent with each other (SoC within capacity, nodes in chainage order).
 * Every problem names its JSON path.
 */
public final class ProjectValidator {

    /** Every problem of the project; empty when it is valid. */
    public List<Problem> validate(Project p) {
        List<Problem> out = new ArrayList<>();
        RecordFields.checkRanges(p, "$", out);
        checkPositions(p, out);
        checkUniqueIds(p, out);
        checkReferences(p, out);
        checkConsistency(p, out);
        return out;
    }

    private static String path(EntityKind kind, int i) {
        String group = switch (kind) {
            case VEHICLE, VEHICLE_TYPE -> "$.fleet.";
            case TIME_SERIES -> "$.";
            default -> "$.infrastructure.";
        };
        return group + kind.jsonName() + "[" + i + "]";
    }

    private void checkPositions(Project p, List<Problem> out) {
        for (EntityKind k : EntityKind.values()) {
            List<? extends Entity> list = p.entities(k);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof PlacedEntity pe && pe.position() != null && !pe.position().isValid()) {
                    out.add(new Problem(path(k, i) + ".position", "[" + RecordFields.fmt(pe.position().lonDeg())
                            + ", " + RecordFields.fmt(pe.position().latDeg()) + "] is not a WGS84 position; write "
                            + "[longitude -180…180, latitude -90…90] in degrees (GeoJSON order: longitude first)"));
                }
            }
        }
        List<Motorway> mws = p.infrastructure().motorways();
        for (int m = 0; m < mws.size(); m++) {
            List<MotorwayNode> nodes = mws.get(m).nodes();
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).position() != null && !nodes.get(i).position().isValid()) {
                    out.add(new Problem(path(EntityKind.MOTORWAY, m) + ".nodes[" + i + "].position",
                            "not a WGS84 position; write [longitude, latitude] in degrees"));
                }
            }
        }
    }

    private void checkUniqueIds(Project p, List<Problem> out) {
        for (EntityKind k : EntityKind.values()) {
            List<? extends Entity> list = p.entities(k);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String id = list.get(i).id();
                if (id == null || id.isBlank()) {
                    out.add(new Problem(path(k, i) + ".id", "empty id; give every " + k.label().toLowerCase()
                            + " a unique id"));
                } else if (!seen.add(id)) {
                    out.add(new Problem(path(k, i) + ".id", "duplicate id \"" + id + "\": another "
                            + k.label().toLowerCase() + " already uses it; rename one of them"));
                }
            }
        }
        List<Motorway> mws = p.infrastructure().motorways();
        for (int m = 0; m < mws.size(); m++) {
            Set<String> seen = new HashSet<>();
            List<MotorwayNode> nodes = mws.get(m).nodes();
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).id() != null && nodes.get(i).id().isBlank()) {
                    out.add(new Problem(path(EntityKind.MOTORWAY, m) + ".nodes[" + i + "].id",
                            "empty id; give every node of this motorway a unique id, e.g. \"n" + (i + 1) + "\""));
                } else if (!seen.add(nodes.get(i).id())) {
                    out.add(new Problem(path(EntityKind.MOTORWAY, m) + ".nodes[" + i + "].id",
                            "duplicate node id \"" + nodes.get(i).id() + "\" on this motorway; rename one of them"));
                }
            }
        }
        // a configuration and a recipe are found by id (--config, Project.recipe): one id, one entry
        Set<String> studyIds = new HashSet<>();
        for (int i = 0; i < p.studies().size(); i++) {
            String id = p.studies().get(i).id();
            if (id != null && !id.isBlank() && !studyIds.add(id)) {
                out.add(new Problem("$.studies[" + i + "].id", "duplicate study id \"" + id + "\": another entry of "
                        + "$.studies already uses it (solve --config and the workbench find a configuration by its "
                        + "id); rename one of them"));
            }
        }
        Set<String> recipeIds = new HashSet<>();
        for (int i = 0; i < p.generators().size(); i++) {
            String id = p.generators().get(i).id();
            if (id != null && !id.isBlank() && !recipeIds.add(id)) {
                out.add(new Problem("$.generators[" + i + "].id", "duplicate recipe id \"" + id + "\": another "
                        + "entry of $.generators already uses it; rename one of them"));
            }
        }
        List<ChargingStation> css = p.infrastructure().chargingStations();
        for (int s = 0; s < css.size(); s++) {
            Set<String> seen = new HashSet<>();
            List<Charger> ch = css.get(s).chargers();
            for (int i = 0; i < ch.size(); i++) {
                if (ch.get(i).id() != null && ch.get(i).id().isBlank()) {
                    out.add(new Problem(path(EntityKind.CHARGING_STATION, s) + ".chargers[" + i + "].id",
                            "empty id; give every charger of this station a unique id, e.g. \"c" + (i + 1) + "\""));
                } else if (!seen.add(ch.get(i).id())) {
                    out.add(new Problem(path(EntityKind.CHARGING_STATION, s) + ".chargers[" + i + "].id",
                            "duplicate charger id \"" + ch.get(i).id() + "\" at this station; rename one of them"));
                }
            }
        }
    }

    private void checkReferences(Project p, List<Problem> out) {
        List<ChargingStation> css = p.infrastructure().chargingStations();
        for (int i = 0; i < css.size(); i++) {
            ChargingStation cs = css.get(i);
            if (cs.motorwayId() != null && p.find(Motorway.class, cs.motorwayId()).isEmpty()) {
                out.add(new Problem(path(EntityKind.CHARGING_STATION, i) + ".motorwayId", "unknown motorway \""
                        + cs.motorwayId() + "\"; use the id of a motorway in $.infrastructure.motorways or remove the "
                        + "field"));
            }
            if (cs.motorwayId() != null && cs.chainageKm() == null) {
                out.add(new Problem(path(EntityKind.CHARGING_STATION, i) + ".chainageKm", "missing; a station on "
                        + "motorway \"" + cs.motorwayId() + "\" needs 'chainageKm', its distance in km from the start "
                        + "of the motorway (or remove 'motorwayId' for a station off the motorway)"));
            }
        }
        List<EdgeServer> es = p.infrastructure().edgeServers();
        for (int i = 0; i < es.size(); i++) {
            String sid = es.get(i).solarSeriesId();
            if (sid != null && p.find(TimeSeries.class, sid).isEmpty()) {
                out.add(new Problem(path(EntityKind.EDGE_SERVER, i) + ".solarSeriesId", "unknown time series \""
                        + sid + "\"; use the id of a series in $.timeSeries"));
            }
        }
        List<WindSource> ws = p.infrastructure().windSources();
        for (int i = 0; i < ws.size(); i++) {
            checkSeriesRef(p, ws.get(i).outputSeriesId(), path(EntityKind.WIND_SOURCE, i), out);
        }
        List<PvSource> pv = p.infrastructure().pvSources();
        for (int i = 0; i < pv.size(); i++) {
            checkSeriesRef(p, pv.get(i).outputSeriesId(), path(EntityKind.PV_SOURCE, i), out);
        }
        List<Vehicle> vs = p.fleet().vehicles();
        for (int i = 0; i < vs.size(); i++) {
            Vehicle v = vs.get(i);
            if (v.typeId() != null && p.find(VehicleType.class, v.typeId()).isEmpty()) {
                out.add(new Problem(path(EntityKind.VEHICLE, i) + ".typeId", "unknown vehicle type \"" + v.typeId()
                        + "\"; use the id of a type in $.fleet.vehicleTypes"));
            }
            MotorwayTrip t = v.trip();
            if (t != null && t.motorwayId() != null && t.entryNodeId() != null && t.exitNodeId() != null) {
                var mw = p.find(Motorway.class, t.motorwayId());
                String tp = path(EntityKind.VEHICLE, i) + ".trip";
                if (mw.isEmpty()) {
                    out.add(new Problem(tp + ".motorwayId", "unknown motorway \"" + t.motorwayId()
                            + "\"; use the id of a motorway in $.infrastructure.motorways"));
                } else {
                    var entry = mw.get().node(t.entryNodeId());
                    var exit = mw.get().node(t.exitNodeId());
                    if (entry.isEmpty()) {
                        out.add(new Problem(tp + ".entryNodeId", "motorway \"" + t.motorwayId()
                                + "\" has no node \"" + t.entryNodeId() + "\"; use one of " + nodeIds(mw.get())));
                    }
                    if (exit.isEmpty()) {
                        out.add(new Problem(tp + ".exitNodeId", "motorway \"" + t.motorwayId()
                                + "\" has no node \"" + t.exitNodeId() + "\"; use one of " + nodeIds(mw.get())));
                    }
                    if (entry.isPresent() && exit.isPresent()
                            && exit.get().chainageKm() <= entry.get().chainageKm()) {
                        out.add(new Problem(tp + ".exitNodeId", "the exit node (km "
                                + RecordFields.fmt(exit.get().chainageKm()) + ") must come after the entry node (km "
                                + RecordFields.fmt(entry.get().chainageKm()) + ") on a one-way motorway; pick an exit node "
                                + "further along, or swap entry and exit"));
                    }
                }
            }
        }
    }

    private static String nodeIds(Motorway mw) {
        List<String> ids = mw.nodes().stream().map(MotorwayNode::id).toList();
        return ids.size() <= 12 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 12)) + ", … (" + ids.size() + " nodes)";
    }

    private static void checkSeriesRef(Project p, String id, String path, List<Problem> out) {
        if (id != null && p.find(TimeSeries.class, id).isEmpty()) {
            out.add(new Problem(path + ".outputSeriesId", "unknown time series \"" + id
                    + "\"; use the id of a series in $.timeSeries"));
        }
    }

    private void checkConsistency(Project p, List<Problem> out) {
        List<Motorway> mws = p.infrastructure().motorways();
        for (int m = 0; m < mws.size(); m++) {
            List<MotorwayNode> nodes = mws.get(m).nodes();
            for (int i = 1; i < nodes.size(); i++) {
                if (nodes.get(i).chainageKm() <= nodes.get(i - 1).chainageKm()) {
                    out.add(new Problem(path(EntityKind.MOTORWAY, m) + ".nodes[" + i + "].chainageKm",
                            RecordFields.fmt(nodes.get(i).chainageKm()) + " km is not after the previous node's "
                                    + RecordFields.fmt(nodes.get(i - 1).chainageKm())
                                    + " km; list nodes in increasing chainage"));
                }
            }
        }
        List<ChargingStation> css = p.infrastructure().chargingStations();
        for (int i = 0; i < css.size(); i++) {
            ChargingStation cs = css.get(i);
            int idx = i;
            if (cs.motorwayId() != null && cs.chainageKm() != null) {
                p.find(Motorway.class, cs.motorwayId()).ifPresent(mw -> {
                    if (cs.chainageKm() > mw.lengthKm()) {
                        out.add(new Problem(path(EntityKind.CHARGING_STATION, idx) + ".chainageKm",
                                RecordFields.fmt(cs.chainageKm()) + " km is beyond the end of motorway \"" + mw.id()
                                        + "\" (" + RecordFields.fmt(mw.lengthKm()) + " km, the chainage of its last "
                                        + "node); use a chainage from 0 to " + RecordFields.fmt(mw.lengthKm())
                                        + " km or extend the motorway"));
                    }
                });
            }
        }
        List<BaseStation> bss = p.infrastructure().baseStations();
        for (int i = 0; i < bss.size(); i++) {
            BaseStation b = bss.get(i);
            if (b.socKWh() > b.batteryCapacityKWh()) {
                out.add(new Problem(path(EntityKind.BASE_STATION, i) + ".socKWh", RecordFields.fmt(b.socKWh())
                        + " kWh is more than the battery holds (" + RecordFields.fmt(b.batteryCapacityKWh())
                        + " kWh); lower socKWh or raise batteryCapacityKWh"));
            }
            if (b.outputPowerW() > b.maxOutputPowerW()) {
                out.add(new Problem(path(EntityKind.BASE_STATION, i) + ".outputPowerW",
                        RecordFields.fmt(b.outputPowerW()) + " W is above maxOutputPowerW ("
                                + RecordFields.fmt(b.maxOutputPowerW()) + " W); lower it or raise maxOutputPowerW"));
            }
        }
        List<EdgeServer> es = p.infrastructure().edgeServers();
        for (int i = 0; i < es.size(); i++) {
            EdgeServer e = es.get(i);
            if (e.staticPowerW() >= e.maxPowerW()) {
                out.add(new Problem(path(EntityKind.EDGE_SERVER, i) + ".staticPowerW", RecordFields.fmt(
                        e.staticPowerW()) + " W must be below maxPowerW (" + RecordFields.fmt(e.maxPowerW()) + " W); lower "
                        + "staticPowerW or raise maxPowerW"));
            }
            if (e.batteryKind() == BatteryKind.FINITE && e.batteryCapacityWh() <= 0) {
                out.add(new Problem(path(EntityKind.EDGE_SERVER, i) + ".batteryCapacityWh", "a finite battery needs"
                        + " a capacity above 0 Wh; use batteryKind \"none\" for a server without a battery"));
            }
        }
        List<Vehicle> vs = p.fleet().vehicles();
        for (int i = 0; i < vs.size(); i++) {
            Vehicle v = vs.get(i);
            int idx = i;
            p.find(VehicleType.class, v.typeId() == null ? "" : v.typeId()).ifPresent(t -> {
                if (v.socKWh() > t.batteryCapacityKWh()) {
                    out.add(new Problem(path(EntityKind.VEHICLE, idx) + ".socKWh", RecordFields.fmt(v.socKWh())
                            + " kWh is more than the battery of type \"" + t.id() + "\" holds ("
                            + RecordFields.fmt(t.batteryCapacityKWh()) + " kWh); write at most "
                            + RecordFields.fmt(t.batteryCapacityKWh()) + " kWh (energy, not a percentage)"));
                }
                if (v.targetSocKWh() != null && v.targetSocKWh() > t.batteryCapacityKWh()) {
                    out.add(new Problem(path(EntityKind.VEHICLE, idx) + ".targetSocKWh", RecordFields.fmt(
                            v.targetSocKWh()) + " kWh is more than the battery of type \"" + t.id() + "\" holds ("
                            + RecordFields.fmt(t.batteryCapacityKWh()) + " kWh); write at most "
                            + RecordFields.fmt(t.batteryCapacityKWh()) + " kWh"));
                }
            });
        }
        List<VehicleType> types = p.fleet().vehicleTypes();
        for (int i = 0; i < types.size(); i++) {
            List<DrivingMode> modes = types.get(i).drivingModes();
            for (int k = 1; k < modes.size(); k++) {
                if (modes.get(k).speedKmh() <= modes.get(k - 1).speedKmh()) {
                    out.add(new Problem(path(EntityKind.VEHICLE_TYPE, i) + ".drivingModes[" + k + "].speedKmh",
                            RecordFields.fmt(modes.get(k).speedKmh()) + " km/h is not faster than the previous mode ("
                                    + RecordFields.fmt(modes.get(k - 1).speedKmh()) + " km/h); list driving modes in "
                                    + "increasing speed, each speed once"));
                }
            }
        }
    }
}
