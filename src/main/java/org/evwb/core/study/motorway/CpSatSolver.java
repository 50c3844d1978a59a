package org.evwb.core.study.motorway;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;
import org.evwb.core.study.motorway.MotorwayParameters.StationRule;
import org.evwb.core.study.motorway.ScheduleConflicts.Job;

/**
 * {@code cpsat} (SPEC §5): one optional interval per EMV option, exactly one per EMV, no-overlap per charger
 * (Model I, GCM) or a cumulative of capacity b_j per station (Model II, SCM). Without waiting every start equals its
 * ready time; with waiting a start lies in [r, horizon]. Finds a conflict-free schedule — optimal for the chosen
 * objective when it has time — or proves that none exists.
 *
 * <p>Time is integral in CP-SAT. Without waiting the intervals are fixed, so their end points are replaced by their
 * ranks among all end points, which keeps every overlap exactly as the checker sees it. With waiting, time is
 * counted in tenths of a second, ready times and durations rounded up — sound (a schedule found here is conflict-free
 * in real time) and at most a few tenths of a second more conservative than the real problem. Objective
 * coefficients are rounded to 0.1 s and 0.1 Wh.
 */
final class CpSatSolver implements Optimizer<MotorwayInstance, MotorwaySchedule> {

    static final String ID = "cpsat";
    /** Integer time units per minute when waiting is allowed (0.1 s). */
    static final long UNITS_PER_MIN = 600;
    private static final long UNITS_PER_KWH = 10_000;

    /**
     * @param workers CP-SAT search workers; 1 (default) gives the same result on every run and machine
     */
    record Parameters(int workers) {
        static final Parameters DEFAULT = new Parameters(1);

        Parameters {
            if (workers < 1 || workers > 64) {
                throw new IllegalArgumentException("workers must be 1..64, was " + workers);
            }
        }
    }

    private final Parameters params;

    CpSatSolver(Parameters params) {
        this.params = params;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "OR-Tools CP-SAT: conflict-free schedule or proof that none exists";
    }

    @Override
    public MotorwaySchedule solve(MotorwayInstance in, RunContext ctx) {
        OrTools.ensureLoaded(); // before any CpModel: the model objects live in native memory
        MotorwayParameters p = in.parameters();
        List<EmvOption> opts = in.options();
        boolean waiting = p.allowWaiting();
        CpModel model = new CpModel();
        BoolVar[] x = new BoolVar[opts.size()];
        IntVar[] start = new IntVar[opts.size()];
        IntVar[] wait = new IntVar[opts.size()];
        BoolVar[] waits = new BoolVar[opts.size()];
        long[] readyUnits = new long[opts.size()];
        long[] sizeUnits = new long[opts.size()];
        Map<Long, List<IntervalVar>> byPoint = new LinkedHashMap<>();
        double[] ranks = waiting ? null : ranks(opts);
        long horizon = (long) Math.ceil(in.horizonMin() * UNITS_PER_MIN) + 1;
        for (EmvOption o : opts) {
            int v = o.index();
            x[v] = model.newBoolVar("x" + v);
            if (waiting) {
                readyUnits[v] = (long) Math.ceil(o.readyMin() * UNITS_PER_MIN - 1e-7);
                sizeUnits[v] = (long) Math.ceil(o.durationMin() * UNITS_PER_MIN);
                start[v] = model.newIntVar(readyUnits[v], Math.max(readyUnits[v], horizon), "s" + v);
                wait[v] = model.newIntVar(0, horizon, "w" + v);
                model.addEquality(wait[v], LinearExpr.affine(start[v], 1, -readyUnits[v])).onlyEnforceIf(x[v]);
                model.addEquality(wait[v], 0).onlyEnforceIf(x[v].not());
                waits[v] = model.newBoolVar("waits" + v);
                model.addEquality(start[v], readyUnits[v]).onlyEnforceIf(waits[v].not());
                model.addImplication(waits[v], x[v]);
            } else {
                readyUnits[v] = rank(ranks, o.readyMin());
                sizeUnits[v] = rank(ranks, o.endMin()) - readyUnits[v];
                start[v] = model.newConstant(readyUnits[v]);
            }
            if (sizeUnits[v] > 0) { // a zero-length charge occupies nothing
                IntervalVar iv = model.newOptionalFixedSizeIntervalVar(start[v], sizeUnits[v], x[v], "i" + v);
                byPoint.computeIfAbsent(ScheduleConflicts.pointKey(o), k -> new ArrayList<>()).add(iv);
            }
        }
        for (int e = 0; e < in.emvs().size(); e++) {
            int emv = e;
            model.addExactlyOne(opts.stream().filter(o -> o.emv() == emv).map(o -> (Literal) x[o.index()])
                    .toList()); // eq. (1): exactly one instance per EMV
        }
        for (Map.Entry<Long, List<IntervalVar>> pt : byPoint.entrySet()) {
            if (p.model() == ChargingPointModel.CHARGER) {
                model.addNoOverlap(pt.getValue());
            } else {
                int station = (int) (pt.getKey() / 1000);
                CumulativeConstraint c = model.addCumulative(in.stations().get(station).capacity());
                for (IntervalVar iv : pt.getValue()) {
                    c.addDemand(iv, 1);
                }
            }
        }
        if (p.model() == ChargingPointModel.STATION && p.stationRule() == StationRule.PAPER_PAIRWISE && !waiting) {
            paperPairwise(in, opts, x, model);
        }
        boolean optimises = objective(in, opts, x, wait, waits, model);
        return run(in, opts, x, start, readyUnits, model, optimises, ctx);
    }

