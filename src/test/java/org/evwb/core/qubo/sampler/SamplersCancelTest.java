package org.evwb.core.qubo.sampler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.qubo.qaoa.QaoaSampler;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.solve.CancelMidRun;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.junit.jupiter.api.Test;

/**
 * A cancel keeps the best so far, exactly like a time limit: every sampler, cancelled from another thread in the
 * middle of a run that would otherwise take minutes, returns the states it had (energies recomputed from the QUBO)
 * and says in its report that it stopped early. A cancel before anything was found is still a cancel.
 */
class SamplersCancelTest {

    private SampleSet cancelled(Optimizer<Qubo, SampleSet> sampler, Qubo q, CancelMidRun cancel) {
        RunContext ctx = cancel.context(7);
        SampleSet set = sampler.solve(q, ctx);
        assertTrue(ctx.isCancelled(), sampler.id() + " was cancelled mid-run, not finished first");
        assertTrue(cancel.reached(), sampler.id() + " reached the point where it holds a solution");
        assertFalse(set.samples().isEmpty(), sampler.id() + " keeps the states it had");
        for (Sample s : set.samples()) {
            assertEquals(q.energy(s.state()), s.energy(), 1e-9, "energies recomputed from the QUBO");
        }
        assertEquals(set.samples().stream().mapToDouble(Sample::energy).min().orElseThrow(), set.bestEnergy());
        return set;
    }

    @Test
    void annealKeepsTheReadsItHadWhenCancelled() {
        Qubo q = RandomQubos.random(150, 0.05, false, 1);
        // 8 reads of 50 million sweeps on 2 threads: hours; the cancel comes after read 0's 64th sweep
        AnnealSampler anneal = new AnnealSampler(new AnnealSampler.Parameters(8, 50_000_000, 0, 0, 2, true));
        CancelMidRun cancel = CancelMidRun.onEvent("anneal energy", 64);
        SampleSet set = cancelled(anneal, q, cancel);
        SamplerInfo.Anneal info = assertInstanceOf(SamplerInfo.Anneal.class, set.info());
        assertTrue(info.stoppedEarly());
        assertTrue(set.totalOccurrences() >= 1 && set.totalOccurrences() <= 8, set.totalOccurrences() + " reads");
        // read 0 was traced sweep by sweep: its last traced energy is the state it stopped in, which is kept
        List<RunEvent> trace = cancel.events("anneal energy");
        double last = trace.get(trace.size() - 1).y();
        assertTrue(set.samples().stream().anyMatch(s -> Math.abs(s.energy() - last) <= 1e-6 * (1 + Math.abs(last))),
                "read 0's state at the cancel (energy " + last + ") is among the kept reads");
    }

    @Test
    void tabuKeepsTheRestartsItHadWhenCancelled() {
        Qubo q = RandomQubos.random(200, 0.05, true, 2);
        // a million restarts; the cancel comes once the first has ended
        TabuSampler tabu = new TabuSampler(new TabuSampler.Parameters(1_000_000, 2000, 0, 0));
        SampleSet set = cancelled(tabu, q, CancelMidRun.onProgress(m -> m.matches("tabu: [1-9][0-9]* of [0-9]+ reads.*")));
        SamplerInfo.Tabu info = assertInstanceOf(SamplerInfo.Tabu.class, set.info());
        assertTrue(info.stoppedEarly());
        assertTrue(info.restarts() >= 1 && info.restarts() < 1_000_000, info.restarts() + " restarts");
        assertEquals(info.restarts(), set.totalOccurrences());
    }

