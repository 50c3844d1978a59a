package org.evwb.core.qubo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;

class SamplersAgreeTest {

    private final Samplers samplers = new Samplers();

    /**
     * 200 random QUBOs, n ≤ 20 (most small, every 25th at n = 20 to keep the run short): exact and cpsat agree on the
     * optimum, cpsat proves it, and anneal with 100 reads finds it. Half use integer coefficients (CP-SAT's proof
     * is then exact), half real ones (CP-SAT's floating objective; agreement to 1e-6).
     */
    @Test
    void exactCpSatAndAnnealAgreeOn200RandomQubos() {
        ExactSampler exact = new ExactSampler(new ExactSampler.Parameters(1));
        CpSatSampler cpsat = new CpSatSampler(new CpSatSampler.Parameters(20, 1));
        AnnealSampler anneal = new AnnealSampler(new AnnealSampler.Parameters(100, 1000, 0, 0, 0, false));
        for (int t = 0; t < 200; t++) {
            int n = t % 25 == 0 ? 20 : 2 + t % 11;
            boolean integer = t % 2 == 0;
            Qubo q = RandomQubos.random(n, 0.2 + (t % 5) * 0.15, integer, 1000 + t);
            SampleSet e = exact.solve(q, RunContext.of(t));
            SampleSet c = cpsat.solve(q, RunContext.of(t));
            SampleSet a = anneal.solve(q, RunContext.of(t));
            double tol = integer ? 1e-9 : 1e-6;
            assertEquals(e.bestEnergy(), c.bestEnergy(), tol, "cpsat, case " + t);
            SamplerInfo.CpSat info = (SamplerInfo.CpSat) c.info();
            assertTrue(info.optimal(), "cpsat proof, case " + t + ": " + info.status());
            assertEquals(integer, info.integerModel());
            assertTrue(info.bound() <= e.bestEnergy() + tol, "bound above optimum, case " + t);
            assertEquals(e.bestEnergy(), a.bestEnergy(), 1e-9, "anneal, case " + t);
        }
    }

    @Test
    void tabuFindsOptimumOnSmallCases() {
        TabuSampler tabu = new TabuSampler(new TabuSampler.Parameters(10, 0, 0, 0));
        for (int t = 0; t < 30; t++) {
            int n = 3 + t % 16;
            Qubo q = RandomQubos.random(n, 0.4, t % 2 == 0, 2000 + t);
            SampleSet s = tabu.solve(q, RunContext.of(t));
            assertEquals(RandomQubos.bruteForceMin(q), s.bestEnergy(), 1e-9, "case " + t);
            SamplerInfo.Tabu info = (SamplerInfo.Tabu) s.info();
            assertEquals(Math.min(20, n / 4), info.tenure());
            assertEquals(10, info.restarts());
        }
    }

    @Test
    void tabuStopsAtItsTimeLimit() {
        Qubo q = RandomQubos.random(400, 0.05, true, 1);
        long t0 = System.nanoTime();
        SampleSet s = new TabuSampler(new TabuSampler.Parameters(1_000_000, 1_000_000_000L, 0, 0.3))
                .solve(q, RunContext.of(1));
        assertTrue(((SamplerInfo.Tabu) s.info()).stoppedEarly());
        assertTrue(s.totalOccurrences() >= 1);
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "stopped long after the time limit");
    }

    @Test
    void randomSamplerDrawsTheRequestedReadsWithExactEnergies() {
        Qubo q = RandomQubos.random(8, 0.5, true, 3);
        SampleSet s = new RandomSampler(new RandomSampler.Parameters(500)).solve(q, RunContext.of(4));
        assertEquals(500, s.totalOccurrences());
        for (int k = 1; k < s.samples().size(); k++) {
            assertTrue(s.samples().get(k - 1).energy() <= s.samples().get(k).energy());
        }
        for (Sample x : s.samples()) {
            assertEquals(q.energy(x.state()), x.energy(), 0.0);
        }
    }

    @Test
    void registryBuildsEverySamplerFromOverriddenParameters() {
        assertEquals(java.util.List.of("anneal", "tabu", "exact", "cpsat", "qaoa", "random"), samplers.ids());
        var spec = samplers.byId("anneal").orElseThrow();
        Record p = spec.withOverrides(Map.of("reads", 5, "sweeps", 50));
        SampleSet s = spec.create(p).solve(RandomQubos.random(6, 0.5, true, 1), RunContext.of(1));
        assertEquals(5, s.totalOccurrences());
        assertThrows(IllegalArgumentException.class,
                () -> spec.withOverrides(Map.of("nope", 1)));
    }
}
