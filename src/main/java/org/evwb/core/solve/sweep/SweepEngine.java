package org.evwb.core.solve.sweep;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p>This is the {@code local} backend; {@link SweepBackend} runs the same {@link #runTask} elsewhere.
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
        SweepCancel cancel = new SweepCancel();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<TaskRows<X>>> futures = new ArrayList<>();
            for (SweepTask t : tasks) {
                futures.add(pool.submit(() -> {
                    if (cancel.isStopped() || ctx.isCancelled()) {
                        return null;
                    }
                    TaskRows<X> d = runTask(plan, t, perTask, cancel);
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
                TaskRows<X> d = await(futures.get(k), tasks.get(k), ctx, cancel);
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

    private static <X> TaskRows<X> await(Future<TaskRows<X>> f, SweepTask task, RunContext ctx, SweepCancel cancel) {
        while (true) {
            if (ctx.isCancelled()) {
                cancel.stop();
            }
            try {
                return f.get(POLL_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.stop();
                throw new CancelledException();
            } catch (ExecutionException e) {
                cancel.stop();
                Throwable cause = e.getCause();
                throw new IllegalStateException("sweep task " + task.index() + " (" + task.point() + ", run "
                        + task.run() + ", seed " + task.seed() + ") failed: " + cause.getMessage(), cause);
            }
        }
    }

    /**
     * Runs one task on the calling thread: builds its instance, runs every solver of the plan on it (each with its own
     * context seeded by the task) and applies {@code perTask}. This is all a backend runs per task, on whatever
     * machine, so rows are the same everywhere. Returns null when {@code cancel} stopped it (its runs cut short are
     * dropped); throws when the instance cannot be built or {@code perTask} fails (a solver that throws makes a FAILED
     * row instead).
     */
    public <I, S, X> TaskRows<X> runTask(SweepPlan<I, S> plan, SweepTask task,
                                         Function<FinishedTask<I, S>, X> perTask, SweepCancel cancel)
            throws Exception {
        I instance = plan.instances().build(task.point(), task.seed());
        List<SweepRow> rows = new ArrayList<>();
        List<RunOutcome<S>> outcomes = new ArrayList<>();
        for (SweepSolver<I, S> solver : plan.solvers()) {
            if (cancel.isStopped()) {
                return null;
            }
            RunContext child = new RunContext(task.seed(), plan.runTimeLimit(), RunListener.NONE);
            cancel.join(child);
            RunOutcome<S> out;
            long[] cpuNanos = {-1};
            try {
                out = runner.run(plan.study(), threadTimed(solver.spec(), cpuNanos), solver.parameters(), instance,
                        child);
            } finally {
                cancel.leave(child);
            }
            if (out.report().status() == RunStatus.CANCELLED) {
                return null; // only the sweep cancels its runs: this task was cut short
            }
            rows.add(row(task, solver.id(), out.report(), cpuNanos[0], plan.carbon()));
            outcomes.add(out);
        }
        X output = perTask.apply(new FinishedTask<>(task, instance, rows, outcomes));
        return new TaskRows<>(task.index(), rows, output);
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
