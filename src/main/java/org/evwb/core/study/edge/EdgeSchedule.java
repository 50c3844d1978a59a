package org.evwb.core.study.edge;

import java.util.Arrays;
import java.util.List;

/**
 * A solution of study {@code edge}: for every server, the slot each task runs in (or none), and the figures the solver
 * reports about itself (the checker recomputes each of them). {@code boundRevenue} is an upper bound the solver proved
 * on the instance's revenue ({@code bound}: SPEC's LP; {@code milp}: its MILP bound), null when it proved none.
 *
 * @param servers        one schedule per server of the instance, in its order
 * @param revenue        reported total revenue, or null
 * @param boundRevenue   a proved upper bound on the total revenue, or null
 * @param note           one line from the solver (e.g. why the MILP stopped), or null
 */
public record EdgeSchedule(List<ServerSchedule> servers, Double revenue, Double boundRevenue, String note) {

    public EdgeSchedule {
        servers = List.copyOf(servers);
    }

    /** A schedule without a bound or a note. */
    public static EdgeSchedule of(List<ServerSchedule> servers, Double revenue) {
        return new EdgeSchedule(servers, revenue, null, null);
    }

    public EdgeSchedule withBound(Double bound, String text) {
        return new EdgeSchedule(servers, revenue, bound, text);
    }

    /**
     * One server's schedule.
     *
     * @param serverId   the server's id
     * @param slotOfTask for task i, the slot it runs in, or {@link #DROPPED}; owned by the schedule, never modified
     * @param revenue    reported revenue of this server, or null
     * @param energyWh   reported energy the server draws over the day (Wh), or null
     */
    public record ServerSchedule(String serverId, int[] slotOfTask, Double revenue, Double energyWh) {

        /** The slot of a task that does not run. */
        public static final int DROPPED = -1;

        public ServerSchedule {
            slotOfTask = slotOfTask.clone();
        }

        /** A schedule with nothing run. */
        public static ServerSchedule empty(String serverId, int tasks) {
            int[] s = new int[tasks];
            Arrays.fill(s, DROPPED);
            return new ServerSchedule(serverId, s, null, null);
        }

        public int slotOf(int task) {
            return slotOfTask[task];
        }

        /** A copy of the slots (the array itself stays private to the schedule). */
        public int[] slots() {
            return slotOfTask.clone();
        }

        public int taskCount() {
            return slotOfTask.length;
        }

        public long runCount() {
            return Arrays.stream(slotOfTask).filter(s -> s != DROPPED).count();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ServerSchedule s && serverId.equals(s.serverId)
                    && Arrays.equals(slotOfTask, s.slotOfTask) && java.util.Objects.equals(revenue, s.revenue)
                    && java.util.Objects.equals(energyWh, s.energyWh);
        }

        @Override
        public int hashCode() {
            return serverId.hashCode() * 31 + Arrays.hashCode(slotOfTask);
        }

        @Override
        public String toString() {
            return "ServerSchedule[" + serverId + ", " + runCount() + " of " + slotOfTask.length + " tasks run]";
        }
    }
}
