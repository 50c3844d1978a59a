package org.evwb.core.study.motorway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.motorway.MotorwayInstance.Emv;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.ScheduleConflicts.Job;

/**
 * {@code greedy} (SPEC §5): EMVs in order of arrival; each takes the fastest reachable mode whose charging point is
 * free for its whole charge from its ready time. When none is free it takes — without waiting — the option that adds
 * the fewest conflicts (so the checker shows them), or — with waiting allowed — the option that waits least.
 * It reports the number of conflicts it believes it left, for comparison with the checker.
 */
final class GreedySolver implements Optimizer<MotorwayInstance, MotorwaySchedule> {

    static final String ID = "greedy";

    /** {@code greedy} has no parameters. */
    record Parameters() { }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "EMVs by arrival, fastest reachable mode with a free charger";
    }

    @Override
    public MotorwaySchedule solve(MotorwayInstance in, RunContext ctx) {
        List<Emv> order = new ArrayList<>(in.emvs());
        order.sort(Comparator.comparingDouble(Emv::arrivalMin).thenComparingInt(Emv::index));
        List<Job> placed = new ArrayList<>();
        int done = 0;
        for (Emv e : order) {
            ctx.checkCancelled();
            ctx.progress((double) done++ / order.size(), "EMV " + e.vehicleId());
            List<EmvOption> opts = new ArrayList<>(in.optionsOf(e.index()));
            // Fastest first; among equal speeds the earlier ready time, then index, for a stable order.
            opts.sort(Comparator.comparingDouble((EmvOption o) -> -o.speedKmh())
                    .thenComparingDouble(EmvOption::readyMin).thenComparingInt(EmvOption::index));
            Job best = null;
            double bestKey = Double.POSITIVE_INFINITY;
            for (EmvOption o : opts) {
                Job j = in.parameters().allowWaiting() ? earliestFree(in, placed, o) : new Job(o, o.readyMin());
                double key = in.parameters().allowWaiting() ? j.startMin() - o.readyMin() : added(in, placed, j);
                if (key < bestKey) {
                    best = j;
                    bestKey = key;
                }
                if (key == 0) {
                    break;
                }
            }
            if (best != null) {
                placed.add(best);
            }
        }
        ctx.progress(1, "done");
        return new MotorwaySchedule(ScheduleConflicts.toAssignments(in, placed), MotorwaySchedule.Status.HEURISTIC,
                ScheduleConflicts.totalConflicts(in, placed));
    }

    /** Conflicts that adding {@code j} to the jobs at its charging point adds. */
    private static int added(MotorwayInstance in, List<Job> placed, Job j) {
        long key = ScheduleConflicts.pointKey(j.option());
        List<Job> same = placed.stream().filter(x -> ScheduleConflicts.pointKey(x.option()) == key).toList();
        int cap = in.stations().get(j.option().station()).capacity();
        List<Job> with = new ArrayList<>(same);
        with.add(j);
        return ScheduleConflicts.conflictsAtPoint(with, cap, in.parameters())
                - ScheduleConflicts.conflictsAtPoint(same, cap, in.parameters());
    }

    /** The earliest start at or after the ready time that adds no conflict (after every job there, at worst). */
    private static Job earliestFree(MotorwayInstance in, List<Job> placed, EmvOption o) {
        long key = ScheduleConflicts.pointKey(o);
        List<Double> candidates = new ArrayList<>();
        candidates.add(o.readyMin());
        for (Job x : placed) {
            if (ScheduleConflicts.pointKey(x.option()) == key && x.endMin() > o.readyMin()) {
                candidates.add(x.endMin());
            }
        }
        candidates.sort(Double::compare);
        for (double t : candidates) {
            Job j = new Job(o, t);
            if (added(in, placed, j) == 0) {
                return j;
            }
        }
        return new Job(o, candidates.get(candidates.size() - 1)); // unreachable: after the last end nothing overlaps
    }
}
