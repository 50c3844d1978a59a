package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.solve.Violation;
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
 * @param waitingVerdict whether {@code waiting} is a schedule the checker accepts, else why not
 * @param tripVerdict    the same for the trip-time schedule
 */
public record MotorwayEvaluation(Project project, MotorwayInstance instance, MotorwaySchedule.Status feasibility,
                                 MotorwaySchedule noWait, Map<String, Double> noWaitMetrics,
                                 MotorwayInstance waitingInstance, MotorwaySchedule waiting,
                                 Map<String, Double> waitingMetrics, Map<String, Double> tripMetrics,
                                 ConflictMatrix gcm, ConflictMatrix scm, Verdict waitingVerdict,
                                 Verdict tripVerdict) {

    /** True when a conflict-free schedule without waiting exists. */
    public boolean feasible() {
        return feasibility == MotorwaySchedule.Status.OPTIMAL || feasibility == MotorwaySchedule.Status.FEASIBLE;
    }

    /** The figures the what-if summary shows. */
    public Summary summary() {
        return new Summary(feasible(), feasibility == MotorwaySchedule.Status.PROVED_INFEASIBLE,
                noWaitMetrics.getOrDefault("conflicts", Double.NaN),
                waitingMetrics.getOrDefault("totalWaitingMin", Double.NaN),
                tripMetrics.getOrDefault("totalTripMin", Double.NaN), waitingVerdict, tripVerdict);
    }

    /**
     * The what-if figures of one layout. The waiting and trip figures mean something only when their verdicts are
     * feasible: an infeasible layout's schedule has no (or broken) assignments, so its totals would look like gains.
     *
     * @param conflicts        conflicts of the best no-waiting schedule found (0 when feasible)
     * @param totalWaitingMin  least total waiting when waiting is allowed
     * @param totalTripMin     least total trip time when waiting is allowed
     */
    public record Summary(boolean feasible, boolean provedInfeasible, double conflicts, double totalWaitingMin,
                          double totalTripMin, Verdict waiting, Verdict trip) { }

    /**
     * Whether a what-if schedule is one: the solver found it and the checker accepts it; else why not, in words
     * ("proved infeasible", "2 violations: …").
     */
    public record Verdict(boolean feasible, String reason) {

        public static final Verdict FEASIBLE = new Verdict(true, "");

        /** The verdict on {@code s}, given the checker's violations of it and the solver's time limit. */
        public static Verdict of(MotorwaySchedule s, List<Violation> violations, Duration limit) {
            if (s.status() == MotorwaySchedule.Status.PROVED_INFEASIBLE) {
                return new Verdict(false, "proved infeasible");
            }
            if (s.assignments().isEmpty() && s.status() != MotorwaySchedule.Status.OPTIMAL
                    && s.status() != MotorwaySchedule.Status.FEASIBLE) {
                return new Verdict(false, "no schedule found in " + limit.toSeconds() + " s");
            }
            if (!violations.isEmpty()) {
                return new Verdict(false, violations.size() + (violations.size() == 1 ? " violation: "
                        : " violations, first: ") + violations.get(0).constraint());
            }
            return FEASIBLE;
        }
    }
}