    /** The paper's station rule on fixed intervals: a chosen option overlaps at most b_j − 1 chosen others. */
    private static void paperPairwise(MotorwayInstance in, List<EmvOption> opts, BoolVar[] x, CpModel model) {
        for (EmvOption o : opts) {
            List<Literal> others = new ArrayList<>();
            for (EmvOption w : opts) {
                if (w.emv() != o.emv() && w.station() == o.station()
                        && Intervals.overlap(o.readyMin(), o.endMin(), w.readyMin(), w.endMin())) {
                    others.add(x[w.index()]);
                }
            }
            int allowed = in.stations().get(o.station()).capacity() - 1;
            if (others.size() > allowed) {
                model.addLessOrEqual(LinearExpr.sum(others.toArray(new Literal[0])), allowed)
                        .onlyEnforceIf(x[o.index()]);
            }
        }
    }

    /** Sets the objective; false when there is none (feasibility, or a waiting objective without waiting). */
    private static boolean objective(MotorwayInstance in, List<EmvOption> opts, BoolVar[] x, IntVar[] wait,
                                     BoolVar[] waits, CpModel model) {
        Objective obj = in.parameters().objective();
        boolean waiting = in.parameters().allowWaiting();
        LinearExprBuilder b = LinearExpr.newBuilder();
        boolean any = false;
        for (EmvOption o : opts) {
            int v = o.index();
            double arrival = in.emvs().get(o.emv()).arrivalMin();
            switch (obj) {
                case TRIP_TIME -> {
                    b.addTerm(x[v], Math.round(o.tripMin(arrival, 0) * UNITS_PER_MIN));
                    if (waiting) {
                        b.addTerm(wait[v], 1);
                    }
                    any = true;
                }
                case ENERGY -> {
                    b.addTerm(x[v], Math.round(o.tripEnergyKWh() * UNITS_PER_KWH));
                    any = true;
                }
                case WAITING_TIME -> {
                    if (waiting) {
                        b.addTerm(wait[v], 1);
                        any = true;
                    }
                }
                case WAITING_EMVS -> {
                    if (waiting) {
                        b.addTerm(waits[v], 1);
                        any = true;
                    }
                }
                default -> { }
            }
        }
        if (any) {
            model.minimize(b);
        }
        return any;
    }

    /** Model units per unit of the objective ({@link #UNITS_PER_MIN} per minute, {@link #UNITS_PER_KWH} per kWh). */
    private static double unitsOf(Objective o) {
        return switch (o) {
            case TRIP_TIME, WAITING_TIME -> UNITS_PER_MIN;
            case ENERGY -> UNITS_PER_KWH;
            default -> 1;
        };
    }

    private static String unitName(Objective o) {
        return switch (o) {
            case TRIP_TIME, WAITING_TIME -> "min";
            case ENERGY -> "kWh";
            default -> "EMVs";
        };
    }

    /** CP-SAT's value, bound and gap of the objective, in its unit. */
    private static MotorwaySchedule.CpSatObjective objectiveReport(Objective o, CpSolver solver) {
        double units = unitsOf(o);
        double value = solver.objectiveValue() / units;
        double bound = Math.min(value, solver.bestObjectiveBound() / units);
        double gap = value == bound ? 0 : (value - bound) / Math.max(Math.abs(value), 1e-9);
        return new MotorwaySchedule.CpSatObjective(o.name().toLowerCase(java.util.Locale.ROOT), unitName(o), value,
                bound, gap);
    }