    @Test
    void cpSatKeepsItsIncumbentWhenCancelled() {
        Qubo q = RandomQubos.random(250, 0.3, true, 3); // far beyond a proof in minutes
        CpSatSampler cpsat = new CpSatSampler(new CpSatSampler.Parameters(600, 1));
        CancelMidRun cancel = CancelMidRun.onEvent(OrTools.INCUMBENT_SERIES, 0);
        SampleSet set = cancelled(cpsat, q, cancel);
        SamplerInfo.CpSat info = assertInstanceOf(SamplerInfo.CpSat.class, set.info());
        assertEquals("FEASIBLE", info.status());
        assertFalse(info.optimal());
        assertEquals(set.bestEnergy(), info.bestEnergy(), 1e-9);
        assertTrue(info.bound() <= set.bestEnergy() + 1e-6, "the bound stays below the incumbent");
        List<RunEvent> incumbents = cancel.events(OrTools.INCUMBENT_SERIES);
        assertTrue(set.bestEnergy() <= incumbents.get(incumbents.size() - 1).y() + 1e-6,
                "the result is CP-SAT's last incumbent, or a better one found while it stopped");
    }

    @Test
    void exactKeepsTheGroundStatesOfWhatItEnumerated() {
        Qubo q = RandomQubos.random(30, 0.2, true, 4); // 2^30 states: seconds; cancelled after 0.3 s
        ExactSampler exact = new ExactSampler(new ExactSampler.Parameters(2));
        SampleSet set = cancelled(exact, q, CancelMidRun.after(Duration.ofMillis(300)));
        SamplerInfo.Exact info = assertInstanceOf(SamplerInfo.Exact.class, set.info());
        assertFalse(info.complete());
        assertTrue(info.statesEnumerated() > 0 && info.statesEnumerated() < 1L << 30);
        assertEquals(info.groundEnergy(), set.bestEnergy(), 1e-9);
    }

    @Test
    void randomKeepsTheReadsItDrewWhenCancelled() {
        Qubo q = RandomQubos.random(8, 0.5, true, 5);
        RandomSampler random = new RandomSampler(new RandomSampler.Parameters(200_000_000));
        SampleSet set = cancelled(random, q, CancelMidRun.after(Duration.ofMillis(100)));
        SamplerInfo.Random info = assertInstanceOf(SamplerInfo.Random.class, set.info());
        assertTrue(info.reads() > 0 && info.reads() < 200_000_000, info.reads() + " reads");
        assertEquals(info.reads(), set.totalOccurrences());
        assertEquals(RandomQubos.bruteForceMin(q), set.bestEnergy(), 1e-9, "8 variables: some read hit the optimum");
    }

    @Test
    void qaoaKeepsTheBestAnglesSoFarWhenCancelled() {
        Qubo q = RandomQubos.random(10, 0.4, false, 6);
        QaoaSampler qaoa = new QaoaSampler(new QaoaSimulator.Parameters(3, 200, 1_000_000, 26));
        CancelMidRun cancel = CancelMidRun.onEvent("qaoa expected energy", 5);
        SampleSet set = cancelled(qaoa, q, cancel);
        SamplerInfo.Qaoa info = assertInstanceOf(SamplerInfo.Qaoa.class, set.info());
        assertEquals(200, set.totalOccurrences(), "the shots are drawn from the best state so far");
        List<RunEvent> evaluations = cancel.events("qaoa expected energy");
        double bestSeen = evaluations.stream().mapToDouble(RunEvent::y).min().orElseThrow();
        assertEquals(bestSeen, info.expectedEnergy(), 1e-9, "⟨E⟩ of the best angles evaluated before the cancel");
        assertEquals(evaluations.size(), info.evaluations());
        assertTrue(info.evaluations() >= 5 && info.evaluations() < 1_000_000);
    }

    @Test
    void aCancelBeforeAnythingWasFoundIsStillACancel() {
        Qubo q = RandomQubos.random(20, 0.3, true, 8);
        for (var spec : new Samplers().all()) {
            RunContext ctx = RunContext.of(1);
            ctx.cancel();
            assertThrows(CancelledException.class, () -> spec.create(spec.defaults()).solve(q, ctx), spec.id());
        }
    }
}
