package org.evwb.cluster;

import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.map.IMap;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.sweep.PreparedSweep;
import org.evwb.core.solve.sweep.StudySweeps;
import org.evwb.core.solve.sweep.SweepBackend;
import org.evwb.core.solve.sweep.SweepJob;
import org.evwb.core.solve.sweep.SweepResult;
import org.evwb.core.solve.sweep.SweepRow;
import org.evwb.core.solve.sweep.SweepTask;
import org.evwb.core.solve.sweep.TaskRows;

/**
 * Sweeps on a Hazelcast cluster. The job (project included) goes into a cluster map once per sweep; tasks then
 * travel as (sweep id, task indexes) — several per call while many are pending, for a call costs far more than a
 * short run — to a member chosen here: at random among the members with a free worker, so a member never holds more
 * calls than its {@code evwb.workers} attribute (Hazelcast's own placement is random and ignores how busy a member
 * is). Rows come back as the member's {@link SweepRow}s, the same bits as on the local pool.
 *
 * <p>Failures: a task whose member left (or could not be reached) is sent again to another member, up to
 * {@value #MAX_LOSSES} times; a task that throws is tried once more, and after a second failure becomes FAILED rows
 * carrying the reason. Cancel: every member stops the sweep's running tasks (a control message), the tasks that finish
 * in the next {@value #CANCEL_GRACE_MS} ms are kept, the others are cancelled.
 */
final class HazelcastSweepBackend implements SweepBackend {

    static final int MAX_LOSSES = 3;
    static final int MAX_FAILURES = 2;
    /** The most tasks one call carries. */
    static final int MAX_BATCH = 16;
    private static final long POLL_MS = 50;
    private static final long CANCEL_GRACE_MS = 2000;
    /** How long a sweep waits with no member at all before it gives up. */
    private static final long NO_MEMBER_MS = 30_000;

    private final HazelcastInstance driver;
    private final List<HazelcastInstance> owned;
    private final Random placement = new Random();
    /** Held while the backend lives: JUL forgets the level of a logger nobody references. */
    private final java.util.logging.Logger hazelcastLog = java.util.logging.Logger.getLogger("com.hazelcast");

    /** {@code driver} sends the tasks; {@code owned} are shut down on close (the client, or the embedded members). */
    HazelcastSweepBackend(HazelcastInstance driver, List<HazelcastInstance> owned) {
        this.driver = driver;
        this.owned = List.copyOf(owned);
        hazelcastLog.setLevel(java.util.logging.Level.WARNING); // its INFO lines would drown a sweep's progress
    }

    @Override
    public String id() {
        return "hazelcast";
    }

    /** The members this backend started in its own process (embedded mode), for tests. */
    List<HazelcastInstance> owned() {
        return owned;
    }

    /** A call in flight: its member, its future and its tasks. */
    private record Flight(Member member, Future<?> future, int[] tasks) { }

    /** A call's answer: one entry per task (see {@link SweepCall}), or the error that lost the whole call. */
    private record Done(int call, List<?> answers, Throwable error) { }

    @Override
    public <I, S> SweepResult<Map<String, List<Map<String, Object>>>> run(StudySweeps.Spec<I, S> spec,
                                                                         OptimizerRunner runner,
                                                                         ComputeCarbon.Settings carbon,
                                                                         RunContext ctx) {
        List<SweepTask> tasks = spec.plan(carbon).tasks();
        String id = UUID.randomUUID().toString();
        SweepJob job = SweepJob.of(id, spec, carbon);
        IMap<String, SweepJob> jobs = driver.getMap(ClusterSettings.JOBS);
        jobs.set(id, job);
        try {
            return new Run(id, tasks, spec.solverIds(), ctx).execute();
        } finally {
            jobs.delete(id);
            driver.getTopic(ClusterSettings.CONTROL).publish("done:" + id);
        }
    }

