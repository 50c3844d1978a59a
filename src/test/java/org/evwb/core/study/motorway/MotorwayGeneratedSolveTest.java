package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayGenerator.Parameters;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayParameters.Objective;
import org.junit.jupiter.api.Test;

/** cpsat and greedy on generated instances, against the checker and an exhaustive search written here. */
class MotorwayGeneratedSolveTest {

    private final MotorwayGenerator gen = new MotorwayGenerator();
    private final MotorwayStudy study = new MotorwayStudy();

    private MotorwaySchedule run(String solver, MotorwayInstance in) {
        var spec = study.solver(solver).orElseThrow();
        return spec.create(spec.defaults()).solve(in, new RunContext(5, Duration.ofSeconds(60), RunListener.NONE));
    }

    private MotorwayInstance build(Project p, MotorwayParameters params) {
        return TinyProjects.instance(p, params);
    }

    @Test
    void cpsatFindsACheckedScheduleOnGeneratedInstances() {
        for (long seed = 1; seed <= 12; seed++) {
            var g = gen.generate(MotorwayGeneratorTest.paperRange(seed), seed);
            for (ChargingPointModel m : ChargingPointModel.values()) {
                MotorwayInstance in = build(g.project(), MotorwayParameters.DEFAULT.withModel(m));
                MotorwaySchedule s = run("cpsat", in);
                assertTrue(s.status() == MotorwaySchedule.Status.OPTIMAL, "seed " + seed + " " + m);
                assertEquals(List.of(), study.checker().check(in, s), "seed " + seed + " " + m);
            }
        }
    }

    @Test
    void minimumEnergyIsTheLowestSpeedScheduleAndMinimumTripTimeBeatsIt() {
        for (long seed = 1; seed <= 6; seed++) {
            var g = gen.generate(Parameters.DEFAULT.withSizes(8, 3, 8, 6), seed);
            MotorwayInstance base = build(g.project(), MotorwayParameters.DEFAULT);
            Map<String, Double> witness = study.objectives(base, g.witness());
            MotorwayInstance energy = base.with(base.parameters().withWaiting(false, Objective.ENERGY));
            MotorwaySchedule se = run("cpsat", energy);
            assertEquals(List.of(), study.checker().check(energy, se));
            // consumption rises with speed, so the lowest speed is each EMV's cheapest mode: the witness is optimal
            assertEquals(witness.get("totalEnergyKWh"), study.objectives(energy, se).get("totalEnergyKWh"), 1e-3);
            MotorwayInstance trip = base.with(base.parameters().withWaiting(false, Objective.TRIP_TIME));
            MotorwaySchedule st = run("cpsat", trip);
            assertEquals(List.of(), study.checker().check(trip, st));
            assertTrue(study.objectives(trip, st).get("totalTripMin") <= witness.get("totalTripMin") + 1e-3);
        }
    }

    /** Small generated instances with arrivals crowded afterwards, so that some have no conflict-free schedule. */
    private Project crowdedSmall(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Parameters p = new Parameters(60, 3 + r.nextInt(3), 1 + r.nextInt(2), 0, 1, 2, 50, 3 + r.nextInt(3), 3,
                60, 130, 10, 30, 80, 250, 0.5, 40, 0);
        Project project = gen.generate(p, seed).project();
        for (Vehicle v : project.fleet().vehicles()) {
            if (r.nextBoolean()) {
                project = MotorwayQuboTermsTest.withArrival(project, v.id(), Math.round(r.nextDouble() * 200) / 10.0);
            }
        }
        return project;
    }

