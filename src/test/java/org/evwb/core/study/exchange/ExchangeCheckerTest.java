package org.evwb.core.study.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evwb.core.geo.GeoPoint;
import org.evwb.core.project.BaseStation;
import org.evwb.core.project.Fleet;
import org.evwb.core.project.Infrastructure;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.project.Vehicle;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.Violation;
import org.evwb.core.study.Studies;
import org.evwb.core.study.exchange.ExchangeParameters.Acceptability;
import org.junit.jupiter.api.Test;

/** The checker catches what it must; JSON round trip; buildInstance names missing data. */
class ExchangeCheckerTest {

    final ExchangeChecker checker = new ExchangeChecker();

    static List<String> kinds(List<Violation> v) {
        return v.stream().map(Violation::constraint).distinct().toList();
    }

    /** A seed whose instance has a buyer with two acceptable sellers. */
    static ExchangeInstance withChoice() {
        for (long seed = 0; ; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 12, 3);
            for (int b = 0; b < in.buyerCount(); b++) {
                int count = 0;
                for (int s = 0; s < in.sellerCount(); s++) {
                    count += in.acceptable(b, s) ? 1 : 0;
                }
                if (count >= 2 && in.buyerCount() >= 2) {
                    return in;
                }
            }
        }
    }

    @Test
    void catchesDoubleMatches() {
        ExchangeInstance in = withChoice();
        List<Matching.Pair> all = ExchangeTestSupport.allAcceptable(in);
        // a buyer with two sellers
        Matching.Pair first = all.stream().filter(p -> all.stream().filter(q -> q.buyer() == p.buyer()).count() >= 2)
                .findFirst().orElseThrow();
        Matching.Pair second = all.stream().filter(p -> p.buyer() == first.buyer() && p.seller() != first.seller())
                .findFirst().orElseThrow();
        assertTrue(kinds(checker.check(in, new Matching(List.of(first, second), 0)))
                .contains("buyer-matched-twice"));
        // a seller with two buyers: take any seller and two different buyers (feasibility aside)
        int seller = in.seller(0);
        Matching two = new Matching(List.of(new Matching.Pair(in.buyer(0), seller),
                new Matching.Pair(in.buyer(1), seller)), 0);
        assertTrue(kinds(checker.check(in, two)).contains("seller-matched-twice"));
        // wrong roles and unknown indices
        assertTrue(kinds(checker.check(in, new Matching(List.of(new Matching.Pair(seller, in.buyer(0))), 0)))
                .containsAll(List.of("not-a-buyer", "not-a-seller")));
        assertEquals(List.of("unknown-participant"), kinds(checker.check(in,
                new Matching(List.of(new Matching.Pair(-1, 999)), 0))));
    }

    @Test
    void catchesInfeasibleAndUnacceptablePairsAndWrongWelfare() {
        int infeasible = 0;
        int unacceptable = 0;
        for (long seed = 0; seed < 300 && (infeasible < 5 || unacceptable < 5); seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 12, 3);
            for (int b = 0; b < in.buyerCount(); b++) {
                for (int s = 0; s < in.sellerCount(); s++) {
                    Matching m = new Matching(List.of(in.pairOf(b, s)), 0);
                    Matching honest = Matching.of(in, m.pairs());
                    List<String> k = kinds(checker.check(in, honest));
                    assertEquals(!in.feasible(b, s), k.contains("infeasible-pair"), in.pair(b, s).toString());
                    if (in.feasible(b, s)) {
                        assertEquals(!in.acceptable(b, s), k.contains("unacceptable-pair"));
                    }
                    infeasible += in.feasible(b, s) ? 0 : 1;
                    unacceptable += in.feasible(b, s) && !in.acceptable(b, s) ? 1 : 0;
                    if (in.acceptable(b, s)) {
                        assertEquals(List.of(), k);
                        Matching lie = new Matching(honest.pairs(), honest.reportedSocialWelfare() + 0.01);
                        assertEquals(List.of("social-welfare"), kinds(checker.check(in, lie)));
                    }
                }
            }
        }
        assertTrue(infeasible >= 5 && unacceptable >= 5, infeasible + " / " + unacceptable);
    }

    @Test
    void greedyAndGaleShapleyPassTheCheckerAndRoundTripThroughJson() throws Exception {
        var mapper = Json.newMapper();
        ExchangeStudy study = (ExchangeStudy) Studies.standard().study("exchange").orElseThrow();
        for (long seed = 0; seed < 100; seed++) {
            ExchangeInstance in = ExchangeTestSupport.random(seed, 40, 5);
            for (String id : List.of("greedy", "gale-shapley", "optimal")) {
                var spec = study.solver(id).orElseThrow();
                Matching m = spec.create(spec.defaults()).solve(in, RunContext.of(seed));
                assertEquals(List.of(), checker.check(in, m), id);
                var json = study.solutionToJson(in, m, mapper);
                Matching back = study.solutionFromJson(in, mapper.readTree(mapper.writeValueAsString(json)), mapper);
                assertEquals(m.pairs(), back.pairs());
                assertEquals(List.of(), checker.check(in, back));
                // flows in the JSON add up to every buyer's demand
                double listed = 0;
                for (var p : json.get("pairs")) {
                    listed += p.get("energyKWh").asDouble();
                }
                for (var g : json.get("gridTrades")) {
                    listed += g.get("flow").asText().startsWith("G2") ? g.get("energyKWh").asDouble() : 0;
                }
                double demand = 0;
                for (int b : in.buyers()) {
                    demand += in.tradeKWh(b);
                }
                assertEquals(demand, listed, 1e-9 * (1 + demand));
            }
        }
    }

    @Test
    void buildInstanceNamesMissingDataWithJsonPaths() {
        var study = new ExchangeStudy();
        var type = org.evwb.core.project.EntityFactory.vehicleType(Project.empty("p"));
        GeoPoint at = new GeoPoint(-0.12, 51.5);
        Project p = new Project(Project.FORMAT, 1, "demo.evwb.json", "", null, null,
                new Infrastructure(null, null, List.of(new BaseStation("BS1", "", at, 100, 120, 20, 40, 1, 0.5)),
                        null, null, null),
                new Fleet(List.of(type), List.of(new Vehicle("EV1", "", type.id(), at, 10, 0, null, null),
                        new Vehicle("EV2", "", "nope", at, 10, 30, null, null))), null, null, null);
        var e = assertThrows(ProjectFileException.class, () -> study.buildInstance(p, null));
        List<String> paths = e.problems().stream().map(org.evwb.core.project.Problem::path).toList();
        assertEquals(List.of("$.infrastructure.baseStations[0].socKWh", "$.fleet.vehicles[0].speedKmh",
                "$.fleet.vehicles[1].typeId"), paths);
        assertTrue(e.getMessage().startsWith("demo.evwb.json"), e.getMessage());
        Project withStudy = p.withStudies(List.of(new StudyConfig("s1", "exchange", "", Map.of("gridPrice", 3))));
        var e2 = assertThrows(ProjectFileException.class, () -> study.buildInstance(withStudy,
                withStudy.studies().get(0)));
        assertEquals("$.studies[0].parameters.gridPrice", e2.problems().get(0).path());
    }

    @Test
    void studyParametersComeFromTheProject() throws Exception {
        Project p = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), ExchangeParameters.defaults())
                .generate(20, 3, 7);
        var cfg = new StudyConfig("s1", "exchange", "", Map.of("gridPricePerKWh", 25.0,
                "acceptability", "STRICT_NON_NEGATIVE"));
        ExchangeInstance in = new ExchangeStudy().buildInstance(p.withStudies(List.of(cfg)), cfg);
        assertEquals(25.0, in.params().gridPricePerKWh());
        assertEquals(Acceptability.STRICT_NON_NEGATIVE, in.params().acceptability());
        assertFalse(in.participants().isEmpty());
        // the strict rule: a buyer pays ~18.5 ¤/kWh for tens of kWh, so U_i < 0 unless the buyer is a BS whose
        // computing reward (eq. (3), ~1500) covers it: only EV sellers with BS buyers (V2T) remain acceptable
        assertTrue(in.acceptablePairCount() > 0);
        for (int b = 0; b < in.buyerCount(); b++) {
            for (int s = 0; s < in.sellerCount(); s++) {
                if (in.acceptable(b, s)) {
                    assertFalse(in.participants().get(in.buyer(b)).isEv());
                    assertTrue(in.participants().get(in.seller(s)).isEv());
                }
            }
        }
        List<Matching.Pair> none = new ArrayList<>();
        assertEquals(List.of(), checker.check(in, Matching.of(in, none)));
    }

    @Test
    void generatedProjectsAreValidFilesAndSolveTheSameAfterReading() throws Exception {
        var io = new org.evwb.core.project.ProjectIO();
        Project p = new ExchangeGenerator(ExchangeGenerator.Settings.defaults(), ExchangeParameters.defaults())
                .generate(30, 4, 99);
        assertEquals(List.of(), new org.evwb.core.project.ProjectValidator().validate(p));
        Project back = io.read(io.toJson(p).getBytes(java.nio.charset.StandardCharsets.UTF_8), "mem");
        var study = new ExchangeStudy();
        ExchangeInstance a = study.buildInstance(p, null);
        ExchangeInstance b = study.buildInstance(back, null);
        assertEquals(a.participants(), b.participants());
        Matching ma = new OptimalMatching().solve(a, RunContext.of(1));
        Matching mb = new OptimalMatching().solve(b, RunContext.of(1));
        assertEquals(ma, mb);
        assertEquals(List.of(), checker.check(b, mb));
        // objectives survive a foreign solution naming a seller as buyer (the checker reports it)
        Matching bad = new Matching(List.of(new Matching.Pair(a.seller(0), a.buyer(0))), 0);
        assertTrue(kinds(checker.check(a, bad)).contains("not-a-buyer"));
        assertEquals(0.0, study.objectives(a, bad).get("matchedPairs"));
    }
}