    /** One sweep's bookkeeping, on the calling thread. */
    private final class Run {
        private final String id;
        private final List<SweepTask> tasks;
        private final List<String> solverIds;
        private final RunContext ctx;
        private final IExecutorService executor = driver.getExecutorService(ClusterSettings.EXECUTOR);
        private final Deque<Integer> pending = new ArrayDeque<>();
        private final Map<Integer, Flight> inFlight = new HashMap<>();
        private int calls;
        private final Map<UUID, Integer> load = new HashMap<>();
        private final int[] losses;
        private final int[] failures;
        private final List<TaskRows<Map<String, List<Map<String, Object>>>>> results;
        private final BlockingQueue<Done> completions = new LinkedBlockingQueue<>();
        private int finished;

        Run(String id, List<SweepTask> tasks, List<String> solverIds, RunContext ctx) {
            this.id = id;
            this.tasks = tasks;
            this.solverIds = solverIds;
            this.ctx = ctx;
            losses = new int[tasks.size()];
            failures = new int[tasks.size()];
            results = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
            for (int i = 0; i < tasks.size(); i++) {
                pending.add(i);
            }
        }

        SweepResult<Map<String, List<Map<String, Object>>>> execute() {
            long noMemberSince = -1;
            try {
                while (!pending.isEmpty() || !inFlight.isEmpty()) {
                    if (ctx.isCancelled()) {
                        stop();
                        break;
                    }
                    List<Member> members = new ArrayList<>(driver.getCluster().getMembers());
                    if (members.isEmpty()) {
                        long now = System.nanoTime();
                        noMemberSince = noMemberSince < 0 ? now : noMemberSince;
                        if (now - noMemberSince > NO_MEMBER_MS * 1_000_000) {
                            throw new IllegalStateException("the cluster has had no member for "
                                    + NO_MEMBER_MS / 1000 + " s; " + finished + " of " + tasks.size()
                                    + " tasks finished");
                        }
                    } else {
                        noMemberSince = -1;
                    }
                    fill(members);
                    Done d = completions.poll(POLL_MS, TimeUnit.MILLISECONDS);
                    while (d != null) {
                        handle(d);
                        d = completions.poll();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new CancelledException();
            }
            List<SweepRow> rows = new ArrayList<>();
            List<Map<String, List<Map<String, Object>>>> outputs = new ArrayList<>();
            for (TaskRows<Map<String, List<Map<String, Object>>>> r : results) {
                if (r != null) {
                    rows.addAll(r.rows());
                    if (r.output() != null) {
                        outputs.add(r.output());
                    }
                }
            }
            return new SweepResult<>(rows, outputs, tasks.size(), finished, ctx.isCancelled());
        }

        /**
         * Sends pending tasks to members with a free worker, each call to a random one of them. A call carries
         * several tasks while many are pending (up to {@value #MAX_BATCH}, at most a quarter of an even share per
         * worker, so the end of the sweep still spreads over every worker).
         */
        private void fill(List<Member> members) {
            int workers = 0;
            for (Member m : members) {
                workers += workers(m);
            }
            while (!pending.isEmpty()) {
                List<Member> free = new ArrayList<>();
                for (Member m : members) {
                    if (load.getOrDefault(m.getUuid(), 0) < workers(m)) {
                        free.add(m);
                    }
                }
                if (free.isEmpty()) {
                    return;
                }
                Member m = free.get(placement.nextInt(free.size()));
                int size = Math.max(1, Math.min(MAX_BATCH, pending.size() / (4 * Math.max(1, workers))));
                int[] batch = new int[size];
                for (int i = 0; i < size; i++) {
                    batch[i] = pending.poll();
                }
                int call = calls++;
                load.merge(m.getUuid(), 1, Integer::sum);
                try {
                    Future<ArrayList<Object>> f = executor.submitToMember(new SweepCall(id, batch), m);
                    inFlight.put(call, new Flight(m, f, batch));
                    if (f instanceof CompletionStage<?> stage) {
                        stage.whenComplete((r, x) -> completions.add(new Done(call, (List<?>) r, x)));
                    } else {
                        throw new IllegalStateException("this Hazelcast's futures cannot report completion");
                    }
                } catch (RuntimeException e) {
                    inFlight.put(call, new Flight(m, null, batch));
                    completions.add(new Done(call, null, e));
                }
            }
        }

        private void handle(Done d) {
            Flight f = inFlight.remove(d.call());
            if (f == null) {
                return; // answered already (a cancel raced a result)
            }
            load.merge(f.member().getUuid(), -1, Integer::sum);
            if (d.error() != null) {
                Throwable cause = unwrap(d.error());
                for (int t : f.tasks()) {
                    failed(t, f.member(), cause, lost(cause));
                }
                return;
            }
            for (int k = 0; k < f.tasks().length; k++) {
                int t = f.tasks()[k];
                Object a = k < d.answers().size() ? d.answers().get(k) : null;
                if (a instanceof TaskRows<?> rows) {
                    results.set(t, rows(rows));
                    done();
                } else if (a instanceof SweepCall.TaskError e) {
                    failed(t, f.member(), new IllegalStateException(e.reason()), false);
                } else if (!ctx.isCancelled()) {
                    pending.addFirst(t); // stopped by a member's stale cancel: run it again
                }
            }
        }

        /** Task {@code t} did not come back: again elsewhere, or FAILED rows once it failed twice. */
        private void failed(int t, Member member, Throwable cause, boolean lost) {
            if (ctx.isCancelled()) {
                return;
            }
            SweepTask task = tasks.get(t);
            if (lost) {
                if (++losses[t] > MAX_LOSSES) {
                    fail(task, "lost with its member " + losses[t] + " times (last " + member.getAddress() + "): "
                            + cause);
                } else {
                    pending.addFirst(t);
                }
            } else if (++failures[t] >= MAX_FAILURES) {
                fail(task, "failed twice, last on " + member.getAddress() + ": " + reason(cause));
            } else {
                pending.addFirst(t);
            }
        }

        private void fail(SweepTask task, String reason) {
            results.set(task.index(), new TaskRows<>(task.index(), PreparedSweep.failedRows(task, solverIds, reason),
                    null));
            done();
        }

        private void done() {
            finished++;
            ctx.progress((double) finished / tasks.size(), finished + " of " + tasks.size() + " tasks");
        }

        /** Cancel: members stop the sweep's runs; what finishes within the grace time is kept. */
        private void stop() {
            try {
                driver.getTopic(ClusterSettings.CONTROL).publish("cancel:" + id);
            } catch (RuntimeException e) {
                // the cluster is going: nothing to stop there
            }
            long end = System.nanoTime() + CANCEL_GRACE_MS * 1_000_000;
            pending.clear();
            try {
                while (!inFlight.isEmpty() && System.nanoTime() < end) {
                    Done d = completions.poll(POLL_MS, TimeUnit.MILLISECONDS);
                    if (d != null) {
                        Flight f = inFlight.remove(d.call());
                        if (f != null && d.error() == null) {
                            for (int k = 0; k < f.tasks().length && k < d.answers().size(); k++) {
                                if (d.answers().get(k) instanceof TaskRows<?> rows) {
                                    results.set(f.tasks()[k], rows(rows));
                                    finished++;
                                }
                            }
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.values().forEach(f -> {
                if (f.future() != null) {
                    f.future().cancel(true);
                }
            });
            inFlight.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static TaskRows<Map<String, List<Map<String, Object>>>> rows(Object r) {
        return (TaskRows<Map<String, List<Map<String, Object>>>>) r;
    }

    private static int workers(Member m) {
        String w = m.getAttribute(ClusterSettings.WORKERS_ATTRIBUTE);
        try {
            return w == null ? 1 : Math.max(1, Integer.parseInt(w));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Throwable unwrap(Throwable x) {
        Throwable t = x;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The member was lost or out of reach, not the task at fault. */
    static boolean lost(Throwable t) {
        return t instanceof MemberLeftException || t instanceof TargetNotMemberException
                || t instanceof TargetDisconnectedException || t instanceof HazelcastInstanceNotActiveException
                || t instanceof HazelcastClientNotActiveException || t instanceof RetryableException;
    }

    private static String reason(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    @Override
    public void close() {
        for (HazelcastInstance h : owned) {
            try {
                h.getLifecycleService().terminate();
            } catch (RuntimeException e) {
                // going anyway
            }
        }
    }
}
