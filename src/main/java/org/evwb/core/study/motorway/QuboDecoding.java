package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;
import org.evwb.core.study.motorway.ScheduleConflicts.Job;

/**
 * Turns a sample of the motorway QUBO into a schedule. A sample that is not one-hot still gives one: each EMV takes
 * its first chosen option (lowest variable index), or none, so that the checker reports the truth about it.
 *
 * <p>The schedule is made in the study's active model: a GCM sample under Model II charges with the station's power
 * (the checker's rule), and an SCM sample under Model I gets its chargers by interval colouring and then each
 * charger's own power. With identical chargers, as in the paper, neither changes a time.
 */
final class QuboDecoding {

    /** A decoded read: the jobs and what is wrong with it. */
    record Read(List<Job> jobs, int oneHotBroken, int conflicts) {
        /** EMVs breaking one-hot plus charging conflicts: 0 means the checker accepts the schedule. */
        int unresolved() {
            return oneHotBroken + conflicts;
        }
    }

    private record Key(int emv, int mode, int station, int charger) { }

    private final MotorwayInstance in;
    private final List<EmvOption> variables;
    private final Map<Key, EmvOption> active = new HashMap<>();

    QuboDecoding(MotorwayInstance in, MotorwayQuboTerms terms) {
        this.in = in;
        this.variables = terms.variables();
        for (EmvOption o : in.options()) {
            active.put(key(o), o);
        }
    }

    private static Key key(EmvOption o) {
        return new Key(o.emv(), o.mode(), o.station(), o.charger());
    }

    Read read(byte[] x) {
        int n = in.emvs().size();
        EmvOption[] first = new EmvOption[n];
        int[] count = new int[n];
        for (int v = 0; v < x.length; v++) {
            if (x[v] != 0) {
                EmvOption o = variables.get(v);
                count[o.emv()]++;
                if (first[o.emv()] == null) {
                    first[o.emv()] = o;
                }
            }
        }
        int broken = 0;
        List<EmvOption> chosen = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            broken += count[e] == 1 ? 0 : 1;
            if (first[e] != null) {
                chosen.add(first[e]);
            }
        }
        List<Job> jobs = toActiveModel(chosen);
        return new Read(jobs, broken, ScheduleConflicts.totalConflicts(in, jobs));
    }

    /** A read as a schedule (the run's statistics are attached by the caller). */
    MotorwaySchedule schedule(byte[] x) {
        Read r = read(x);
        List<Assignment> a = ScheduleConflicts.toAssignments(in, r.jobs());
        return new MotorwaySchedule(a, MotorwaySchedule.Status.HEURISTIC, r.conflicts());
    }

    private List<Job> toActiveModel(List<EmvOption> chosen) {
        boolean wantCharger = in.parameters().model() == ChargingPointModel.CHARGER;
        List<Job> jobs = new ArrayList<>();
        List<Job> stationJobs = new ArrayList<>();
        for (EmvOption o : chosen) {
            boolean isCharger = o.charger() >= 0;
            if (isCharger == wantCharger) {
                jobs.add(new Job(o, o.readyMin()));
            } else if (isCharger) {
                EmvOption s = lookup(new Key(o.emv(), o.mode(), o.station(), -1));
                jobs.add(new Job(s, s.readyMin()));
            } else {
                stationJobs.add(new Job(o, o.readyMin()));
            }
        }
        if (!stationJobs.isEmpty()) {
            // Model II sample, Model I study: colour the station's jobs onto its chargers, then use their power.
            for (Assignment a : ScheduleConflicts.toAssignments(in, stationJobs)) {
                EmvOption s = stationJobs.stream().filter(j -> in.emvs().get(j.option().emv()).vehicleId()
                        .equals(a.vehicleId())).findFirst().orElseThrow().option();
                int l = chargerIndex(s.station(), a.chargerId());
                EmvOption c = lookup(new Key(s.emv(), s.mode(), s.station(), l));
                jobs.add(new Job(c, c.readyMin()));
            }
        }
        return jobs;
    }

    private int chargerIndex(int station, String chargerId) {
        var chargers = in.stations().get(station).chargers();
        for (int l = 0; l < chargers.size(); l++) {
            if (chargers.get(l).id().equals(chargerId)) {
                return l;
            }
        }
        throw new IllegalStateException("station " + in.stations().get(station).id() + " has no charger "
                + chargerId);
    }

    private EmvOption lookup(Key k) {
        EmvOption o = active.get(k);
        if (o == null) {
            // Reachability does not depend on the charging point, so both models hold the same (EMV, mode, station).
            throw new IllegalStateException("no option " + k + " in the study's model");
        }
        return o;
    }
}
