package org.evwb.core.solve.sweep;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.SolverSpec;

/**
 * Runs a {@link SweepPlan}: for every task (grid point × seeded run) builds the instance, runs every solver on it
 * through {@link OptimizerRunner} (checker verdict, objectives, timings), on a pool of worker threads.
 *
 * <p><b>Same rows for any thread count.</b> A task's seed depends only on the plan and the task, each solver run gets
 * its own {@link RunContext} with that seed, and rows come back in task order (solvers in plan order within a task),
 * so the rows, timings aside, do not depend on the number of threads.
 *
 * <p><b>CPU time.</b> A row's {@code cpuSeconds} is the worker thread's CPU time during the solve (the process CPU
 * time, also recorded, includes the other workers and is only as fine as the OS's accounting tick). A solver that
 * starts threads of its own is undercounted: run such solvers single-threaded in a sweep, which already keeps every
 * core busy.
 *
 * <p><b>Cancel.</b> The sweep's context is polled every 50 ms; a cancel cancels the context of every solver run in
 * progress (so each stops as its solver does on cancel), starts no new task, waits for the running ones to stop, and
 * returns the finished tasks' rows with {@link SweepResult#cancelled()} set. Progress is reported once per finished
 * task.
 */
public final class SweepEngine {

    private static final long POLL_MS = 50;

    private final OptimizerRunner runner;

    public SweepEngine(OptimizerRunner runner) {
        this.runner = runner;
    }

    /** Runs the plan and keeps only the rows. */
    public <I, S> SweepResult<Void> run(SweepPlan<I, S> plan, RunContext ctx) {
        return run(plan, task -> null, ctx);
    }

