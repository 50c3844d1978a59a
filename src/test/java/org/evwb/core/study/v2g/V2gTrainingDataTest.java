package org.evwb.core.study.v2g;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.evwb.core.study.v2g.V2gPolicyFleet.Action;
import org.junit.jupiter.api.Test;

/**
 * The training data of the learned policy: training nights lie on the shipped training days and held-out nights on
 * the test days (so no held-out night shares its market with a training night), and the stratified draw keeps each
 * action's share, is reproducible from its seed and keeps every pair when the cap is off.
 */
class V2gTrainingDataTest {

    private final V2gPolicyTraining training = new V2gPolicyTraining();

    @Test
    void trainingNightsUseTrainingDaysAndHeldOutNightsUseTestDays() {
        V2gPolicyTraining.Settings s = new V2gPolicyTraining.Settings(3, 3, 6, 2, 2, 50, 10, 0);
        assertPrices(MarketDays.day(1), training.night(s, 0));
        assertPrices(MarketDays.day(2), training.night(s, 1));
        assertPrices(MarketDays.day(MarketDays.TRAINING + 1), training.night(s, 2));
        assertPrices(MarketDays.day(MarketDays.TRAINING + 2), training.night(s, 3));
        // beyond the 16 test days the days repeat, with another fleet
        V2gInstance again = training.night(s, 2 + 16);
        assertPrices(MarketDays.day(MarketDays.TRAINING + 1), again);
        assertNotEquals(training.night(s, 2).evs(), again.evs());
    }

    private static void assertPrices(MarketDayGenerator.Day day, V2gInstance in) {
        for (int k = 0; k < in.slotCount(); k++) {
            assertEquals(day.price()[k], in.slots().get(k).priceRate(), 1e-9, "slot " + k);
        }
    }

    @Test
    void theStratifiedDrawKeepsEachActionsShareAndIsReproducible() {
        Random r = new Random(4);
        List<double[]> x = new ArrayList<>();
        List<Action> y = new ArrayList<>();
        List<Integer> night = new ArrayList<>();
        int[] counts = {700, 40, 260};
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < counts[a]; i++) {
                x.add(new double[]{r.nextDouble()});
                y.add(Action.values()[a]);
                night.add(i % 20);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < y.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, r);
        V2gPolicyTraining.Samples all = new V2gPolicyTraining.Samples(order.stream().map(x::get).toList(),
                order.stream().map(y::get).toList(), order.stream().map(night::get).toList());
        V2gPolicyTraining.Samples kept = V2gPolicyTraining.stratified(all, 300, 9);
        assertEquals(300, kept.actions().size());
        assertEquals(210, kept.actions().stream().filter(a -> a == Action.CHARGE).count());
        assertEquals(12, kept.actions().stream().filter(a -> a == Action.IDLE).count());
        assertEquals(78, kept.actions().stream().filter(a -> a == Action.DISCHARGE).count());
        // each kept row is one of the pairs, with its own action and night
        for (int i = 0; i < kept.features().size(); i++) {
            int row = all.features().indexOf(kept.features().get(i));
            assertTrue(row >= 0);
            assertEquals(all.actions().get(row), kept.actions().get(i));
            assertEquals(all.night().get(row), kept.night().get(i));
        }
        assertEquals(kept.features(), V2gPolicyTraining.stratified(all, 300, 9).features());
        assertNotEquals(kept.features(), V2gPolicyTraining.stratified(all, 300, 10).features());
        assertEquals(all, V2gPolicyTraining.stratified(all, 0, 9));
        assertEquals(all, V2gPolicyTraining.stratified(all, 5000, 9));
    }
}
