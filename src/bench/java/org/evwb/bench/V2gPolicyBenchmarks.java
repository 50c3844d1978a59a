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
 * The v2g learned policy: inference at 300 EVs (target &lt; 1 s), training on about 1,000 (state, action) pairs
 * (target &lt; 30 s), and the held-out accuracy of both kernels (target ≥ 92 %, the paper's SVC; paper QSVC 87 %).
 * Each figure is printed per run; nothing is asserted.
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
        out.println("| kernel | night | wall s | cost ¤ | fallbacks |");
        out.println("|---|---|---|---|---|");
        V2gPolicyTraining.Settings big = new V2gPolicyTraining.Settings(5, 3, 300, 1, 1, 1, 10, 0);
        for (boolean quantum : new boolean[]{false, true}) {
            V2gPolicyClassifier c = V2gPolicyClassifier.of(files.shipped(quantum));
            for (int j = 0; j < (quick ? 1 : 3); j++) {
                V2gInstance in = new V2gPolicyTraining().night(big, j);
                long t0 = System.nanoTime();
                V2gPolicyRun.Result r = V2gPolicyRun.run(in, c, "bench", RunContext.of(1));
                out.printf(Locale.ROOT, "| %s | %d | %.3f | %.2f | %d |%n", quantum ? "zz" : "rbf", j,
                        (System.nanoTime() - t0) / 1e9, r.schedule().reportedCost(), r.fallbacks());
            }
        }
        out.println();
        out.println("## training on 21 + 8 nights of 12 EVs (1,008 training pairs), the default settings");
        out.println();
        out.println("| kernel | run | wall s | held-out accuracy | always C | RBF beside | gap to adp |");
        out.println("|---|---|---|---|---|---|---|");
        for (boolean quantum : new boolean[]{false, true}) {
            for (int run = 0; run < (quick ? 1 : 2); run++) {
                long t0 = System.nanoTime();
                V2gPolicyModel m = new V2gPolicyTraining().train(V2gLearned.Parameters.DEFAULT.settings(), quantum,
                        RunContext.of(1));
                V2gPolicyModel.TrainingReport r = m.report();
                out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f %% | %.1f %% | %s | %.1f %% |%n", m.kernel(), run,
                        (System.nanoTime() - t0) / 1e9, 100 * r.heldOutAccuracy(), 100 * r.alwaysChargeAccuracy(),
                        r.rbfHeldOutAccuracy() == null ? "" : String.format(Locale.ROOT, "%.1f %%",
                                100 * r.rbfHeldOutAccuracy()), 100 * r.costGapToAdp());
            }
        }
    }
}
