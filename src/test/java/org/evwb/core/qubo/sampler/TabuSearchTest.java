package org.evwb.core.qubo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.QuboBuilder;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;

/**
 * Tabu's search rules, checked on what they must produce: exact optima on small cases (±1 Max-Cut ones too, where
 * ties between moves are the rule), reads that no single flip improves (the descent polish), the same sample set for
 * the same seed, and restarts that build on the best state (perturbed restarts find the optimum of cases a restart
 * from scratch needs many tries for).
 */
class TabuSearchTest {

    /** Max-Cut with ±1 weights on a random graph: the energy is minus the cut, and equal moves abound. */
    static Qubo plusMinusOneMaxCut(int n, double density, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        QuboBuilder b = new QuboBuilder();
        b.addVariables("v", n);
        int p = b.objective("minus cut");
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (r.nextDouble() < density) {
                    int w = r.nextBoolean() ? 1 : -1;
                    b.addQuadratic(p, i, j, 2.0 * w);
                    b.addLinear(p, i, -w);
                    b.addLinear(p, j, -w);
                }
            }
        }
        return b.build();
    }

    @Test
    void findsTheExactOptimumOfPlusMinusOneMaxCuts() {
        TabuSampler tabu = new TabuSampler(new TabuSampler.Parameters(6, 0, 0, 0));
        for (int t = 0; t < 20; t++) {
            int n = 6 + t % 13;
            Qubo q = plusMinusOneMaxCut(n, 0.5, 300 + t);
            SampleSet s = tabu.solve(q, RunContext.of(t));
            assertEquals(RandomQubos.bruteForceMin(q), s.bestEnergy(), 1e-9, "case " + t + ", n " + n);
            assertEquals(6, ((SamplerInfo.Tabu) s.info()).restarts());
        }
    }

    @Test
    void everyReadIsALocalMinimumAfterThePolish() {
        for (int t = 0; t < 6; t++) {
            Qubo q = t % 2 == 0 ? RandomQubos.random(60, 0.2, true, 40 + t) : plusMinusOneMaxCut(80, 0.1, 40 + t);
            SampleSet s = new TabuSampler(new TabuSampler.Parameters(8, 500, 0, 0)).solve(q, RunContext.of(t));
            assertEquals(8, s.totalOccurrences());
            for (Sample x : s.samples()) {
                for (int i = 0; i < q.numVariables(); i++) {
                    assertTrue(q.flipDelta(x.state(), i) >= -1e-9, "case " + t + ": flipping " + i + " improves "
                            + "a read by " + q.flipDelta(x.state(), i));
                }
            }
        }
    }

    @Test
    void aProblemTooLargeForTheWeightedChoiceRestartsFromAUniformOneAndStillPolishes() {
        Qubo q = plusMinusOneMaxCut(9_000, 0.0004, 17);
        int k = (int) Math.round(TabuSampler.PERTURBED_SHARE * q.numVariables());
        assertTrue((long) k * q.numVariables() > TabuSampler.WEIGHTED_CHOICE_BUDGET, "past the budget");
        SampleSet s = new TabuSampler(new TabuSampler.Parameters(3, 200, 0, 0)).solve(q, RunContext.of(5));
        assertEquals(3, ((SamplerInfo.Tabu) s.info()).restarts());
        for (Sample x : s.samples()) {
            assertEquals(q.energy(x.state()), x.energy(), 1e-9);
            for (int i = 0; i < q.numVariables(); i++) {
                assertTrue(q.flipDelta(x.state(), i) >= -1e-9, "flipping " + i + " improves a read");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameSampleSet() {
        Qubo q = plusMinusOneMaxCut(120, 0.05, 9);
        TabuSampler tabu = new TabuSampler(new TabuSampler.Parameters(5, 800, 0, 0));
        SampleSet a = tabu.solve(q, RunContext.of(3));
        SampleSet b = tabu.solve(q, RunContext.of(3));
        assertEquals(a.samples().size(), b.samples().size());
        for (int k = 0; k < a.samples().size(); k++) {
            assertEquals(a.samples().get(k).energy(), b.samples().get(k).energy());
            assertEquals(a.samples().get(k).occurrences(), b.samples().get(k).occurrences());
            assertTrue(java.util.Arrays.equals(a.samples().get(k).state(), b.samples().get(k).state()), "read " + k);
        }
        assertEquals(((SamplerInfo.Tabu) a.info()).iterations(), ((SamplerInfo.Tabu) b.info()).iterations());
    }

    @Test
    void laterRestartsNeverReportWorseThanTheyStartFromByMuch() {
        // restarts start from the best state with 40 % of it set again greedily: their reads stay near the best,
        // unlike restarts from random states (a weak check against a perturbation that throws the best away)
        Qubo q = plusMinusOneMaxCut(200, 0.03, 11);
        SampleSet s = new TabuSampler(new TabuSampler.Parameters(10, 2000, 0, 0)).solve(q, RunContext.of(1));
        double best = s.bestEnergy();
        double worst = s.samples().get(s.samples().size() - 1).energy();
        assertTrue(worst - best <= 0.1 * Math.abs(best), "reads from " + best + " to " + worst);
    }

    @Test
    void findsThePlantedOptimumOfAPlusMinusOneTorus() {
        // a G11-like toroidal grid with ±1 weights chosen so that one planted partition cuts every +1 edge and no −1
        // edge: its cut, the sum of the +1 weights, is the maximum, and equal moves abound as on G11
        for (int t = 0; t < 3; t++) {
            int side = 12;
            int n = side * side;
            java.util.SplittableRandom r = new java.util.SplittableRandom(70 + t);
            boolean[] planted = new boolean[n];
            for (int i = 0; i < n; i++) {
                planted[i] = r.nextBoolean();
            }
            QuboBuilder b = new QuboBuilder();
            b.addVariables("v", n);
            int p = b.objective("minus cut");
            int positive = 0;
            for (int i = 0; i < n; i++) {
                int row = i / side;
                int col = i % side;
                for (int j : new int[] {row * side + (col + 1) % side, (row + 1) % side * side + col}) {
                    int w = planted[i] != planted[j] ? 1 : -1;
                    positive += w > 0 ? 1 : 0;
                    b.addQuadratic(p, i, j, 2.0 * w);
                    b.addLinear(p, i, -w);
                    b.addLinear(p, j, -w);
                }
            }
            SampleSet s = new TabuSampler(new TabuSampler.Parameters(10, 0, 0, 0)).solve(b.build(), RunContext.of(t));
            assertEquals(-positive, s.bestEnergy(), 1e-9, "case " + t);
        }
    }
}
