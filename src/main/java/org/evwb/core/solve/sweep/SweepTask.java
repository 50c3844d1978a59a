package org.evwb.core.solve.sweep;

import java.nio.charset.StandardCharsets;

/**
 * One task of a sweep: a grid point and a seeded run of it. {@code index} is the task's place in the task order
 * (points in grid order, runs within a point).
 */
public record SweepTask(int index, SweepPoint point, int run, long seed) {

    /**
     * The default seed rule: a function of the base seed, the point's values (in axis order) and the run only, so
     * a task's seed does not depend on the thread count, on which other points are in the grid or on their order.
     * Whole numbers enter as their value, other numbers as their IEEE bits, text and enums as a 64-bit FNV-1a hash of
     * their UTF-8 name, booleans as 0/1.
     */
    public static long defaultSeed(long baseSeed, SweepPoint point, int run) {
        long h = baseSeed;
        for (Object v : point.values().values()) {
            h = mix(h, asLong(v));
        }
        return mix(h, run);
    }

    private static long mix(long h, long v) {
        h = (h ^ v) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 31);
    }

    private static long asLong(Object v) {
        if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 0x1p62 ? (long) d : Double.doubleToLongBits(d);
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = v instanceof Enum<?> e ? e.name() : v.toString();
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }
}
