package org.evwb.core.study.edge;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A built {@code edge} instance: the servers' days (each scheduled independently; results sum), the slot length and
 * the study parameters it was built with. {@link #bound()} is SPEC §4's LP upper bound on the revenue, computed once
 * per instance on first use (it is what every run's gap is measured against).
 *
 * @param slotMinutes Δ in minutes
 * @param params      the study parameters
 * @param servers     every server's day, in the project's order
 * @param boundCache  the bound once computed (shared by copies of this instance)
 */
public record EdgeInstance(double slotMinutes, EdgeParameters params, List<ServerDay> servers,
                           AtomicReference<EdgeBound.Result> boundCache) {

    public EdgeInstance {
        if (!(slotMinutes > 0) || Double.isInfinite(slotMinutes)) {
            throw new IllegalArgumentException("slot length must be > 0 minutes, was " + slotMinutes);
        }
        servers = List.copyOf(servers);
        boundCache = boundCache == null ? new AtomicReference<>() : boundCache;
    }

    public EdgeInstance(double slotMinutes, EdgeParameters params, List<ServerDay> servers) {
        this(slotMinutes, params, servers, null);
    }

    /** T, the number of slots (every server's day has the same). */
    public int slots() {
        return servers.isEmpty() ? 0 : servers.get(0).slots();
    }

    /** Hours per slot, Δ/60: W × this = Wh. */
    public double hoursPerSlot() {
        return slotMinutes / 60.0;
    }

    public boolean wholeCores() {
        return params.cores() == EdgeParameters.CoreModel.WHOLE;
    }

    public int taskCount() {
        return servers.stream().mapToInt(s -> s.tasks().size()).sum();
    }

    public Optional<ServerDay> server(String id) {
        return servers.stream().filter(s -> s.server().id().equals(id)).findFirst();
    }

    /** The instance with other server days (same slot length and parameters, a fresh bound). */
    public EdgeInstance withServers(List<ServerDay> days) {
        return new EdgeInstance(slotMinutes, params, days);
    }

    /** The instance whose actual day is its predicted one (what an offline plan is made on). */
    public EdgeInstance predicted() {
        return withServers(servers.stream().map(ServerDay::predicted).toList());
    }

    /** SPEC §4's strengthened LP bound on the total revenue, computed on first use (seconds at 100,000 tasks). */
    public EdgeBound.Result bound() {
        EdgeBound.Result b = boundCache.get();
        if (b == null) {
            b = new EdgeBound().solve(this, org.evwb.core.solve.RunContext.of(0));
            boundCache.compareAndSet(null, b);
        }
        return boundCache.get();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
