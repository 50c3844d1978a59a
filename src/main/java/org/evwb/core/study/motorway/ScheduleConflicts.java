package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayInstance.Station;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;

/**
 * Conflict counting on the solver side, from the instance's options (the checker counts independently from the
 * project). Also turns chosen options into assignments, giving Model II jobs a concrete charger for the Gantt chart.
 */
final class ScheduleConflicts {

    /** A chosen option and its start time. */
    record Job(EmvOption option, double startMin) {
        double endMin() {
            return startMin + option.durationMin();
        }
    }

    private ScheduleConflicts() {
    }

    /** Charging-point key of an option: the charger under Model I, the station under Model II. */
    static long pointKey(EmvOption o) {
        return o.charger() < 0 ? o.station() * 1000L + 999 : o.station() * 1000L + o.charger();
    }

    /** Conflicts among jobs that share one charging point, counted the way the checker counts them. */
    static int conflictsAtPoint(List<Job> jobs, int capacity, MotorwayParameters p) {
        if (p.model() == ChargingPointModel.CHARGER) {
            int c = 0;
            for (int i = 0; i < jobs.size(); i++) {
                for (int j = i + 1; j < jobs.size(); j++) {
                    if (Intervals.overlap(jobs.get(i).startMin(), jobs.get(i).endMin(), jobs.get(j).startMin(),
                            jobs.get(j).endMin())) {
                        c++;
                    }
                }
            }
            return c;
        }
        if (p.stationRule() == StationRule.PAPER_PAIRWISE) {
            int c = 0;
            for (Job x : jobs) {
                int others = 0;
                for (Job y : jobs) {
                    if (y != x && Intervals.overlap(x.startMin(), x.endMin(), y.startMin(), y.endMin())) {
                        others++;
                    }
                }
                c += others > capacity - 1 ? 1 : 0;
            }
            return c;
        }
        List<Job> sorted = new ArrayList<>(jobs);
        sorted.sort(Comparator.comparingDouble(Job::startMin).thenComparingInt(j -> j.option().emv()));
        List<double[]> iv = sorted.stream().map(j -> new double[] {j.startMin(), j.endMin()}).toList();
        int c = 0;
        for (int i = 0; i < sorted.size(); i++) {
            c += Intervals.busyAtStart(iv, i) >= capacity ? 1 : 0;
        }
        return c;
    }

    static Map<Long, List<Job>> byPoint(List<Job> jobs) {
        Map<Long, List<Job>> m = new LinkedHashMap<>();
        for (Job j : jobs) {
            m.computeIfAbsent(pointKey(j.option()), k -> new ArrayList<>()).add(j);
        }
        return m;
    }

    static int totalConflicts(MotorwayInstance in, List<Job> jobs) {
        int c = 0;
        for (List<Job> list : byPoint(jobs).values()) {
            c += conflictsAtPoint(list, in.stations().get(list.get(0).option().station()).capacity(),
                    in.parameters());
        }
        return c;
    }

    /**
     * Assignments for chosen jobs. Under Model II each job gets the charger that became free first (interval
     * colouring, exact when the station never holds more than b_j jobs at once).
     */
    static List<Assignment> toAssignments(MotorwayInstance in, List<Job> jobs) {
        Map<EmvOption, String> charger = new java.util.HashMap<>();
        for (List<Job> list : byPoint(jobs).values()) {
            if (list.get(0).option().charger() >= 0) {
                continue;
            }
            Station st = in.stations().get(list.get(0).option().station());
            double[] freeAt = new double[st.capacity()];
            java.util.Arrays.fill(freeAt, Double.NEGATIVE_INFINITY);
            List<Job> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingDouble(Job::startMin).thenComparingInt(j -> j.option().emv()));
            for (Job j : sorted) {
                int best = 0;
                for (int l = 1; l < freeAt.length; l++) {
                    if (freeAt[l] < freeAt[best]) {
                        best = l;
                    }
                }
                freeAt[best] = j.endMin();
                charger.put(j.option(), st.chargers().get(best).id());
            }
        }
        List<Job> byEmv = new ArrayList<>(jobs);
        byEmv.sort(Comparator.comparingInt(j -> j.option().emv()));
        List<Assignment> out = new ArrayList<>();
        for (Job j : byEmv) {
            EmvOption o = j.option();
            Station st = in.stations().get(o.station());
            String ch = o.charger() >= 0 ? st.chargers().get(o.charger()).id() : charger.get(o);
            var mode = in.emvs().get(o.emv()).modes().get(o.mode()); // the figures the schedule reports
            out.add(new Assignment(in.emvs().get(o.emv()).vehicleId(), o.mode(), st.id(), ch, j.startMin(),
                    j.endMin(), mode.speedKmh(), mode.consumptionWhPerKm()));
        }
        return out;
    }
}
