package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.RunContext;
import org.junit.jupiter.api.Test;

/** The exchange sample projects hold what they promise, and every solver's result on them passes the checker. */
class ExchangeSamplesTest {

    private final ExchangeStudy study = new ExchangeStudy();

    static Path sample(String name) {
        String prop = System.getProperty("evwb.repo");
        Path repo = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("").toAbsolutePath();
        return repo.resolve("sample-projects").resolve(name + ".evwb.json");
    }

    private ExchangeInstance load(String name) throws Exception {
        Project p = new ProjectIO().load(sample(name));
        assertEquals(1, p.studies().stream().filter(s -> s.study().equals(ExchangeStudy.ID)).count());
        return study.buildInstance(p, p.studies().get(0));
    }

    @Test
    void classroomNeedsSeveralGaleShapleyRoundsWithRejections() throws Exception {
        ExchangeInstance in = load("exchange-classroom");
        assertEquals(3, in.participants().stream().filter(x -> !x.isEv()).count());
        assertEquals(8, in.participants().stream().filter(Participant::isEv).count());
        assertTrue(in.acceptablePairCount() >= 4, "a few acceptable pairs under the default rule: " + in);
        int[] roundsAndRejections = roundsAndRejections(in);
        assertTrue(roundsAndRejections[0] >= 3, "rounds: " + roundsAndRejections[0]);
        assertTrue(roundsAndRejections[1] >= 4, "rejections: " + roundsAndRejections[1]);
        Matching gs = study.solver("gale-shapley").orElseThrow().create(new ExchangeStudy.GaleShapleyParameters(
                "buyers")).solve(in, RunContext.of(0));
        // the round-by-round run and the solver's queue form of deferred acceptance end in the same stable matching
        assertEquals(roundsAndRejections[2], gs.pairs().size());
        assertEquals(List.of(), BlockingPairs.find(in, gs));
        double optimal = new OptimalMatching().solve(in, RunContext.of(0)).reportedSocialWelfare();
        assertTrue(gs.reportedSocialWelfare() < optimal - 0.1, "the demo also shows stable ≠ optimal");
        // the classical solvers and the exact QUBO samplers: every one a matching the checker accepts; exact and
        // cpsat reach the optimum (P is above the largest gain)
        for (String id : List.of("gale-shapley", "optimal", "greedy", "exact", "cpsat")) {
            var spec = study.solver(id).orElseThrow();
            Matching m = spec.create(spec.defaults()).solve(in, RunContext.of(1));
            assertEquals(List.of(), new ExchangeChecker().check(in, m), spec.id());
            if (id.equals("exact")) {
                assertEquals(optimal, m.reportedSocialWelfare(), 1e-9 * (1 + Math.abs(optimal)), id);
            } else if (id.equals("cpsat")) {
                // the gains are not dyadic, so CP-SAT minimises a floating objective it scales to integers itself
                // (about 1e-9 of the coefficients' sum): its proven optimum is exact to that resolution
                double sumGains = 0;
                for (int b = 0; b < in.buyerCount(); b++) {
                    for (int s = 0; s < in.sellerCount(); s++) {
                        sumGains += in.acceptable(b, s) ? Math.abs(in.gain(b, s)) : 0;
                    }
                }
                assertEquals(optimal, m.reportedSocialWelfare(), 1e-8 * (1 + sumGains), id);
            }
        }
    }

    @Test
    void londonHas150EvsAnd5BaseStationsAndEverySolverPassesTheChecker() throws Exception {
        ExchangeInstance in = load("exchange-london");
        assertEquals(5, in.participants().stream().filter(x -> !x.isEv()).count());
        assertEquals(150, in.participants().stream().filter(Participant::isEv).count());
        // the classical solvers and anneal (the samplers that take a 1,000-variable QUBO in seconds)
        for (String id : List.of("gale-shapley", "optimal", "greedy", "anneal")) {
            var spec = study.solver(id).orElseThrow();
            Record params = id.equals("anneal") ? spec.withOverrides(Map.of("reads", 2, "sweeps", 300))
                    : spec.defaults();
            Matching m = spec.create(params).solve(in, RunContext.of(1));
            assertEquals(List.of(), new ExchangeChecker().check(in, m), spec.id());
            assertTrue(m.pairs().size() > 30, spec.id() + " pairs " + m.pairs().size());
        }
    }

    /**
     * Buyer-proposing deferred acceptance played in rounds, as a class would: every free buyer proposes to its next
     * choice at once, each seller keeps the best proposal (ties: the one it holds, then the lower index).
     * Returns {rounds with a proposal, rejections, final pairs}.
     */
    static int[] roundsAndRejections(ExchangeInstance in) {
        int nb = in.buyerCount();
        int ns = in.sellerCount();
        List<int[]> prefs = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            final int bb = b;
            prefs.add(java.util.stream.IntStream.range(0, ns).filter(s -> in.acceptable(bb, s)).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(s -> -in.buyerUtility(bb, s)).thenComparingInt(s -> s))
                    .mapToInt(Integer::intValue).toArray());
        }
        int[] next = new int[nb];
        int[] holder = new int[ns];
        Arrays.fill(holder, -1);
        boolean[] free = new boolean[nb];
        Arrays.fill(free, true);
        int rounds = 0;
        int rejections = 0;
        while (true) {
            List<int[]> proposals = new ArrayList<>();
            for (int b = 0; b < nb; b++) {
                if (free[b] && next[b] < prefs.get(b).length) {
                    proposals.add(new int[] {b, prefs.get(b)[next[b]++]});
                }
            }
            if (proposals.isEmpty()) {
                break;
            }
            rounds++;
            for (int[] p : proposals) {
                int b = p[0];
                int s = p[1];
                free[b] = false;
                int h = holder[s];
                if (h < 0) {
                    holder[s] = b;
                } else if (in.sellerUtility(b, s) > in.sellerUtility(h, s)) {
                    holder[s] = b;
                    free[h] = true;
                    rejections++;
                } else {
                    free[b] = true;
                    rejections++;
                }
            }
        }
        return new int[] {rounds, rejections, (int) Arrays.stream(holder).filter(h -> h >= 0).count()};
    }
}
