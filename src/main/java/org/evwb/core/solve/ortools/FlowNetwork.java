package org.evwb.core.solve.ortools;

import com.google.ortools.graph.MaxFlow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.evwb.core.solve.OrTools;
import org.evwb.core.solve.RunContext;

/**
 * A directed network with integer arc capacities, solved for a maximum flow with OR-Tools' {@code graph.MaxFlow}
 * (push-relabel). Nodes are numbered from 0; capacities are {@code long}s, so scale fractional capacities (e.g. Wh
 * to mWh) before adding them. The solve is one native call that cannot be interrupted; it is polynomial and fast,
 * so the run is checked for cancel before and after it.
 */
public final class FlowNetwork {

    private final List<long[]> arcs = new ArrayList<>(); // {tail, head, capacity}
    private int nodes;

    /** Adds an arc and returns its index (arcs are numbered in the order they are added). */
    public int addArc(int tail, int head, long capacity) {
        if (tail < 0 || head < 0) {
            throw new IllegalArgumentException("arc " + arcs.size() + ": nodes must be >= 0, were " + tail + " -> "
                    + head);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("arc " + arcs.size() + " (" + tail + " -> " + head
                    + "): capacity must be >= 0, was " + capacity);
        }
        arcs.add(new long[] {tail, head, capacity});
        nodes = Math.max(nodes, Math.max(tail, head) + 1);
        return arcs.size() - 1;
    }

    public int arcCount() {
        return arcs.size();
    }

    public int nodeCount() {
        return nodes;
    }

    /**
     * The maximum flow from {@code source} to {@code sink}, with each arc's flow and a minimum cut (the nodes still
     * reachable from the source in the residual network). Throws {@link IllegalArgumentException} when the
     * capacities can overflow a {@code long} (scale them down) or the nodes are not in the network.
     */
    public MaxFlowResult maxFlow(int source, int sink, RunContext ctx) {
        if (source == sink || source < 0 || sink < 0 || source >= nodes || sink >= nodes) {
            throw new IllegalArgumentException("source " + source + " and sink " + sink
                    + " must be two different nodes of the network (0.." + (nodes - 1) + ")");
        }
        ctx.checkCancelled();
        OrTools.ensureLoaded();
        MaxFlow mf = new MaxFlow();
        try {
            for (long[] a : arcs) {
                mf.addArcWithCapacity((int) a[0], (int) a[1], a[2]);
            }
            MaxFlow.Status status = mf.solve(source, sink);
            switch (status) {
                case OPTIMAL:
                    break;
                case POSSIBLE_OVERFLOW:
                    throw new IllegalArgumentException("max flow: the capacities out of the source add up to more"
                            + " than a long holds; scale them down");
                default:
                    throw new IllegalStateException("max flow: OR-Tools returned " + status);
            }
            long[] flows = new long[arcs.size()];
            for (int k = 0; k < flows.length; k++) {
                flows[k] = mf.getFlow(k);
            }
            ctx.checkCancelled();
            return new MaxFlowResult(mf.getOptimalFlow(), flows, sourceSide(source, flows));
        } finally {
            mf.delete();
        }
    }

    /** Nodes reachable from the source through arcs with spare capacity or flow to push back. */
    private boolean[] sourceSide(int source, long[] flows) {
        List<List<Integer>> out = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            out.add(new ArrayList<>());
        }
        for (int k = 0; k < arcs.size(); k++) {
            out.get((int) arcs.get(k)[0]).add(k);
            out.get((int) arcs.get(k)[1]).add(k);
        }
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[source] = true;
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int k : out.get(v)) {
                long[] a = arcs.get(k);
                int next;
                if (a[0] == v && flows[k] < a[2]) {
                    next = (int) a[1];
                } else if (a[1] == v && flows[k] > 0) {
                    next = (int) a[0];
                } else {
                    continue;
                }
                if (!seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** The capacity of arc {@code k}. */
    public long capacity(int k) {
        return arcs.get(k)[2];
    }

    public int tail(int k) {
        return (int) arcs.get(k)[0];
    }

    public int head(int k) {
        return (int) arcs.get(k)[1];
    }
}
