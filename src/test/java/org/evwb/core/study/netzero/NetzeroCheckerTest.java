package org.evwb.core.study.netzero;

import static org.evwb.core.study.netzero.NetzeroTestSupport.STUDY;
import static org.evwb.core.study.netzero.NetzeroTestSupport.instance;
import static org.evwb.core.study.netzero.NetzeroTestSupport.solve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.ReportedFigures;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tampered solutions are caught, each by the constraint it breaks; result JSON round-trips with the same verdict. */
class NetzeroCheckerTest {

    private static final NetzeroChecker CHECKER = new NetzeroChecker();
    private static NetzeroInstance in;
    private static NetzeroSolution good;

    @BeforeAll
    static void solveOnce() throws Exception {
        in = instance("fleetSize", 300, "fleetSeed", 5L);
        good = solve("milp", in);
        assertEquals(List.of(), CHECKER.check(in, good));
        assertTrue(good.taken().length > 3, "the fleet should have offers");
    }

    private static List<String> constraints(NetzeroSolution s) {
        return CHECKER.check(in, s).stream().map(Violation::constraint).distinct().toList();
    }

    private static NetzeroSolution with(Strategy st, double sg, int[] taken, double unmet) {
        return NetzeroSolution.withFigures(in, st, sg, taken, unmet, null);
    }

    @Test
    void anOfferWithoutSurplusIsAC2Violation() {
        int noSurplus = IntStream.range(0, in.evs().size()).filter(i -> in.evs().get(i).supplyKWh() == 0)
                .findFirst().orElseThrow();
        int[] taken = IntStream.concat(IntStream.of(good.taken()), IntStream.of(noSurplus)).toArray();
        assertTrue(constraints(with(Strategy.PROSUMERS, good.gridSupplyKWh(), taken, 0)).contains("c2"));
    }

    @Test
    void anOfferWithNegativeUtilityIsAC2Violation() throws Exception {
        // a station 200 km away costs δ·l = 20: small offers then have U_i < 0
        NetzeroInstance far = instance("fleetSize", 300, "fleetSeed", 5L, "stationDistanceMeanKm", 200.0,
                "stationDistanceVarianceKm2", 0.0, "incentivePerKWh", 0.0, "evPricePerKWh", 1.0);
        int bad = IntStream.range(0, far.evs().size()).filter(i -> far.evs().get(i).supplyKWh() > 0
                && far.evs().get(i).utility() <= 0).findFirst().orElseThrow();
        NetzeroSolution s = NetzeroSolution.withFigures(far, Strategy.PROSUMERS, 0, new int[] {bad}, 0, null);
        assertTrue(CHECKER.check(far, s).stream().anyMatch(v -> v.constraint().equals("c2")
                && v.message().contains("utility")), CHECKER.check(far, s).toString());
    }

    @Test
    void gridAboveItsCapIsAC1Violation() {
        double cap = in.parameters().gridCapKWh();
        assertTrue(constraints(with(Strategy.PROSUMERS, cap + 1, good.taken(), 0)).contains("c1"));
        assertTrue(constraints(with(Strategy.PROSUMERS, -1, good.taken(), 0)).contains("c1"));
    }

    @Test
    void understatedUnmetDemandBreaksTheBalance() {
        double sg = good.gridSupplyKWh() - 100;
        List<String> c = constraints(with(Strategy.PROSUMERS, sg, good.taken(), 0));
        assertTrue(c.contains("balance"), c.toString());
        // stating it does not help while the grid has capacity left
        List<String> stated = constraints(with(Strategy.PROSUMERS, sg, good.taken(), 98));
        assertEquals(List.of("unmet-with-capacity"), stated);
    }

    @Test
    void overstatedUnmetDemandIsCaught() {
        assertEquals(List.of("unmet-figure"), constraints(with(Strategy.PROSUMERS, good.gridSupplyKWh(),
                good.taken(), 50)));
    }

