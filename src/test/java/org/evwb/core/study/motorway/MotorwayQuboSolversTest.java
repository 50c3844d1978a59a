package org.evwb.core.study.motorway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.DrivingMode;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.Vehicle;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.qaoa.StateVector;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.ExactSampler;
import org.evwb.core.qubo.sampler.RandomSampler;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.motorway.MotorwayInstance.EmvOption;
import org.evwb.core.study.motorway.MotorwayParameters.ChargingPointModel;
import org.evwb.core.study.motorway.MotorwaySchedule.Assignment;
import org.junit.jupiter.api.Test;

/**
 * The QUBO-based solvers of the study (anneal, tabu, exact, random, qaoa): every schedule goes through the checker,
 * exact is compared with cpsat, QAOA's feasible-state probability with a brute-force sum over basis states.
 */
class MotorwayQuboSolversTest {

    private final MotorwayGenerator gen = new MotorwayGenerator();
    private final MotorwayStudy study = new MotorwayStudy();
    private final MotorwayChecker checker = new MotorwayChecker();

    private MotorwaySchedule run(String solver, Record params, MotorwayInstance in, long seed) {
        var spec = study.solver(solver).orElseThrow();
        return spec.create(params == null ? spec.defaults() : params).solve(in,
                new RunContext(seed, Duration.ofSeconds(60), RunListener.NONE));
    }

    private static long conflicts(List<Violation> v) {
        return v.stream().filter(x -> MotorwayChecker.CONFLICT_KINDS.contains(x.constraint())).count();
    }

    /** Small generated instances; every other one crowded (all arrivals moved together) so that some are infeasible. */
    private List<Project> smallInstances(int count, int emvs) {
        List<Project> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(11);
        for (long seed = 1; out.size() < count; seed++) {
            var p = MotorwayGenerator.Parameters.DEFAULT.withSizes(emvs, 1 + (int) (seed % 2), 4, 2)
                    .withCrowding(0.8, 20);
            Project proj = gen.generate(p, seed).project();
            if (seed % 2 == 0) {
                for (Vehicle v : proj.fleet().vehicles()) {
                    proj = MotorwayQuboTermsTest.withArrival(proj, v.id(), r.nextDouble(0, 3));
                }
            }
            out.add(proj);
        }
        return out;
    }

    @Test
    void exactGroundEnergyIsZeroIffCpsatFindsAConflictFreeSchedule() {
        int feasible = 0;
        int infeasible = 0;
        for (Project p : smallInstances(10, 3)) {
            MotorwayInstance in = TinyProjects.instance(p, MotorwayParameters.DEFAULT);
            MotorwaySchedule exact = run("exact", null, in, 1);
            MotorwaySchedule cpsat = run("cpsat", null, in, 1);
            boolean cpsatFeasible = cpsat.status() == MotorwaySchedule.Status.OPTIMAL;
            assertTrue(cpsatFeasible || cpsat.status() == MotorwaySchedule.Status.PROVED_INFEASIBLE);
            double ground = exact.quboStats().bestEnergy();
            assertEquals(cpsatFeasible, Math.abs(ground) < 1e-9, "ground energy " + ground + " vs cpsat "
                    + cpsat.status());
            List<Violation> v = checker.check(in, exact);
            assertEquals(cpsatFeasible, v.isEmpty(), "exact's ground state is conflict-free iff one exists: " + v);
            assertEquals(exact.reportedConflicts(), conflicts(v));
            if (cpsatFeasible) {
                feasible++;
            } else {
                infeasible++;
                assertFalse(exact.quboStats().brokenConstraints().isEmpty(), "names what the ground state breaks");
            }
        }
        assertTrue(feasible > 0 && infeasible > 0, "both kinds tested: " + feasible + " / " + infeasible);
    }

    @Test
    void reducedExactAgreesWithTheEngineOnSmallQubos() {
        int compared = 0;
        for (Project p : smallInstances(8, 3)) {
            MotorwayInstance in = TinyProjects.instance(p, MotorwayParameters.DEFAULT);
            MotorwayQuboTerms t = MotorwayQuboTerms.gcm(in);
            Qubo q = MotorwayQubo.quadratic(t);
            if (q.numVariables() > 22) {
                continue;
            }
            double engine = new ExactSampler(ExactSampler.Parameters.DEFAULT).solve(q, RunContext.of(1))
                    .bestEnergy();
            var reduced = new AtMostOneExact(t).solve(q, RunContext.of(1));
            assertEquals(engine, reduced.bestEnergy(), 1e-9);
            for (var s : reduced.samples()) {
                assertEquals(engine, q.energy(s.state()), 1e-9, "every returned state is a ground state");
            }
            compared++;
        }
        assertTrue(compared >= 3, "compared " + compared);
    }