    private MotorwaySchedule run(MotorwayInstance in, List<EmvOption> opts, BoolVar[] x, IntVar[] start,
                                 long[] readyUnits, CpModel model, boolean optimises, RunContext ctx) {
        CpSolver solver = OrTools.cpSat(ctx, params.workers(), Double.POSITIVE_INFINITY);
        ctx.progress(Double.NaN, "CP-SAT: " + opts.size() + " options, " + in.emvs().size() + " EMVs");
        Objective objective = in.parameters().objective();
        // the live incumbent and bound in the objective's own unit (minutes, kWh, EMVs)
        CpSolverStatus status = OrTools.solve(solver, model, null, new OrTools.ObjectiveUnits(unitsOf(objective),
                0), ctx);
        if (Double.isFinite(ctx.secondsLeft())) {
            ctx.isTimeUp();
        }
        // A cancel ends the search like the time limit: CP-SAT's incumbent is the schedule, checked as any other.
        switch (status) {
            case INFEASIBLE:
                return MotorwaySchedule.provedInfeasible();
            case UNKNOWN:
                ctx.checkCancelled(); // cancelled before a first schedule: no solution, a plain cancel
                return new MotorwaySchedule(List.of(), MotorwaySchedule.Status.NO_SOLUTION, -1);
            case MODEL_INVALID:
                throw new IllegalStateException("CP-SAT rejected the model: " + model.validate());
            default:
                break;
        }
        List<Job> jobs = new ArrayList<>();
        List<long[]> chosen = new ArrayList<>(); // {option, start units}
        for (EmvOption o : opts) {
            if (solver.booleanValue(x[o.index()])) {
                chosen.add(new long[] {o.index(), solver.value(start[o.index()])});
            }
        }
        chosen.sort(java.util.Comparator.comparingLong((long[] c) -> c[1]).thenComparingLong(c -> c[0]));
        for (long[] c : chosen) {
            EmvOption o = opts.get((int) c[0]);
            if (!in.parameters().allowWaiting()) {
                jobs.add(new Job(o, o.readyMin()));
            } else {
                double t = c[1] == readyUnits[o.index()] ? o.readyMin()
                        : Math.max(o.readyMin(), (double) c[1] / UNITS_PER_MIN);
                jobs.add(settle(in, jobs, o, t));
            }
        }
        MotorwaySchedule.CpSatObjective report = optimises ? objectiveReport(objective, solver) : null;
        ctx.progress(1, "CP-SAT: " + status.name().toLowerCase() + (report == null ? "" : String.format(
                java.util.Locale.ROOT, ", %s %.6g %s, bound %.6g, gap %.3g %%", report.objective(), report.value(),
                report.unit(), report.bound(), 100 * report.relativeGap())));
        return new MotorwaySchedule(ScheduleConflicts.toAssignments(in, jobs),
                status == CpSolverStatus.OPTIMAL ? MotorwaySchedule.Status.OPTIMAL : MotorwaySchedule.Status.FEASIBLE,
                ScheduleConflicts.totalConflicts(in, jobs), null, report);
    }

    /**
     * Places a job at real time {@code t} or, when the whole-tick clock hid an overlap of a fraction of a tick, just
     * after the job it would overlap (jobs are placed in the solver's start order, so the shift is at most a tick).
     */
    private static Job settle(MotorwayInstance in, List<Job> placed, EmvOption o, double t) {
        long key = ScheduleConflicts.pointKey(o);
        List<Job> same = placed.stream().filter(j -> ScheduleConflicts.pointKey(j.option()) == key).toList();
        int cap = in.stations().get(o.station()).capacity();
        int before = ScheduleConflicts.conflictsAtPoint(same, cap, in.parameters());
        for (int guard = 0; guard <= same.size(); guard++) {
            List<Job> with = new ArrayList<>(same);
            Job j = new Job(o, t);
            with.add(j);
            if (ScheduleConflicts.conflictsAtPoint(with, cap, in.parameters()) == before) {
                return j;
            }
            double time = t;
            t = same.stream().mapToDouble(Job::endMin).filter(e -> e > time).min().orElse(t);
        }
        return new Job(o, t);
    }

    /**
     * The distinct end points of all fixed intervals, sorted; points closer than {@link Intervals#EPS_MIN} are one
     * point, so that touching intervals do not overlap in CP-SAT either.
     */
    private static double[] ranks(List<EmvOption> opts) {
        double[] all = new double[opts.size() * 2];
        for (EmvOption o : opts) {
            all[2 * o.index()] = o.readyMin();
            all[2 * o.index() + 1] = o.endMin();
        }
        Arrays.sort(all);
        double[] out = new double[all.length];
        int n = 0;
        for (double v : all) {
            if (n == 0 || v - out[n - 1] > Intervals.EPS_MIN) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The rank of {@code v}: the last point at or below v + eps. */
    private static long rank(double[] points, double v) {
        int i = Arrays.binarySearch(points, v + Intervals.EPS_MIN);
        return i >= 0 ? i : -i - 2;
    }
}
