package org.evwb.ui.motorway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evwb.core.project.Charger;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.study.motorway.Intervals;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwayInstance.Station;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/**
 * What the Gantt chart shows (paper Figs. 6–8), computed from an instance and a schedule without JavaFX: one row per
 * charger grouped by station, and per EMV a lead-in bar (entering the motorway → reaching the station), a waiting bar
 * when it waits, and its charging bar. A charging bar is in conflict when it overlaps another on the same charger (or,
 * when the schedule names no charger, more than b_j overlap at the station).
 */
public record GanttModel(String title, List<Row> rows, List<Bar> bars) {

    public GanttModel {
        rows = List.copyOf(rows);
        bars = List.copyOf(bars);
    }

    public static final GanttModel EMPTY = new GanttModel("No schedule", List.of(), List.of());

    /** A charger row ({@code chargerId} null: the station as a whole, when a schedule names no charger). */
    public record Row(String stationId, String chargerId, String label) { }

    /** What a bar shows. */
    public enum Kind { LEAD_IN, WAITING, CHARGING }

    /** One bar on row {@code row} from {@code startMin} to {@code endMin} (minutes from the scenario start). */
    public record Bar(int row, String vehicleId, int emv, Kind kind, double startMin, double endMin, boolean conflict,
                      String description) { }

    public static GanttModel of(String title, MotorwayInstance in, MotorwaySchedule s) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        for (Station st : in.stations()) {
            for (Charger c : st.chargers()) {
                rowOf.put(st.id() + "\u0000" + c.id(), rows.size());
                rows.add(new Row(st.id(), c.id(), st.id() + " / " + c.id()));
            }
        }
        List<Bar> bars = new ArrayList<>();
        List<int[]> charging = new ArrayList<>(); // {bar index, capacity}
        for (Assignment a : s.assignments()) {
            Emv e = in.emvs().stream().filter(x -> x.vehicleId().equals(a.vehicleId())).findFirst().orElse(null);
            Station st = in.stations().stream().filter(x -> x.id().equals(a.stationId())).findFirst().orElse(null);
            if (e == null || st == null || a.mode() < 0 || a.mode() >= e.modes().size()) {
                continue; // the checker reports these; there is nothing to draw
            }
            Integer row = a.chargerId() == null ? null : rowOf.get(st.id() + "\u0000" + a.chargerId());
            if (row == null) {
                String key = st.id() + "\u0000*";
                row = rowOf.computeIfAbsent(key, k -> {
                    rows.add(new Row(st.id(), null, st.id() + " (any charger)"));
                    return rows.size() - 1;
                });
            }
            DrivingMode m = e.modes().get(a.mode());
            double ready = e.arrivalMin() + 60.0 * (st.chainageKm() - e.entryKm()) / m.speedKmh();
            String who = "EMV " + e.vehicleId() + " (mode " + (a.mode() + 1) + ", " + fmt(m.speedKmh()) + " km/h)";
            bars.add(new Bar(row, e.vehicleId(), e.index(), Kind.LEAD_IN, e.arrivalMin(), ready, false,
                    who + ": drives from " + e.entryNodeId() + " " + clock(e.arrivalMin()) + " to " + st.id() + " "
                            + clock(ready)));
            if (a.startMin() > ready + 1e-6) {
                bars.add(new Bar(row, e.vehicleId(), e.index(), Kind.WAITING, ready, a.startMin(), false,
                        who + ": waits " + fmt(a.startMin() - ready) + " min at " + st.id()));
            }
            charging.add(new int[] {bars.size(), a.chargerId() == null ? st.capacity() : 1});
            bars.add(new Bar(row, e.vehicleId(), e.index(), Kind.CHARGING, a.startMin(), a.endMin(), false,
                    who + ": charges at " + rows.get(row).label() + " " + clock(a.startMin()) + "–"
                            + clock(a.endMin())));
        }
        markConflicts(bars, charging);
        return new GanttModel(title, rows, bars);
    }

    /** A charging bar conflicts when more than its row's capacity overlap it (1 for a charger). */
    private static void markConflicts(List<Bar> bars, List<int[]> charging) {
        for (int[] c : charging) {
            Bar b = bars.get(c[0]);
            int overlapping = 0;
            for (int[] d : charging) {
                Bar o = bars.get(d[0]);
                if (d[0] != c[0] && o.row() == b.row()
                        && Intervals.overlap(b.startMin(), b.endMin(), o.startMin(), o.endMin())) {
                    overlapping++;
                }
            }
            if (overlapping >= c[1]) {
                bars.set(c[0], new Bar(b.row(), b.vehicleId(), b.emv(), b.kind(), b.startMin(), b.endMin(), true,
                        b.description() + " — CONFLICT"));
            }
        }
    }

    /** Indexes of the bars of one vehicle. */
    public List<Integer> barsOf(String vehicleId) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).vehicleId().equals(vehicleId)) {
                out.add(i);
            }
        }
        return out;
    }

    public long conflictCount() {
        return bars.stream().filter(Bar::conflict).count();
    }

    /** Minutes from the scenario start as clock time HH:MM (the scenario starts at 00:00; past a day: +1d). */
    public static String clock(double min) {
        long total = Math.round(min);
        long days = Math.floorDiv(total, 1440);
        long inDay = Math.floorMod(total, 1440);
        return String.format(Locale.ROOT, "%02d:%02d", inDay / 60, inDay % 60) + (days == 0 ? "" : " +" + days + "d");
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
