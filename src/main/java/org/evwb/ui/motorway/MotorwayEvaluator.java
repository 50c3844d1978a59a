package org.evwb.ui.motorway;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.study.motorway.ConflictMatrix;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayParameters;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;

/**
 * Evaluates a project's motorway layout with the registered solvers ({@code cpsat}, {@code greedy}) by id, off the
 * FX thread. One evaluator per evaluation; {@link #cancel} stops whichever solver is running (thread-safe).
 */
final class MotorwayEvaluator {

    private final StudyDefinition<MotorwayInstance, MotorwaySchedule> study;
    private final Duration timeLimit;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<RunContext> running = new AtomicReference<>();

    MotorwayEvaluator(StudyRegistry studies, Duration timeLimit) {
        this.study = motorwayStudy(studies);
        this.timeLimit = timeLimit;
    }

    @SuppressWarnings("unchecked")
    static StudyDefinition<MotorwayInstance, MotorwaySchedule> motorwayStudy(StudyRegistry studies) {
        return (StudyDefinition<MotorwayInstance, MotorwaySchedule>) studies.study(MotorwayStudy.ID)
                .orElseThrow(() -> new IllegalStateException("the motorway study is not registered"));
    }

    /** The project's motorway study configuration, or null for the defaults. */
    static StudyConfig config(Project p) {
        return p.studyConfig(MotorwayStudy.ID).orElse(null);
    }

    /** True when the project can feed the motorway views: it has a motorway section. */
    static boolean applies(Project p) {
        return p != null && (!p.infrastructure().motorways().isEmpty() || config(p) != null);
    }

    void cancel() {
        cancelled.set(true);
        RunContext c = running.get();
        if (c != null) {
            c.cancel();
        }
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    /** Builds the instance and runs the solvers; null when cancelled. */
    MotorwayEvaluation evaluate(Project p) throws ProjectFileException {
        // Load OR-Tools before the solvers' clocks start: the first load can take seconds on a busy machine, which
        // would otherwise eat the short what-if time limit.
        org.evwb.core.solve.OrTools.ensureLoaded();
        MotorwayInstance base = study.buildInstance(p, config(p));
        MotorwayParameters params = base.parameters();
        MotorwayInstance noWaitIn = base.with(params.withWaiting(false, Objective.FEASIBILITY));
        MotorwaySchedule exact = solve("cpsat", noWaitIn);
        if (exact == null) {
            return null;
        }
        MotorwaySchedule noWait = exact;
        if (exact.status() != MotorwaySchedule.Status.OPTIMAL && exact.status() != MotorwaySchedule.Status.FEASIBLE) {
            noWait = solve("greedy", noWaitIn);
            if (noWait == null) {
                return null;
            }
        }
        MotorwayInstance waitIn = base.with(params.withWaiting(true, Objective.WAITING_TIME));
        MotorwaySchedule waiting = solve("cpsat", waitIn);
        if (waiting == null) {
            return null;
        }
        MotorwayInstance tripIn = base.with(params.withWaiting(true, Objective.TRIP_TIME));
        MotorwaySchedule trip = solve("cpsat", tripIn);
        if (trip == null) {
            return null;
        }
        Map<String, Double> m1 = study.objectives(noWaitIn, noWait);
        Map<String, Double> m2 = study.objectives(waitIn, waiting);
        Map<String, Double> m3 = study.objectives(tripIn, trip);
        // the checker, not the solver, says whether the waiting and trip schedules are schedules at all
        MotorwayEvaluation.Verdict waitingVerdict = MotorwayEvaluation.Verdict.of(waiting,
                study.checker().check(waitIn, waiting), timeLimit);
        MotorwayEvaluation.Verdict tripVerdict = MotorwayEvaluation.Verdict.of(trip, study.checker().check(tripIn,
                trip), timeLimit);
        return new MotorwayEvaluation(p, noWaitIn, exact.status(), noWait, m1, waitIn, waiting, m2, m3,
                ConflictMatrix.gcm(base), ConflictMatrix.scm(base), waitingVerdict, tripVerdict);
    }

    /** Runs one registered solver with its default parameters; null when cancelled. */
    MotorwaySchedule solve(String solverId, MotorwayInstance in) {
        if (cancelled.get()) {
            return null;
        }
        SolverSpec<MotorwayInstance, MotorwaySchedule> spec = study.solver(solverId).orElseThrow(() ->
                new IllegalStateException("the motorway study has no solver " + solverId));
        RunContext ctx = new RunContext(1, timeLimit, RunListener.NONE);
        running.set(ctx);
        if (cancelled.get()) {
            return null;
        }
        try {
            MotorwaySchedule s = spec.create(spec.defaults()).solve(in, ctx);
            return ctx.isCancelled() ? null : s;
        } catch (org.evwb.core.solve.CancelledException e) {
            return null;
        } finally {
            running.set(null);
        }
    }
}
