package org.evwb.core.study.exchange.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.exchange.ExchangeChecker;
import org.evwb.core.study.exchange.ExchangeInstance;
import org.evwb.core.study.exchange.ExchangeParameters.ProposingSide;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.core.study.exchange.Matching;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Outcome;
import org.evwb.core.study.exchange.teaching.GaleShapleyTrace.Step;
import org.junit.jupiter.api.Test;

/** The recorded run ends where the registered {@code gale-shapley} solver ends, and each step is coherent. */
class GaleShapleyTracerTest {

    private final ExchangeStudy study = new ExchangeStudy();

    private Matching solve(ExchangeInstance in, ProposingSide side) {
        var spec = study.solver("gale-shapley").orElseThrow();
        var params = new ExchangeStudy.GaleShapleyParameters(side == ProposingSide.BUYERS ? "buyers" : "sellers");
        Matching m = spec.create(params).solve(in, RunContext.of(1));
        assertEquals(List.of(), new ExchangeChecker().check(in, m), "solver output must pass the checker");
        return m;
    }

    @Test
    void finalMatchingEqualsTheSolversOn200RandomInstancesBothSides() {
        int nonTrivial = 0;
        for (long seed = 0; seed < 200; seed++) {
            ExchangeInstance in = TeachingInstances.random(seed, 30, 4);
            for (ProposingSide side : ProposingSide.values()) {
                GaleShapleyTrace t = GaleShapleyTracer.trace(in, side);
                Matching expected = solve(in, side);
                assertEquals(expected.pairs(), t.finalPairs(), "seed " + seed + " " + side);
                if (!t.steps().isEmpty()) {
                    assertEquals(expected.pairs(), t.steps().get(t.size() - 1).matchingAfter());
                }
                nonTrivial += expected.pairs().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonTrivial > 150, "most instances should have pairs, had " + nonTrivial);
    }

    @Test
    void eachStepChangesTheTentativeMatchingAsItsOutcomeSays() {
        int displacements = 0;
        for (long seed = 0; seed < 60; seed++) {
            ExchangeInstance in = TeachingInstances.random(seed, 20, 3);
            for (ProposingSide side : ProposingSide.values()) {
                GaleShapleyTrace t = GaleShapleyTracer.trace(in, side);
                boolean buyers = side == ProposingSide.BUYERS;
                int round = 1;
                for (Step s : t.steps()) {
                    Set<Matching.Pair> before = new HashSet<>(t.matchingBefore(s.index()));
                    Set<Matching.Pair> after = new HashSet<>(s.matchingAfter());
                    Matching.Pair proposed = buyers ? new Matching.Pair(s.proposer(), s.receiver())
                            : new Matching.Pair(s.receiver(), s.proposer());
                    assertTrue(s.round() >= round, "rounds never go back");
                    round = s.round();
                    switch (s.outcome()) {
                        case REJECTED -> assertEquals(before, after);
                        case ACCEPTED -> {
                            assertEquals(before.size() + 1, after.size());
                            assertTrue(after.contains(proposed));
                        }
                        case DISPLACED -> {
                            displacements++;
                            Matching.Pair dropped = buyers ? new Matching.Pair(s.displaced(), s.receiver())
                                    : new Matching.Pair(s.receiver(), s.displaced());
                            assertTrue(before.contains(dropped) && !after.contains(dropped));
                            assertTrue(after.contains(proposed));
                            assertEquals(before.size(), after.size());
                        }
                        default -> throw new AssertionError(s.outcome());
                    }
                    assertEquals(s.outcome() == Outcome.DISPLACED, s.displaced() >= 0);
                    assertTrue(s.round() <= t.rounds());
                }
            }
        }
        assertTrue(displacements > 0, "the random instances should exercise displacement");
    }

    @Test
    void classroomInstanceHasRejectionsToShow() {
        ExchangeInstance in = TeachingInstances.classroom(7);
        GaleShapleyTrace t = GaleShapleyTracer.trace(in, ProposingSide.BUYERS);
        assertEquals(solve(in, ProposingSide.BUYERS).pairs(), t.finalPairs());
        assertTrue(t.size() >= 3, "a classroom instance has a few steps: " + t.size());
    }
}
