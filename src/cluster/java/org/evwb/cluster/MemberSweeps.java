package org.evwb.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.sweep.PreparedSweep;
import org.evwb.core.solve.sweep.SweepCancel;
import org.evwb.core.solve.sweep.SweepJob;
import org.evwb.core.solve.sweep.TaskRows;

/**
 * A member's side of every sweep: the job fetched from the cluster once per sweep and rebuilt into a plan
 * ({@link PreparedSweep}) on its first task, then every task of that sweep on this member runs from it; a cancel
 * message stops the sweep's running tasks here, a done message drops it.
 */
final class MemberSweeps {

    /** The key of this object in the member's user context. */
    static final String KEY = "evwb.sweeps";

    private final StudyRegistry studies;
    private final ConcurrentMap<String, Local> sweeps = new ConcurrentHashMap<>();
    /** Sweeps cancelled or ended, so that a task arriving late starts nothing. */
    private final Map<String, Boolean> ended = new ConcurrentHashMap<>();

    private record Local(PreparedSweep sweep, SweepCancel cancel) { }

    MemberSweeps(StudyRegistry studies) {
        this.studies = studies;
    }

    /** Runs task {@code index} of sweep {@code id}; null when the sweep was cancelled. */
    TaskRows<Map<String, List<Map<String, Object>>>> run(HazelcastInstance hz, String id, int index)
            throws Exception {
        if (ended.containsKey(id)) {
            return null;
        }
        Local local = sweeps.computeIfAbsent(id, k -> prepare(hz, k));
        return local.sweep().run(index, local.cancel());
    }

    private Local prepare(HazelcastInstance hz, String id) {
        IMap<String, SweepJob> jobs = hz.getMap(ClusterSettings.JOBS);
        SweepJob job = jobs.get(id);
        if (job == null) {
            throw new IllegalStateException("sweep " + id + " is not on the cluster (ended, or its sender left)");
        }
        return new Local(PreparedSweep.of(job, studies), new SweepCancel());
    }

    /** A control message: {@code cancel:ID} stops the sweep's tasks here, {@code done:ID} forgets it. */
    void control(String message) {
        int colon = message.indexOf(':');
        if (colon < 0) {
            return;
        }
        String id = message.substring(colon + 1);
        ended.put(id, Boolean.TRUE);
        Local local = message.startsWith("cancel:") ? sweeps.get(id) : sweeps.remove(id);
        if (local != null) {
            local.cancel().stop();
        }
        if (ended.size() > 1000) {
            ended.clear(); // only late tasks look here; old sweeps need no memory
        }
    }

    /** Sweeps prepared on this member now (for tests). */
    int prepared() {
        return sweeps.size();
    }
}
