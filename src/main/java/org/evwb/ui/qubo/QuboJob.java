package org.evwb.ui.qubo;

import java.util.ArrayList;
import java.util.List;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.qaoa.QaoaSimulator;
import org.evwb.core.qubo.sampler.AnnealSampler;
import org.evwb.core.qubo.sampler.ReadProgress;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.core.solve.CancelledException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunEvent;
import org.evwb.core.solve.RunListener;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.platform.BackgroundTask;

/**
 * The work of one workbench job: one or more sampler requests on a QUBO, one after the other, each with its own
 * {@link RunContext} (its seed and time limit). Progress goes to the job's context; the anneal trace becomes
 * "current energy" and "best energy" series (thinned to about {@value #TRACE_POINTS} points, so a run of millions of
 * sweeps cannot flood the queue), a QAOA run's ⟨E⟩ per optimiser step one series per p. Cancelling the task asks the
 * running sampler to stop; the task ends CANCELLED when it has stopped.
 */
public final class QuboJob {

    /** Points per traced series at most. */
    public static final int TRACE_POINTS = 2_000;

    private final Samplers samplers;
    private final QuboSource source;
    private final List<SamplerRequest> requests;
    private final String title;
    private final boolean qaoaSweep;
    private final LiveChart chart;
    private volatile RunContext current;
    private volatile boolean cancelRequested;

    public QuboJob(Samplers samplers, QuboSource source, List<SamplerRequest> requests, String title,
                   boolean qaoaSweep, LiveChart chart) {
        this.samplers = samplers;
        this.source = source;
        this.requests = List.copyOf(requests);
        this.title = title;
        this.qaoaSweep = qaoaSweep;
        this.chart = chart;
    }

    /** The job as a background task (not started). */
    public BackgroundTask<QuboResult> task() {
        return BackgroundTask.of(title, this::run).onCancelRequested(this::requestCancel);
    }

    /** Asks the running sampler to stop at its next check; thread-safe. */
    private void requestCancel() {
        cancelRequested = true;
        RunContext c = current;
        if (c != null) {
            c.cancel();
        }
    }

    private QuboResult run(RunContext job) {
        long t0 = System.nanoTime();
        Qubo qubo = source.qubo();
        List<SampleSet> sets = new ArrayList<>();
        for (int k = 0; k < requests.size(); k++) {
            SamplerRequest r = requests.get(k);
            var spec = samplers.byId(r.samplerId()).orElseThrow(() -> new IllegalArgumentException(
                    "no sampler '" + r.samplerId() + "'; known: " + samplers.ids()));
            RunContext ctx = new RunContext(r.seed(), r.timeLimit(), listener(k, r, job));
            current = ctx;
            if (cancelRequested) {
                ctx.cancel();
            }
            job.progress((double) k / requests.size(), "running " + r.title());
            sets.add(spec.create(r.parameters()).solve(qubo, ctx));
            if (cancelRequested) {
                throw new CancelledException();
            }
            job.progress((double) (k + 1) / requests.size(), "running " + r.title());
        }
        job.progress(1, "done");
        return new QuboResult(title, source, requests, sets, qaoaSweep, (System.nanoTime() - t0) / 1e9);
    }

    private RunListener listener(int index, SamplerRequest r, RunContext job) {
        int count = requests.size();
        // Samplers without progress reports get it from their trace: anneal by sweep, QAOA by optimiser step.
        double steps = r.parameters() instanceof AnnealSampler.Parameters a ? a.sweeps()
                : r.parameters() instanceof QaoaSimulator.Parameters q ? Math.max(1, q.maxEvaluations()) : 0;
        long stride = r.parameters() instanceof AnnealSampler.Parameters a
                ? Math.max(1, a.sweeps() / TRACE_POINTS) : 1;
        boolean traced = r.parameters() instanceof AnnealSampler.Parameters a && a.traceRead();
        String prefix = qaoaSweep && r.parameters() instanceof QaoaSimulator.Parameters q ? "p = " + q.layers() : null;
        return new RunListener() {
            private double best = Double.POSITIVE_INFINITY;
            private String message = "running " + r.title();

            @Override
            public void onProgress(double fraction, String text) {
                message = text;
                job.progress(Double.isNaN(fraction) ? Double.NaN : (index + fraction) / count, text);
            }

            @Override
            public void onEvent(RunEvent e) {
                if (e.series().equals(ReadProgress.BEST_SERIES)) {
                    // reads done: the progress comes with it; drawn only when no per-sweep trace fills the chart
                    if (chart != null && !traced) {
                        chart.offer(e);
                    }
                    return;
                }
                if (steps > 0) {
                    job.progress((index + Math.min(1, e.x() / steps)) / count, message);
                }
                if (chart == null) {
                    return;
                }
                switch (e.series()) {
                    case "anneal energy" -> {
                        best = Math.min(best, e.y());
                        long sweep = (long) e.x();
                        if (sweep % stride == 0 || sweep == 1) {
                            chart.offer(new RunEvent("current energy", e.x(), e.y()));
                            chart.offer(new RunEvent("best energy", e.x(), best));
                        }
                    }
                    case "qaoa expected energy" -> chart.offer(new RunEvent(prefix != null ? prefix
                            : "expected energy", e.x(), e.y()));
                    default -> chart.offer(e);
                }
            }
        };
    }
}