    @Test
    void cpsatAndExhaustiveSearchAgreeOnFeasibilityOn100SmallInstances() {
        int feasible = 0;
        int infeasible = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Project p = crowdedSmall(seed);
            ChargingPointModel m = seed % 2 == 0 ? ChargingPointModel.CHARGER : ChargingPointModel.STATION;
            MotorwayInstance in = build(p, MotorwayParameters.DEFAULT.withModel(m));
            boolean brute = BruteForce.feasible(in);
            MotorwaySchedule s = run("cpsat", in);
            List<Violation> v = study.checker().check(in, s);
            if (brute) {
                assertEquals(MotorwaySchedule.Status.OPTIMAL, s.status(), "seed " + seed + " " + m);
                assertEquals(List.of(), v, "seed " + seed);
                feasible++;
            } else {
                assertEquals(MotorwaySchedule.Status.PROVED_INFEASIBLE, s.status(), "seed " + seed + " " + m);
                infeasible++;
            }
        }
        // the comparison only means something when both answers occur
        assertTrue(feasible >= 10 && infeasible >= 10, feasible + " feasible, " + infeasible + " infeasible");
    }

    @Test
    void greedyConflictCountEqualsTheCheckersAndItMakesNoOtherViolation() {
        int withConflicts = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Project p = seed <= 30 ? crowdedSmall(seed)
                    : gen.generate(MotorwayGeneratorTest.paperRange(seed), seed).project();
            for (ChargingPointModel m : ChargingPointModel.values()) {
                MotorwayInstance in = build(p, MotorwayParameters.DEFAULT.withModel(m));
                MotorwaySchedule g = run("greedy", in);
                List<Violation> v = study.checker().check(in, g);
                long conflicts = v.stream().filter(x -> MotorwayChecker.CONFLICT_KINDS.contains(x.constraint()))
                        .count();
                assertEquals(conflicts, v.size(), () -> "only conflicts expected: " + v);
                assertEquals(conflicts, g.reportedConflicts(), "seed " + seed + " " + m);
                withConflicts += conflicts > 0 ? 1 : 0;
            }
        }
        assertTrue(withConflicts > 0, "some greedy schedules should have conflicts");
    }

    @Test
    void withWaitingCpsatWaitsNoMoreThanGreedy() {
        for (long seed = 1; seed <= 10; seed++) {
            Project p = crowdedSmall(seed + 1000);
            for (Objective o : List.of(Objective.WAITING_TIME, Objective.WAITING_EMVS)) {
                MotorwayInstance in = build(p, MotorwayParameters.DEFAULT.withWaiting(true, o));
                MotorwaySchedule c = run("cpsat", in);
                MotorwaySchedule g = run("greedy", in);
                assertEquals(MotorwaySchedule.Status.OPTIMAL, c.status());
                assertEquals(List.of(), study.checker().check(in, c));
                assertEquals(List.of(), study.checker().check(in, g));
                Map<String, Double> oc = study.objectives(in, c);
                Map<String, Double> og = study.objectives(in, g);
                int n = in.emvs().size();
                // cpsat's clock ticks in 0.1 s and rounds durations up: allow that much per EMV and chain
                double tol = n * n / (double) CpSatSolver.UNITS_PER_MIN;
                if (o == Objective.WAITING_TIME) {
                    assertTrue(oc.get("totalWaitingMin") <= og.get("totalWaitingMin") + tol,
                            oc + " vs greedy " + og);
                } else {
                    assertTrue(oc.get("waitingEmvs") <= og.get("waitingEmvs"), oc + " vs greedy " + og);
                }
            }
        }
    }

    /** Exhaustive search over one option per EMV, pruning at the first conflict; written independently. */
    static final class BruteForce {
        private BruteForce() {
        }

        static boolean feasible(MotorwayInstance in) {
            List<List<EmvOption>> per = new ArrayList<>();
            for (int e = 0; e < in.emvs().size(); e++) {
                per.add(in.optionsOf(e));
            }
            return search(in, per, 0, new ArrayList<>());
        }

        private static boolean search(MotorwayInstance in, List<List<EmvOption>> per, int e, List<EmvOption> chosen) {
            if (e == per.size()) {
                return true;
            }
            for (EmvOption o : per.get(e)) {
                if (fits(in, chosen, o)) {
                    chosen.add(o);
                    if (search(in, per, e + 1, chosen)) {
                        return true;
                    }
                    chosen.remove(chosen.size() - 1);
                }
            }
            return false;
        }

        private static boolean overlap(EmvOption a, EmvOption b) {
            return Math.min(a.endMin(), b.endMin()) - Math.max(a.readyMin(), b.readyMin()) > 1e-9;
        }

        private static boolean fits(MotorwayInstance in, List<EmvOption> chosen, EmvOption o) {
            if (o.charger() >= 0) {
                return chosen.stream().noneMatch(c -> c.station() == o.station() && c.charger() == o.charger()
                        && overlap(c, o));
            }
            // Model II: at every start instant inside the new job, count jobs running; at most b_j.
            List<EmvOption> here = new ArrayList<>(chosen.stream().filter(c -> c.station() == o.station()).toList());
            here.add(o);
            int cap = in.stations().get(o.station()).capacity();
            for (EmvOption t : here) {
                double at = t.readyMin();
                long running = here.stream().filter(c -> c.readyMin() <= at && c.endMin() - at > 1e-9).count();
                if (running > cap && t.endMin() - at > 1e-9) {
                    return false;
                }
            }
            return true;
        }
    }
}
