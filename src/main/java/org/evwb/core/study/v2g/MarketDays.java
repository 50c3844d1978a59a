package org.evwb.core.study.v2g;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The shipped set of 64 generated market days, kept as a recipe and seeds rather than data: day {@code i} (1…64) is
 * {@link MarketDayGenerator#DEFAULT} with seed {@code 1000 + i}, a weekend when {@code i mod 7} is 5 or 6 (so each
 * week has two). Days 1–48 are for training (the learned policy), days 49–64 for testing; both sets hold weekdays,
 * weekends and nights with negative prices.
 */
public final class MarketDays {

    /** Days in the set. */
    public static final int COUNT = 64;
    /** Days 1…TRAINING are training days, the rest test days. */
    public static final int TRAINING = 48;
    /** Seed of day i is SEED_BASE + i. */
    public static final long SEED_BASE = 1000;

    private MarketDays() {
    }

    public static boolean weekend(int day) {
        return day % 7 == 5 || day % 7 == 6;
    }

    /** The generator of day {@code day} (weekday or weekend). */
    public static MarketDayGenerator generator(int day) {
        check(day);
        MarketDayGenerator d = MarketDayGenerator.DEFAULT;
        return new MarketDayGenerator(d.slots(), d.slotMinutes(), d.startMin(), weekend(day), d.basePricePerKWh(),
                d.peakPricePerKWh(), d.negativePriceChance(), d.volumePerEvKWh());
    }

    /** Day {@code day} of the set, 1…{@value #COUNT}. */
    public static MarketDayGenerator.Day day(int day) {
        return generator(day).generate(SEED_BASE + day);
    }

    public static List<Integer> trainingDays() {
        return IntStream.rangeClosed(1, TRAINING).boxed().toList();
    }

    public static List<Integer> testDays() {
        return IntStream.rangeClosed(TRAINING + 1, COUNT).boxed().toList();
    }

    private static void check(int day) {
        if (day < 1 || day > COUNT) {
            throw new IllegalArgumentException("market day " + day + " is not in the set: days are 1 to " + COUNT);
        }
    }
}