    @Test
    void quboEnergyMatchesThePenaltyModelAndNamesBrokenConstraints() {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwayQuboTerms t = MotorwayQuboTerms.gcm(in);
        Qubo q = MotorwayQubo.quadratic(t);
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 200; k++) {
            byte[] x = new byte[q.numVariables()];
            boolean[] b = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                b[i] = r.nextBoolean();
                x[i] = (byte) (b[i] ? 1 : 0);
            }
            assertEquals(t.energy(b), q.energy(x), 1e-9);
            assertEquals(t.brokenConstraints(b).keySet(), q.decode(x).brokenConstraints().stream()
                    .map(c -> c.constraint()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void annealFindsConflictFreeSchedulesOnFeasibleInstances() {
        int tested = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Project p = gen.generate(MotorwayGenerator.Parameters.DEFAULT.withSizes(5, 2, 5, 3), seed).project();
            for (ChargingPointModel m : ChargingPointModel.values()) {
                MotorwayInstance in = TinyProjects.instance(p, MotorwayParameters.DEFAULT.withModel(m));
                MotorwaySchedule s = run("anneal", new AnnealSampler.Parameters(200, 1000, 0, 0, 0, false), in,
                        seed);
                assertEquals(List.of(), checker.check(in, s), "seed " + seed + " " + m);
                assertEquals(0, s.reportedConflicts());
                QuboRunStats st = s.quboStats();
                assertEquals(0.0, st.bestEnergy(), 1e-9);
                assertEquals(200, st.reads());
                assertEquals(200, st.readsByUnresolved().stream().mapToLong(QuboRunStats.UnresolvedCount::reads)
                        .sum());
                assertTrue(st.feasibleReads() > 0);
                assertEquals(in.chargerOptions().size(), st.variables());
                tested++;
            }
        }
        assertEquals(12, tested);
    }

    @Test
    void tabuSchedulesGoThroughTheChecker() {
        Project p = gen.generate(MotorwayGenerator.Parameters.DEFAULT.withSizes(6, 2, 5, 3), 4).project();
        MotorwayInstance in = TinyProjects.instance(p, MotorwayParameters.DEFAULT);
        MotorwaySchedule s = run("tabu", null, in, 2);
        assertEquals(s.reportedConflicts(), conflicts(checker.check(in, s)));
        assertEquals(s.quboStats().bestEnergy() == 0, checker.check(in, s).isEmpty());
    }

    @Test
    void randomReportsItsConflictsTruthfully() {
        int withConflicts = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Project p = gen.generate(MotorwayGenerator.Parameters.DEFAULT.withSizes(8, 2, 6, 3), seed).project();
            MotorwayInstance in = TinyProjects.instance(p, MotorwayParameters.DEFAULT);
            MotorwaySchedule s = run("random", new RandomSampler.Parameters(300), in, seed);
            List<Violation> v = checker.check(in, s);
            assertEquals(s.reportedConflicts(), conflicts(v), "seed " + seed + ": " + v);
            assertEquals(300, s.quboStats().reads());
            // the histogram agrees with a recount of the best read when the best read is one-hot
            if (s.quboStats().brokenConstraints().stream().noneMatch(c -> c.startsWith("one-hot"))) {
                assertEquals(s.quboStats().bestEnergy() == 0, v.isEmpty());
            }
            withConflicts += v.isEmpty() ? 0 : 1;
            assertEquals(study.objectives(in, s).get("conflicts"), (double) conflicts(v));
        }
        assertTrue(withConflicts > 0, "random leaves conflicts on these instances");
    }

    @Test
    void aSampleThatIsNotOneHotStillGivesASchedule() {
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwayQuboTerms t = MotorwayQuboTerms.gcm(in);
        QuboDecoding d = new QuboDecoding(in, t);
        byte[] all = new byte[t.variableCount()];
        java.util.Arrays.fill(all, (byte) 1);
        MotorwaySchedule s = d.schedule(all);
        assertEquals(2, s.assignments().size(), "first chosen option per EMV");
        assertEquals(2, d.read(all).oneHotBroken());
        MotorwaySchedule none = d.schedule(new byte[t.variableCount()]);
        assertTrue(none.assignments().isEmpty());
        List<Violation> v = checker.check(in, none);
        assertEquals(2, v.stream().filter(x -> x.constraint().equals("assignment-count")).count());
        // the first option of each EMV in variable order is what the schedule holds
        EmvOption first = t.variables().get(0);
        assertEquals(first.mode(), s.assignments().get(0).mode());
        assertEquals(in.stations().get(first.station()).id(), s.assignments().get(0).stationId());
    }

    @Test
    void statisticsRoundTripThroughTheResultJson() throws Exception {
        ObjectMapper mapper = Json.newMapper();
        MotorwayInstance in = TinyProjects.instance(TinyProjects.project(), MotorwayParameters.DEFAULT);
        MotorwaySchedule s = run("random", new RandomSampler.Parameters(50), in, 1);
        JsonNode json = study.solutionToJson(in, s, mapper);
        assertEquals(50, json.path("qubo").path("reads").asLong());
        assertTrue(json.path("qubo").path("readsByUnresolved").isArray());
        MotorwaySchedule back = study.solutionFromJson(in, mapper.readTree(mapper.writeValueAsString(json)), mapper);
        assertEquals(s.quboStats(), back.quboStats());
        assertEquals(s.assignments(), back.assignments());
    }

    // ---------------------------------------------------------------- qaoa

