package org.evwb.core.qubo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;

class ExactAndAnnealTest {

    @Test
    void exactFindsBruteForceMinimumAndHistogramCoversAllStates() {
        for (int t = 0; t < 20; t++) {
            int n = 1 + t % 14;
            Qubo q = RandomQubos.random(n, 0.5, t % 2 == 0, 100 + t);
            SampleSet s = new ExactSampler(ExactSampler.Parameters.DEFAULT).solve(q, RunContext.of(0));
            double min = RandomQubos.bruteForceMin(q);
            assertEquals(min, s.bestEnergy(), 1e-9);
            SamplerInfo.Exact info = (SamplerInfo.Exact) s.info();
            assertTrue(info.complete());
            assertEquals(1L << n, info.statesEnumerated());
            assertEquals(Math.pow(2, n), info.histogram().totalWeight(), 0.0);
            // every ground state reported has the minimum energy, and the count is right
            long expected = 0;
            for (long x = 0; x < 1L << n; x++) {
                expected += Math.abs(q.energy(x) - min) <= 1e-9 ? 1 : 0;
            }
            assertEquals(expected, info.groundStates());
            assertEquals(expected, s.samples().size());
            for (Sample g : s.samples()) {
                assertEquals(min, g.energy(), 1e-9);
            }
        }
    }

    /** Integer coefficients: the histogram has one entry per energy level with the exact count. */
    @Test
    void exactHistogramLevelsMatchDirectCount() {
        Qubo q = RandomQubos.random(10, 0.6, true, 5);
        SamplerInfo.Exact info = (SamplerInfo.Exact) new ExactSampler(new ExactSampler.Parameters(3))
                .solve(q, RunContext.of(0)).info();
        assertFalse(info.histogram().binned());
        double[] levels = info.histogram().energies();
        for (int k = 0; k < levels.length; k++) {
            long c = 0;
            for (long x = 0; x < 1024; x++) {
                c += q.energy(x) == levels[k] ? 1 : 0;
            }
            assertEquals(c, info.histogram().weights()[k], 0.0, "level " + levels[k]);
        }
        assertEquals(1024, info.histogram().totalWeight(), 0.0);
    }

    @Test
    void exactRefusesLargeProblems() {
        Qubo q = RandomQubos.random(31, 0.0, true, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExactSampler(ExactSampler.Parameters.DEFAULT).solve(q, RunContext.of(0)));
        assertTrue(e.getMessage().contains("31"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 30"), e.getMessage());
    }

    @Test
    void annealFindsOptimumOfSmallRandomQubos() {
        AnnealSampler anneal = new AnnealSampler(new AnnealSampler.Parameters(100, 1000, 0, 0, 0, false));
        for (int t = 0; t < 20; t++) {
            int n = 4 + t % 14;
            Qubo q = RandomQubos.random(n, 0.5, t % 2 == 1, 300 + t);
            double min = RandomQubos.bruteForceMin(q);
            SampleSet s = anneal.solve(q, RunContext.of(t));
            assertEquals(min, s.bestEnergy(), 1e-9, "case " + t);
            assertEquals(100, s.totalOccurrences());
            for (Sample x : s.samples()) {
                assertEquals(q.energy(x.state()), x.energy(), 0.0);
            }
        }
    }

    @Test
    void seededAnnealIsIdenticalWithOneAndFourThreads() {
        Qubo q = RandomQubos.random(60, 0.1, false, 9);
        SampleSet one = new AnnealSampler(new AnnealSampler.Parameters(16, 200, 0, 0, 1, false))
                .solve(q, RunContext.of(42));
        SampleSet four = new AnnealSampler(new AnnealSampler.Parameters(16, 200, 0, 0, 4, false))
                .solve(q, RunContext.of(42));
        assertEquals(one.samples(), four.samples());
        SampleSet other = new AnnealSampler(new AnnealSampler.Parameters(16, 200, 0, 0, 4, false))
                .solve(q, RunContext.of(43));
        assertFalse(one.samples().equals(other.samples()), "a different seed should give different reads");
    }

    @Test
    void traceStreamsOneEnergyPerSweepEndingAtTheReturnedState() {
        Qubo q = RandomQubos.random(30, 0.2, true, 2);
        List<RunEvent> events = new ArrayList<>();
        RunContext ctx = new RunContext(5, null, new RunListener() {
            @Override
            public void onEvent(RunEvent e) {
                events.add(e);
            }
        });
        SampleSet s = new AnnealSampler(new AnnealSampler.Parameters(1, 300, 0, 0, 1, true)).solve(q, ctx);
        List<RunEvent> trace = events.stream().filter(e -> e.series().equals("anneal energy")).toList();
        assertEquals(300, trace.size());
        assertEquals(s.bestEnergy(), trace.get(299).y(), 1e-9);
        // and the read itself, once: reads done and the best energy so far
        List<RunEvent> reads = events.stream().filter(e -> e.series().equals(ReadProgress.BEST_SERIES)).toList();
        assertEquals(List.of(new RunEvent(ReadProgress.BEST_SERIES, 1, s.bestEnergy())), reads);
        assertEquals(301, events.size(), "nothing else");
    }

    @Test
    void readsAreReportedAtABoundedRateEndingWithTheBestEnergy() {
        Qubo q = RandomQubos.random(12, 0.3, true, 4);
        List<RunEvent> events = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        RunContext ctx = new RunContext(5, null, new RunListener() {
            @Override
            public synchronized void onEvent(RunEvent e) {
                events.add(e);
            }

            @Override
            public synchronized void onProgress(double fraction, String message) {
                progress.add(fraction);
            }
        });
        long t0 = System.nanoTime();
        SampleSet s = new AnnealSampler(new AnnealSampler.Parameters(20_000, 10, 0, 0, 2, false)).solve(q, ctx);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(events.size() <= 2 + seconds * 1000 / ReadProgress.INTERVAL_MS,
                events.size() + " events in " + seconds + " s for 20,000 reads");
        RunEvent last = events.get(events.size() - 1);
        assertEquals(20_000, last.x());
        assertEquals(s.bestEnergy(), last.y(), 1e-9);
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).y() <= events.get(i - 1).y() && events.get(i).x() > events.get(i - 1).x());
        }
    }

    /** neal's rule: hot β lets the hardest spin flip with probability 1/2; cold β excites the smallest gap ≤ 1 %. */
    @Test
    void defaultBetaRangeFollowsNeal() {
        QuboBuilder b = new QuboBuilder();
        b.addVariables("x", 3);
        int p = b.objective("o");
        b.addQuadratic(p, 0, 1, 4).addQuadratic(p, 1, 2, -8);
        Qubo q = b.build();
        // Ising: J01 = 1, J12 = −2, h0 = 1, h1 = 1 − 2 = −1, h2 = −2. Σ|bias| per spin: 2, 4, 4; min |bias| 1 at
        // spins 0 and 1 (h0 = 1, J01 = 1; h1 = 1) → k = 2.
        double[] range = AnnealSampler.defaultBetaRange(org.evwb.core.qubo.Ising.fromQubo(q));
        assertEquals(Math.log(2) / 8, range[0], 1e-15);
        assertEquals(Math.log(200) / 2, range[1], 1e-15);
    }
}
