package org.evwb.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.core.solve.sweep.TaskRows;

/** One sweep task as it travels: the sweep's id and the task's index only (the job is on the cluster once). */
final class SweepCall implements Callable<TaskRows<Map<String, List<Map<String, Object>>>>>, Serializable,
        HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final String sweepId;
    private final int task;
    private transient HazelcastInstance member;

    SweepCall(String sweepId, int task) {
        this.sweepId = sweepId;
        this.task = task;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public TaskRows<Map<String, List<Map<String, Object>>>> call() throws Exception {
        Object sweeps = member.getUserContext().get(MemberSweeps.KEY);
        if (!(sweeps instanceof MemberSweeps s)) {
            throw new IllegalStateException("member " + member.getCluster().getLocalMember().getAddress()
                    + " runs no evwb sweeps: start members with org.evwb.cluster.Member (docs/cli.md)");
        }
        return s.run(member, sweepId, task);
    }
}
