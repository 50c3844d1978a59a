package org.evwb.core.study.demo;

import java.util.Arrays;

/** For each vehicle, the index of its station, or -1 when it is not assigned. */
public record DemoSolution(int[] stationOf) {

    public DemoSolution {
        stationOf = stationOf.clone();
    }

    @Override
    public int[] stationOf() {
        return stationOf.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemoSolution d && Arrays.equals(stationOf, d.stationOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(stationOf);
    }

    @Override
    public String toString() {
        return "DemoSolution" + Arrays.toString(stationOf);
    }
}
