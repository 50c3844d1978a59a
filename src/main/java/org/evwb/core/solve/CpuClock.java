package org.evwb.core.solve;

import java.lang.management.ManagementFactory;

/** Process CPU time (all threads), for the compute-carbon estimate. */
public final class CpuClock {

    private CpuClock() {
    }

    /** CPU time used by this process so far, in nanoseconds, or -1 when the JVM cannot tell. */
    public static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
