package org.evwb.core.solve.ortools;

/**
 * A maximum flow: its value, the flow on each arc (by arc index) and the source side of a minimum cut
 * ({@code sourceSide[v]} is true for the nodes on the source's side; the arcs from there to the other side are
 * saturated and their capacities add up to {@code flow}).
 */
public record MaxFlowResult(long flow, long[] arcFlows, boolean[] sourceSide) {

    public MaxFlowResult {
        arcFlows = arcFlows.clone();
        sourceSide = sourceSide.clone();
    }

    /** The flow on arc {@code k}. */
    public long arcFlow(int k) {
        return arcFlows[k];
    }

    /** True when node {@code v} is on the source's side of the minimum cut. */
    public boolean onSourceSide(int v) {
        return sourceSide[v];
    }

    @Override
    public long[] arcFlows() {
        return arcFlows.clone();
    }

    @Override
    public boolean[] sourceSide() {
        return sourceSide.clone();
    }
}
