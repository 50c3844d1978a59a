package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evwb.core.project.Project;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwayQuboTerms.Kind;
import org.evwb.core.study.motorway.MotorwayQuboTerms.Term;
import org.junit.jupiter.api.Test;

/**
 * Energies of the penalty model by brute force over every bit string: energy 0 exactly when the bits choose one
 * option per EMV and the checker accepts the resulting schedule.
 */
class MotorwayQuboTermsTest {

    private final MotorwayChecker checker = new MotorwayChecker();

    @Test
    void gcmTermsHaveLabelsConstraintsAndOrderTwo() {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwayQuboTerms q = MotorwayQuboTerms.gcm(in);
        assertEquals(in.chargerOptions().size(), q.variableCount());
        assertEquals(2, q.maxOrder());
        assertEquals("EMV E2, mode 2 (120 km/h), station S2 / charger 1", q.labels().get(6));
        assertEquals(2.0, q.offset()); // A per EMV
        long conflicts = q.terms().stream().filter(t -> t.kind() == Kind.CONFLICT).count();
        assertEquals(ConflictMatrix.gcm(in).timeConflictPairs(), conflicts);
        assertTrue(q.terms().stream().anyMatch(t -> t.constraint().equals("one-hot EMV E1")));
        assertTrue(q.terms().stream().anyMatch(t -> t.constraint().equals("conflict S2 / charger 1")));
    }

    @Test
    void gcmEnergyZeroIffOneHotAndConflictFreeOnTinyCases() {
        SplittableRandom rnd = new SplittableRandom(7);
        int cases = 0;
        for (int trial = 0; trial < 40; trial++) {
            // Shift E2's entry time so that the conflicts change from case to case.
            Project p = TinyProjects.base().build("t", "M");
            Project shifted = withArrival(p, "E2", rnd.nextDouble(0, 60));
            double a = 0.5 + rnd.nextDouble(3);
            double b = 0.5 + rnd.nextDouble(3);
            MotorwayParameters params = new MotorwayParameters(null, 0, ChargingPointModel.CHARGER,
                    MotorwayParameters.StationRule.EXACT_CAPACITY, a, b, false, MotorwayParameters.Objective.FEASIBILITY);
            bruteForce(TinyProjects.instance(shifted, params), MotorwayQuboTerms.gcm(
                    TinyProjects.instance(shifted, params)));
            cases++;
        }
        assertEquals(40, cases);
    }

    @Test
    void scmHigherOrderEnergyZeroIffExactCapacityHolds() {
        MotorwayParameters params = MotorwayParameters.DEFAULT.withModel(ChargingPointModel.STATION);
        MotorwayInstance fig7 = TinyProjects.instance(MotorwaySamples.fig7(), params);
        MotorwayQuboTerms q = MotorwayQuboTerms.scm(fig7, MotorwayQuboTerms.DEFAULT_MAX_SETS);
        assertEquals(0, q.terms().stream().filter(t -> t.kind() == Kind.STATION_CAPACITY).count());
        assertEquals(1, bruteForce(fig7, q)); // the Fig. 7 schedule is the only choice and it is feasible
        // Crowd the station: all four EMVs enter at 0, so every triple overlaps.
        Project crowded = MotorwaySamples.fig7();
        for (String id : List.of("C", "D")) {
            crowded = withArrival(crowded, id, 0);
        }
        MotorwayInstance c = TinyProjects.instance(crowded, params);
        MotorwayQuboTerms qc = MotorwayQuboTerms.scm(c, MotorwayQuboTerms.DEFAULT_MAX_SETS);
        assertEquals(4, qc.terms().stream().filter(t -> t.kind() == Kind.STATION_CAPACITY).count()); // C(4,3)
        assertEquals(3, qc.maxOrder());
        assertEquals(0, bruteForce(c, qc)); // four EMVs at once on two chargers: no zero-energy state
    }

    private int bruteForce(MotorwayInstance in, MotorwayQuboTerms q) {
        int n = q.variableCount();
        assertTrue(n <= 16, "tiny cases only, n = " + n);
        int zeros = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            boolean[] x = new boolean[n];
            for (int v = 0; v < n; v++) {
                x[v] = (mask >> v & 1) == 1;
            }
            double e = q.energy(x);
            assertTrue(e >= -1e-9, "energy is a sum of non-negative penalties");
            assertEquals(expected(in, q, x), e, 1e-9);
            boolean oneHot = oneHot(in, q, x);
            boolean feasible = oneHot && checker.check(in, schedule(in, q, x)).isEmpty();
            assertEquals(feasible, Math.abs(e) < 1e-9, () -> "mask " + java.util.Arrays.toString(x));
            assertEquals(feasible, q.brokenConstraints(x).isEmpty());
            zeros += feasible ? 1 : 0;
        }
        return zeros;
    }

    /** A·Σ(1 − Σx)² + B·(number of fully selected conflict / capacity terms), computed directly. */
    private static double expected(MotorwayInstance in, MotorwayQuboTerms q, boolean[] x) {
        double e = 0;
        for (int emv = 0; emv < in.emvs().size(); emv++) {
            int c = 0;
            for (int v = 0; v < x.length; v++) {
                c += x[v] && q.variables().get(v).emv() == emv ? 1 : 0;
            }
            e += in.parameters().weightA() * (1 - c) * (1 - c);
        }
        for (Term t : q.terms()) {
            if (t.kind() != Kind.ONE_HOT && java.util.Arrays.stream(t.vars()).allMatch(v -> x[v])) {
                e += in.parameters().weightB();
            }
        }
        return e;
    }

    private static boolean oneHot(MotorwayInstance in, MotorwayQuboTerms q, boolean[] x) {
        int[] c = new int[in.emvs().size()];
        for (int v = 0; v < x.length; v++) {
            c[q.variables().get(v).emv()] += x[v] ? 1 : 0;
        }
        return java.util.Arrays.stream(c).allMatch(k -> k == 1);
    }

    static MotorwaySchedule schedule(MotorwayInstance in, MotorwayQuboTerms q, boolean[] x) {
        List<ScheduleConflicts.Job> jobs = new ArrayList<>();
        for (int v = 0; v < x.length; v++) {
            if (x[v]) {
                EmvOption o = q.variables().get(v);
                jobs.add(new ScheduleConflicts.Job(o, o.readyMin()));
            }
        }
        return new MotorwaySchedule(ScheduleConflicts.toAssignments(in, jobs), MotorwaySchedule.Status.HEURISTIC,
                -1);
    }

    static Project withArrival(Project p, String vehicleId, double arrivalMin) {
        var v = p.find(org.evwb.core.project.Vehicle.class, vehicleId).orElseThrow();
        var t = v.trip();
        var nv = new org.evwb.core.project.Vehicle(v.id(), v.name(), v.typeId(), v.position(), v.socKWh(),
                v.speedKmh(), v.targetSocKWh(), new org.evwb.core.project.MotorwayTrip(t.motorwayId(),
                t.entryNodeId(), t.exitNodeId(), arrivalMin));
        return p.replace(v.ref(), nv);
    }

    @Test
    void brokenConstraintsNamesTheViolations() {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwayQuboTerms q = MotorwayQuboTerms.gcm(in);
        boolean[] none = new boolean[q.variableCount()];
        assertEquals(java.util.Map.of("one-hot EMV E1", 1.0, "one-hot EMV E2", 1.0), q.brokenConstraints(none));
        assertFalse(q.brokenConstraints(none).containsKey("conflict S2 / charger 1"));
    }
}
