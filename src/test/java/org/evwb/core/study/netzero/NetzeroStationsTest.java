package org.evwb.core.study.netzero;

import static org.evwb.core.study.netzero.NetzeroTestSupport.STUDY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.Violation;
import org.junit.jupiter.api.Test;

/**
 * Stations and their prosumers: the rule (the station nearest l_Si ahead of the EV along the road, clamped to the
 * road's ends, ties to the first) on constructed cases; the sample's EVs placed from their positions, every EV at
 * one station; the station in result files, and a wrong one caught by the checker at its path.
 */
class NetzeroStationsTest {

    private static final List<NetzeroStation> THREE = List.of(new NetzeroStation("a", 4, null),
            new NetzeroStation("b", 10, null), new NetzeroStation("c", 16, null));

    @Test
    void theStationIsTheOneNearestTheDrawnDistanceAheadClampedToTheRoad() {
        assertEquals(0, NetzeroStation.assign(0, 5, 20, THREE), "km 5 is nearest a (4)");
        assertEquals(1, NetzeroStation.assign(3, 5, 20, THREE), "km 8 is nearest b (10)");
        assertEquals(0, NetzeroStation.assign(2, 5, 20, THREE), "km 7: a and b are 3 km away, a is listed first");
        assertEquals(2, NetzeroStation.assign(18, 6, 20, THREE), "past the road's end: km 20 is nearest c");
        assertEquals(-1, NetzeroStation.assign(1, 1, 20, List.of()));
    }

    @Test
    void everyEvOfTheSampleChargesAtOneOfItsStations() throws Exception {
        NetzeroInstance in = NetzeroTestSupport.sampleInstance();
        assertEquals(List.of("cs1", "cs2", "cs3"), in.stations().stream().map(NetzeroStation::id).toList());
        int total = 0;
        for (int k = 0; k < in.stations().size(); k++) {
            total += in.prosumersOf(k).length;
        }
        assertEquals(in.evs().size(), total, "the prosumers of the stations are the fleet, each EV once");
        for (NetzeroEv ev : in.evs()) {
            assertTrue(ev.chainageKm() >= 0 && ev.chainageKm() <= in.parameters().roadLengthKm(), ev.toString());
            assertEquals(NetzeroStation.assign(ev.chainageKm(), ev.stationDistanceKm(),
                    in.parameters().roadLengthKm(), in.stations()), ev.station());
        }
        NetzeroInstance spread = NetzeroTestSupport.instance("fleetSize", 40, "stationCount", 4);
        assertEquals(4, spread.stations().size());
        assertEquals(2.5, spread.stations().get(0).chainageKm(), 1e-12, "four stations spread over 20 km");
        assertTrue(spread.stations().get(0).position() != null, "placed on the sample's road");
    }

    @Test
    void theStationIsInTheResultAndAWrongOneIsAViolation() throws Exception {
        NetzeroInstance in = NetzeroTestSupport.sampleInstance();
        NetzeroSolution good = NetzeroTestSupport.solve("milp", in);
        ObjectMapper mapper = new ObjectMapper();
        var json = STUDY.solutionToJson(in, good, mapper);
        assertEquals(in.stations().get(in.evs().get(0).station()).id(), json.at("/evs/0/station").asText());
        NetzeroSolution back = STUDY.solutionFromJson(in, json, mapper);
        assertEquals(List.of(), new NetzeroChecker().check(in, back));

        NetzeroSolution.Reported r = good.reported();
        List<NetzeroSolution.EvFigures> evs = new ArrayList<>(r.evs());
        NetzeroSolution.EvFigures e = evs.get(2);
        String other = in.stations().get((in.evs().get(2).station() + 1) % in.stations().size()).id();
        evs.set(2, new NetzeroSolution.EvFigures(e.id(), e.consumptionKWh(), e.demandKWh(), e.supplyKWh(),
                e.utility(), other));
        NetzeroSolution wrong = new NetzeroSolution(good.strategy(), good.gridSupplyKWh(), good.taken(),
                good.unmetKWh(), new NetzeroSolution.Reported(r.gridCost(), r.co2Kg(), r.evSupplyKWh(), evs), null);
        List<Violation> v = new NetzeroChecker().check(in, wrong);
        assertEquals(1, v.size(), v.toString());
        assertEquals("station", v.get(0).constraint());
        assertTrue(v.get(0).message().contains("evs[2].station is " + other), v.get(0).message());
    }
}
