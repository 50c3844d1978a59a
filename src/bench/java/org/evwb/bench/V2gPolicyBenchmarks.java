package org.evwb.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.v2g.V2gLearned;
import org.evwb.core.study.v2g.V2gPolicyClassifier;
import org.evwb.core.study.v2g.V2gPolicyFiles;
import org.evwb.core.study.v2g.V2gPolicyModel;
import org.evwb.core.study.v2g.V2gPolicyRun;
import org.evwb.core.study.v2g.V2gPolicyTraining;
import org.evwb.core.study.v2g.V2gInstance;

/**
 * The v2g learned policy: inference at 300 EVs (target &lt; 1 s; wall and CPU time of the run), training on about
 * 1,000 (state, action) pairs (target &lt; 30 s) drawn stratified from the shipped training days and on all of their
 * pairs, and the held-out accuracy on the test days of both kernels (target ≥ 92 %, the paper's SVC; paper QSVC
 * 87 %). Each figure is printed per run; nothing is asserted. {@code --inference-only} stops after inference.
 */
public final class V2gPolicyBenchmarks {

    private V2gPolicyBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        run(List.of(args), new PrintWriter(System.out, true));
    }

    public static void run(List<String> args, PrintWriter out) {
        boolean quick = args.contains("--quick");
        V2gPolicyFiles files = new V2gPolicyFiles();
        out.println("## learned inference at 300 EVs, L3, 48 slots (shipped models)");
        out.println();
        out.println("load average " + MotorwayBenchmarks.loadAverage());
        out.println();
        out.println("| kernel | night | wall s | CPU s | cost ¤ | fallbacks |");
        out.println("|---|---|---|---|---|---|");
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        V2gPolicyTraining.Settings big = new V2gPolicyTraining.Settings(5, 3, 300, 1, 2, 1, 10, 0);
        for (boolean quantum : new boolean[]{false, true}) {
            V2gPolicyClassifier c = V2gPolicyClassifier.of(files.shipped(quantum));
            for (int j = 0; j < (quick ? 1 : 3); j++) {
                V2gInstance in = new V2gPolicyTraining().night(big, j);
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                V2gPolicyRun.Result r = V2gPolicyRun.run(in, c, "bench", RunContext.of(1));
                out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.2f | %d |%n", quantum ? "zz" : "rbf", j,
                        (System.nanoTime() - t0) / 1e9, (mx.getCurrentThreadCpuTime() - c0) / 1e9,
                        r.schedule().reportedCost(), r.fallbacks());
            }
        }
        out.println();
        if (args.contains("--inference-only")) {
            return;
        }
        V2gPolicyTraining.Settings def = V2gLearned.Parameters.DEFAULT.settings();
        out.println("## training: " + def.evs() + "-EV fleets on " + def.trainDays() + " shipped training days, "
                + def.heldOutDays() + " test days held out; the default draws " + def.maxPairs() + " pairs stratified,"
                + " \"all\" learns from every pair");
        out.println();
        out.println("| kernel | pairs | run | wall s | CPU s | training pairs | held-out accuracy | always C "
                + "| RBF beside | gap to adp | refused predictions | load |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (boolean quantum : new boolean[]{false, true}) {
            for (int pairs : new int[]{def.maxPairs(), 0}) {
                V2gPolicyTraining.Settings s = new V2gPolicyTraining.Settings(def.seed(), def.level(), def.evs(),
                        def.trainDays(), def.heldOutDays(), def.adpBeam(), def.svmCost(), def.gamma(), pairs);
                for (int run = 0; run < (quick ? 1 : 2); run++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    V2gPolicyModel m = new V2gPolicyTraining().train(s, quantum, RunContext.of(1));
                    V2gPolicyModel.TrainingReport r = m.report();
                    out.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %d | %.1f %% | %.1f %% | %s "
                                    + "| %.1f %% | %.1f %% | %s |%n", m.kernel(), pairs == 0 ? "all" : String.valueOf(pairs), run,
                            (System.nanoTime() - t0) / 1e9, (mx.getCurrentThreadCpuTime() - c0) / 1e9,
                            r.trainSamples(), 100 * r.heldOutAccuracy(), 100 * r.alwaysChargeAccuracy(),
                            r.rbfHeldOutAccuracy() == null ? "" : String.format(Locale.ROOT, "%.1f %%",
                                    100 * r.rbfHeldOutAccuracy()), 100 * r.costGapToAdp(), 100 * r.fallbackShare(),
                            MotorwayBenchmarks.loadAverage());
                    out.flush();
                }
            }
        }
    }
}
