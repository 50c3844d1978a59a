package org.evwb.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import org.evwb.core.solve.sweep.TaskRows;

/**
 * Some tasks of a sweep as they travel: the sweep's id and the tasks' indexes only (the job is on the cluster once).
 * The answer has one entry per task, in order: its {@link TaskRows}, null when a cancel stopped it, or a
 * {@link TaskError} when it threw (so one bad task does not sink the others of the call). Several short tasks per call
 * share the call's cost.
 */
final class SweepCall implements Callable<ArrayList<Object>>, Serializable, HazelcastInstanceAware {

    /** Why a task threw on the member. */
    record TaskError(String reason) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final long serialVersionUID = 1L;

    private final String sweepId;
    private final int[] tasks;
    private transient HazelcastInstance member;

    SweepCall(String sweepId, int[] tasks) {
        this.sweepId = sweepId;
        this.tasks = tasks.clone();
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public ArrayList<Object> call() {
        Object sweeps = member.getUserContext().get(MemberSweeps.KEY);
        if (!(sweeps instanceof MemberSweeps s)) {
            throw new IllegalStateException("member " + member.getCluster().getLocalMember().getAddress()
                    + " runs no evwb sweeps: start members with org.evwb.cluster.Member (docs/cli.md)");
        }
        ArrayList<Object> out = new ArrayList<>(tasks.length);
        for (int t : tasks) {
            try {
                out.add(s.run(member, sweepId, t));
            } catch (Exception | LinkageError e) {
                String m = e.getMessage();
                out.add(new TaskError(m == null || m.isBlank() ? e.toString() : m));
            }
        }
        return out;
    }
}