    /**
     * Runs the plan; {@code perTask} turns each finished task (instance, rows, solutions) into a study's own output,
     * on the worker thread, e.g. rows with instance statistics. Throws {@link IllegalStateException} naming the task
     * when an instance cannot be built or {@code perTask} fails (a solver that throws makes a FAILED row instead).
     */
    public <I, S, X> SweepResult<X> run(SweepPlan<I, S> plan, Function<FinishedTask<I, S>, X> perTask,
                                        RunContext ctx) {
        List<SweepTask> tasks = plan.tasks();
        int threads = Math.min(tasks.size(),
                plan.threads() == 0 ? Runtime.getRuntime().availableProcessors() : plan.threads());
        Set<RunContext> running = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TaskDone<X>>> futures = new ArrayList<>();
            for (SweepTask t : tasks) {
                futures.add(pool.submit(() -> {
                    if (stop.get() || ctx.isCancelled()) {
                        return null;
                    }
                    TaskDone<X> d = runTask(plan, t, perTask, running, stop, ctx);
                    if (d != null) {
                        int n = done.incrementAndGet();
                        ctx.progress((double) n / tasks.size(), n + " of " + tasks.size() + " tasks");
                    }
                    return d;
                }));
            }
            List<SweepRow> rows = new ArrayList<>();
            List<X> outputs = new ArrayList<>();
            int finished = 0;
            for (int k = 0; k < futures.size(); k++) {
                TaskDone<X> d = await(futures.get(k), tasks.get(k), ctx, stop, running);
                if (d != null) {
                    finished++;
                    rows.addAll(d.rows());
                    if (d.output() != null) {
                        outputs.add(d.output());
                    }
                }
            }
            return new SweepResult<>(rows, outputs, tasks.size(), finished, ctx.isCancelled());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A finished task's rows and output; null from a worker means the task did not finish. */
    private record TaskDone<X>(List<SweepRow> rows, X output) { }

    private static <X> TaskDone<X> await(Future<TaskDone<X>> f, SweepTask task, RunContext ctx, AtomicBoolean stop,
                                         Set<RunContext> running) {
        while (true) {
            if (ctx.isCancelled() && stop.compareAndSet(false, true)) {
                running.forEach(RunContext::cancel);
            }
            try {
                return f.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                running.forEach(RunContext::cancel);
                throw new CancelledException();
            } catch (ExecutionException e) {
                stop.set(true);
                running.forEach(RunContext::cancel);
                Throwable cause = e.getCause();
                throw new IllegalStateException("sweep task " + task.index() + " (" + task.point() + ", run "
                        + task.run() + ", seed " + task.seed() + ") failed: " + cause.getMessage(), cause);
            }
        }
    }

    private <I, S, X> TaskDone<X> runTask(SweepPlan<I, S> plan, SweepTask task,
                                          Function<FinishedTask<I, S>, X> perTask, Set<RunContext> running,
                                          AtomicBoolean stop, RunContext parent) throws Exception {
        I instance = plan.instances().build(task.point(), task.seed());
        List<SweepRow> rows = new ArrayList<>();
        List<RunOutcome<S>> outcomes = new ArrayList<>();
        for (SweepSolver<I, S> solver : plan.solvers()) {
            if (stop.get() || parent.isCancelled()) {
                return null;
            }
            RunContext child = new RunContext(task.seed(), plan.runTimeLimit(), RunListener.NONE);
            running.add(child);
            if (stop.get() || parent.isCancelled()) {
                child.cancel(); // the cancel may have swept the set before this run joined it
            }
            RunOutcome<S> out;
            long[] cpuNanos = {-1};
            try {
                out = runner.run(plan.study(), threadTimed(solver.spec(), cpuNanos), solver.parameters(), instance,
                        child);
            } finally {
                running.remove(child);
            }
            if (out.report().status() == RunStatus.CANCELLED) {
                return null; // only the sweep cancels its runs: this task was cut short
            }
            rows.add(row(task, solver.id(), out.report(), cpuNanos[0], plan.carbon()));
            outcomes.add(out);
        }
        X output = perTask.apply(new FinishedTask<>(task, instance, rows, outcomes));
        return new TaskDone<>(List.copyOf(rows), output);
    }

    private static SweepRow row(SweepTask task, String solverId, RunReport rep, long cpuNanos,
                                ComputeCarbon.Settings carbon) {
        double cpu = cpuNanos < 0 ? rep.cpuSeconds() : cpuNanos / 1e9;
        ComputeCarbon c = ComputeCarbon.estimate(cpu, rep.wallSeconds(), carbon);
        return new SweepRow(task.index(), task.point().values(), task.run(), task.seed(), solverId, rep.status(),
                rep.feasible(), rep.violations().size(), rep.objectives(), rep.wallSeconds(), cpu, rep.cpuSeconds(),
                c.energyKWh(), c.co2Kg(), rep.error());
    }

    /**
     * The runner's CPU figure is process-wide (other workers included, and coarse); time the solve alone on this
     * thread by wrapping the optimiser. {@code cpuNanos[0]} stays -1 when the JVM cannot measure thread CPU time.
     */
    private static <I, S> SolverSpec<I, S> threadTimed(SolverSpec<I, S> spec, long[] cpuNanos) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!mx.isCurrentThreadCpuTimeSupported()) {
            return spec;
        }
        return SolverSpec.of(spec.id(), spec.description(), spec.defaults(),
                params -> timed(spec.create(params), mx, cpuNanos));
    }

    private static <I, S> Optimizer<I, S> timed(Optimizer<I, S> inner, ThreadMXBean mx, long[] cpuNanos) {
        return new Optimizer<>() {
            @Override
            public String id() {
                return inner.id();
            }

            @Override
            public String description() {
                return inner.description();
            }

            @Override
            public S solve(I instance, RunContext context) {
                long t0 = mx.getCurrentThreadCpuTime();
                try {
                    return inner.solve(instance, context);
                } finally {
                    cpuNanos[0] = mx.getCurrentThreadCpuTime() - t0;
                }
            }
        };
    }
}
