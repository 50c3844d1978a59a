package org.evwb.ui.motorway;

import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.study.motorway.ConflictMatrix;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwaySchedule;

/**
 * One evaluation of a project's motorway layout (the what-if loop): whether a conflict-free schedule without waiting
 * exists (cpsat, or greedy's schedule with its conflicts when none does), the schedule with the least total waiting
 * when waiting is allowed, and both conflict matrices.
 *
 * @param noWait        cpsat's conflict-free schedule, or greedy's when cpsat proved there is none / ran out of time
 * @param feasibility   cpsat's claim about the no-waiting problem (OPTIMAL/FEASIBLE: conflict-free schedule exists)
 * @param waiting       cpsat's schedule minimising total waiting with waiting allowed
 * @param tripMetrics   the objectives of cpsat's schedule minimising total trip time with waiting allowed (a second
 *                      solve: minimising waiting alone leaves the trip time arbitrary, so its deltas would be noise)
 */
public record MotorwayEvaluation(Project project, MotorwayInstance instance, MotorwaySchedule.Status feasibility,
                                 MotorwaySchedule noWait, Map<String, Double> noWaitMetrics,
                                 MotorwayInstance waitingInstance, MotorwaySchedule waiting,
                                 Map<String, Double> waitingMetrics, Map<String, Double> tripMetrics,
                                 ConflictMatrix gcm, ConflictMatrix scm) {

    /** True when a conflict-free schedule without waiting exists. */
    public boolean feasible() {
        return feasibility == MotorwaySchedule.Status.OPTIMAL || feasibility == MotorwaySchedule.Status.FEASIBLE;
    }

    /** The figures the what-if summary shows. */
    public Summary summary() {
        return new Summary(feasible(), feasibility == MotorwaySchedule.Status.PROVED_INFEASIBLE,
                noWaitMetrics.getOrDefault("conflicts", Double.NaN),
                waitingMetrics.getOrDefault("totalWaitingMin", Double.NaN),
                tripMetrics.getOrDefault("totalTripMin", Double.NaN));
    }

    /**
     * The what-if figures of one layout.
     *
     * @param conflicts        conflicts of the best no-waiting schedule found (0 when feasible)
     * @param totalWaitingMin  least total waiting when waiting is allowed
     * @param totalTripMin     least total trip time when waiting is allowed
     */
    public record Summary(boolean feasible, boolean provedInfeasible, double conflicts, double totalWaitingMin,
                          double totalTripMin) { }
}