    @Test
    void unmetDemandWhileAnAdmittedOfferIsLeftIsCaught() throws Exception {
        NetzeroInstance tight = instance("fleetSize", 300, "fleetSeed", 5L, "gridCapKWh", 1000.0);
        NetzeroSolution s = solve("milp", tight);
        assertEquals(List.of(), CHECKER.check(tight, s));
        int[] fewer = java.util.Arrays.copyOf(s.taken(), s.taken().length - 1);
        double ev = IntStream.of(fewer).mapToDouble(i -> tight.evs().get(i).supplyKWh()).sum();
        NetzeroSolution dropped = NetzeroSolution.withFigures(tight, Strategy.PROSUMERS, 1000, fewer,
                NetzeroCosts.shortfallKWh(tight, 1000, ev), null);
        assertEquals(List.of("unmet-with-offers"), CHECKER.check(tight, dropped).stream()
                .map(Violation::constraint).distinct().toList());
    }

    @Test
    void baselinesMustKeepTheirOwnRules() {
        assertTrue(constraints(with(Strategy.NO_PROSUMERS, good.gridSupplyKWh(), good.taken(), 0))
                .contains("strategy"));
        NetzeroSolution noOpt = solve("no-optimisation", in);
        assertEquals(List.of(), CHECKER.check(in, noOpt));
        assertTrue(constraints(with(Strategy.NO_OPTIMISATION, noOpt.gridSupplyKWh() - 1, new int[0],
                0)).contains("strategy"));
    }

    @Test
    void reportedFiguresAreRecomputed() {
        NetzeroSolution.Reported r = good.reported();
        NetzeroSolution cost = new NetzeroSolution(good.strategy(), good.gridSupplyKWh(), good.taken(),
                good.unmetKWh(), new NetzeroSolution.Reported(r.gridCost() * 0.9, r.co2Kg(), r.evSupplyKWh(),
                r.evs()), null);
        assertEquals(List.of(ReportedFigures.CONSTRAINT), constraints(cost));
        List<NetzeroSolution.EvFigures> evs = new ArrayList<>(r.evs());
        NetzeroSolution.EvFigures e = evs.get(3);
        evs.set(3, new NetzeroSolution.EvFigures(e.id(), e.consumptionKWh() + 0.5, e.demandKWh(), e.supplyKWh(),
                e.utility()));
        NetzeroSolution ev = new NetzeroSolution(good.strategy(), good.gridSupplyKWh(), good.taken(),
                good.unmetKWh(), new NetzeroSolution.Reported(r.gridCost(), r.co2Kg(), r.evSupplyKWh(), evs), null);
        List<Violation> v = CHECKER.check(in, ev);
        assertEquals(1, v.size(), v.toString());
        assertTrue(v.get(0).message().contains("evs[3].consumptionKWh"), v.get(0).message());
    }

    @Test
    void resultJsonRoundTripsAndTamperedJsonIsCaughtOrRefusedAtItsPath() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = STUDY.solutionToJson(in, good, mapper);
        NetzeroSolution back = STUDY.solutionFromJson(in, json, mapper);
        assertEquals(List.of(), CHECKER.check(in, back));
        assertEquals(good.gridSupplyKWh(), back.gridSupplyKWh());
        assertEquals(List.of(good.taken().length), List.of(back.taken().length));
        ObjectNode tampered = json.deepCopy();
        ((ObjectNode) tampered.get("evs").get(0)).put("demandKWh", 999.0);
        assertTrue(CHECKER.check(in, STUDY.solutionFromJson(in, tampered, mapper)).stream()
                .anyMatch(x -> x.message().contains("evs[0].demandKWh")));
        ObjectNode unknown = json.deepCopy();
        ((ObjectNode) unknown.get("evs").get(2)).put("id", "no-such-ev");
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> STUDY.solutionFromJson(in, unknown, mapper));
        assertTrue(e.problems().get(0).path().contains("evs[2].id"), e.problems().toString());
    }
}