    /**
     * One station with two chargers at km 20; four EMVs, two modes each, close enough that some mode choices put three
     * at the station at once: 8 qubits.
     */
    static Project crowdedStation() {
        List<DrivingMode> modes = List.of(new DrivingMode(60, 120), new DrivingMode(100, 150));
        return new MotorwayProjectBuilder("M", new GeoPoint(19, 50))
                .node("A", "A", 0).node("B", "B", 60)
                .station("S1", "S1", 20, 50, 50)
                .type("T", "T", 20, modes)
                .vehicle("E1", "T", "A", "B", 0, 10)
                .vehicle("E2", "T", "A", "B", 3, 9)
                .vehicle("E3", "T", "A", "B", 20, 12)
                .vehicle("E4", "T", "A", "B", 25, 8)
                .build("crowded station", "M");
    }

    @Test
    void qaoaProbabilitiesSumToOneAndTheFeasibleShareMatchesBruteForce() {
        MotorwayInstance in = TinyProjects.instance(crowdedStation(),
                MotorwayParameters.DEFAULT.withModel(ChargingPointModel.STATION));
        int n = in.stationOptions().size();
        assertTrue(n <= 10, n + " qubits");
        MotorwayQuboTerms t = MotorwayQuboTerms.scm(in, MotorwayQuboTerms.DEFAULT_MAX_SETS);
        assertTrue(t.maxOrder() == 3, "higher-order station terms present");
        for (int layers = 1; layers <= 2; layers++) {
            MotorwaySchedule s = run("qaoa", new QaoaSimulator.Parameters(layers, 500, 60, 26), in, 3);
            QuboRunStats.Qaoa q = s.quboStats().qaoa();
            double sum = q.levels().stream().mapToDouble(QuboRunStats.EnergyLevel::probability).sum();
            assertEquals(1.0, sum, 1e-9);
            // brute force: evolve with the reported angles, judge every basis state with the checker
            double[] diag = new double[1 << n];
            for (int z = 0; z < diag.length; z++) {
                diag[z] = t.energy(bits(z, n));
            }
            double[] g = q.gammas().stream().mapToDouble(Double::doubleValue).toArray();
            double[] b = q.betas().stream().mapToDouble(Double::doubleValue).toArray();
            StateVector psi = QaoaSimulator.evolve(diag, n, g, b);
            double feasible = 0;
            int feasibleStates = 0;
            for (int z = 0; z < diag.length; z++) {
                if (feasibleByChecker(in, t, bits(z, n))) {
                    feasible += psi.probability(z);
                    feasibleStates++;
                }
            }
            assertTrue(feasibleStates > 0 && feasibleStates < 1 << n);
            assertEquals(feasible, q.probabilityFeasible(), 1e-9, "p = " + layers);
            assertEquals(s.reportedConflicts(), conflicts(checker.check(in, s)));
            assertEquals(500, s.quboStats().reads());
            assertEquals(n, s.quboStats().variables());
        }
    }

    @Test
    void qaoaRefusesInstancesOverTheQubitLimit() {
        MotorwayInstance in = TinyProjects.instance(crowdedStation(), MotorwayParameters.DEFAULT);
        var e = assertThrows(IllegalArgumentException.class,
                () -> run("qaoa", new QaoaSimulator.Parameters(1, 10, 5, 6), in, 1));
        assertTrue(e.getMessage().contains("limit is 6 qubits"), e.getMessage());
    }

    @Test
    void qaoaScheduleUnderModelOneGetsChargersAndPassesTheChecker() {
        MotorwayInstance in = TinyProjects.instance(crowdedStation(), MotorwayParameters.DEFAULT);
        MotorwaySchedule s = run("qaoa", new QaoaSimulator.Parameters(2, 2000, 80, 26), in, 5);
        assertEquals(0.0, s.quboStats().bestEnergy(), 1e-9, "a feasible shot among 2000");
        assertTrue(s.assignments().stream().allMatch(a -> a.chargerId() != null));
        assertEquals(List.of(), checker.check(in, s));
    }

    private static boolean[] bits(int z, int n) {
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = (z >>> i & 1) != 0;
        }
        return x;
    }

    /** Feasible: exactly one option per EMV, and the checker (Model II, exact capacity) accepts the schedule. */
    private boolean feasibleByChecker(MotorwayInstance in, MotorwayQuboTerms t, boolean[] x) {
        Map<Integer, EmvOption> chosen = new java.util.HashMap<>();
        for (int v = 0; v < x.length; v++) {
            if (x[v] && chosen.put(t.variables().get(v).emv(), t.variables().get(v)) != null) {
                return false;
            }
        }
        if (chosen.size() != in.emvs().size()) {
            return false;
        }
        List<Assignment> a = new ArrayList<>();
        for (EmvOption o : chosen.values()) {
            a.add(new Assignment(in.emvs().get(o.emv()).vehicleId(), o.mode(), in.stations().get(o.station()).id(),
                    null, o.readyMin(), o.endMin()));
        }
        return checker.check(in, new MotorwaySchedule(a, MotorwaySchedule.Status.HEURISTIC, 0)).isEmpty();
    }
}
