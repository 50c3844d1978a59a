package org.evwb.core.qubo.sampler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.evwb.core.qubo.Ising;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.RandomQubos;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.SamplerInfo;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.junit.jupiter.api.Test;

/**
 * A time-limited anneal still anneals: the limit picks how many complete reads, or sweeps per read, fit, and every
 * reported read ran its whole schedule (told by the sweeps it reports, never by timing); a limit that everything fits
 * in changes nothing; the β range made without the Ising copy is the same to the last bit.
 */
class AnnealTimeLimitTest {

    @Test
    void aScheduleFarTooLongForTheLimitIsShortenedAndEveryReadCompletesIt() {
        Qubo q = RandomQubos.random(80, 0.1, false, 5);
        int requested = 500_000_000; // hours of sweeps
        // one thread: the probe's time per sweep is then what the read gets, however loaded the machine
        AnnealSampler a = new AnnealSampler(new AnnealSampler.Parameters(6, requested, 0, 0, 1, false));
        SampleSet s = a.solve(q, new RunContext(1, Duration.ofMillis(800), RunListener.NONE));
        SamplerInfo.Anneal info = (SamplerInfo.Anneal) s.info();
        assertTrue(info.sweeps() >= 1 && info.sweeps() < requested, info.sweeps() + " sweeps per read");
        assertEquals(1, info.readsCompleted(), "one read per thread when not even one read fits");
        assertEquals((long) info.readsCompleted() * info.sweeps() * q.numVariables(), info.spinUpdates(),
                "every read ran its whole (shortened) schedule");
        assertTrue(info.stoppedEarly());
        assertEquals(info.readsCompleted(), s.totalOccurrences());
    }

    @Test
    void readsThatDoNotFitAreLeftOutWholeNotCut() {
        Qubo q = RandomQubos.random(200, 0.05, true, 6);
        // each read fits many times over, ten thousand of them do not
        AnnealSampler a = new AnnealSampler(new AnnealSampler.Parameters(10_000, 2_000, 0, 0, 1, false));
        SampleSet s = a.solve(q, new RunContext(2, Duration.ofMillis(700), RunListener.NONE));
        SamplerInfo.Anneal info = (SamplerInfo.Anneal) s.info();
        assertEquals(2_000, info.sweeps());
        assertTrue(info.readsCompleted() >= 1 && info.readsCompleted() < 10_000, info.readsCompleted() + " reads");
        assertEquals((long) info.readsCompleted() * 2_000 * q.numVariables(), info.spinUpdates());
        assertTrue(info.stoppedEarly());
    }

    @Test
    void aLimitEverythingFitsInChangesNothing() {
        Qubo q = RandomQubos.random(50, 0.2, false, 7);
        AnnealSampler a = new AnnealSampler(new AnnealSampler.Parameters(8, 200, 0, 0, 2, false));
        SampleSet free = a.solve(q, RunContext.of(4));
        SampleSet limited = a.solve(q, new RunContext(4, Duration.ofSeconds(60), RunListener.NONE));
        SamplerInfo.Anneal info = (SamplerInfo.Anneal) limited.info();
        assertEquals(200, info.sweeps());
        assertEquals(8, info.readsCompleted());
        assertEquals(8L * 200 * 50, info.spinUpdates());
        assertFalse(info.stoppedEarly());
        assertEquals(free.samples().size(), limited.samples().size());
        for (int k = 0; k < free.samples().size(); k++) {
            assertArrayEquals(free.samples().get(k).state(), limited.samples().get(k).state(), "sample " + k);
        }
    }

    @Test
    void theBetaRangeFromTheQuboIsTheIsingOneToTheLastBit() {
        for (int t = 0; t < 20; t++) {
            Qubo q = RandomQubos.random(5 + t * 7, 0.3, t % 2 == 0, 90 + t);
            assertArrayEquals(AnnealSampler.defaultBetaRange(Ising.fromQubo(q)), AnnealSampler.betaRange(q),
                    "case " + t);
        }
    }
}
