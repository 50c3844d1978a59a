package org.evwb.core.study.v2g;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.evwb.core.project.OptionalField;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.Unit;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;

/**
 * Solvers {@code learned} and {@code learned-quantum-kernel}: the policy an SVM learned from {@code adp} (SPEC §6),
 * run slot by slot with the nearest feasible action when the predicted one is refused. The model comes from a file
 * ({@code model}); without one, the model this build ships; with {@code train} it is trained now from the training
 * settings (seeded: the same settings give the same policy) and written to {@code model} when that is given.
 */
public final class V2gLearned implements Optimizer<V2gInstance, V2gSchedule> {

    public static final String ID = "learned";
    public static final String QUANTUM_ID = "learned-quantum-kernel";

    /**
     * Parameters of {@code learned} and {@code learned-quantum-kernel}.
     *
     * @param model       a policy model file; blank: the shipped model (or, with {@code train}, keep it in memory)
     * @param train       train now with the settings below, and write the model to {@code model} when it is given
     * @param trainSeed   seed of the training nights, fleets and SVM
     * @param trainLevel  level (0–3) of the training nights
     * @param trainEvs    EVs per training night
     * @param trainDays   training nights (48 pairs each)
     * @param heldOutDays held-out nights, for the accuracy
     * @param adpBeam     the {@code adp} beam that labels the nights
     * @param svmCost     the SVM's C
     * @param gamma       the RBF kernel's γ; 0 = 1 / features
     * @param trainPairs  the most training pairs the SVM learns from, drawn stratified by action; 0 = all
     */
    public record Parameters(
            @OptionalField String model,
            boolean train,
            long trainSeed,
            @Unit(value = "", min = 0, max = 3) int trainLevel,
            @Unit(value = "", min = 1, max = 300) int trainEvs,
            @Unit(value = "", min = 1, max = 500) int trainDays,
            @Unit(value = "", min = 1, max = 500) int heldOutDays,
            @Unit(value = "", min = 1, max = 100_000) int adpBeam,
            @Unit(value = "", min = 0, minExclusive = true) double svmCost,
            @Unit(value = "", min = 0) double gamma,
            @Unit(value = "", min = 0, max = 1_000_000) int trainPairs) {

        /**
         * The shipped model; {@code train=true} with these settings trains it again: 12-EV fleets on the 48 shipped
         * training days (2,304 pairs, 1,008 of them drawn stratified) and the 16 test days held out.
         */
        public static final Parameters DEFAULT = new Parameters(null, false, 1, 3, 12, 48, 16, 300, 10, 0, 1008);

        public V2gPolicyTraining.Settings settings() {
            return new V2gPolicyTraining.Settings(trainSeed, trainLevel, trainEvs, trainDays, heldOutDays, adpBeam,
                    svmCost, gamma, trainPairs);
        }
    }

    /** In-memory training when the build ships no model: seconds, not the shipped model's accuracy. */
    static final V2gPolicyTraining.Settings QUICK = new V2gPolicyTraining.Settings(7, 3, 5, 6, 3, 60, 10, 0);

    private final Parameters params;
    private final boolean quantum;

    public V2gLearned(Parameters params, boolean quantum) {
        this.params = params;
        this.quantum = quantum;
    }

    @Override
    public String id() {
        return quantum ? QUANTUM_ID : ID;
    }

    @Override
    public String description() {
        return quantum ? "The learned policy with a ZZ-feature-map quantum kernel (5 qubits, 2 repetitions, state-"
                + "vector simulator)" : "The policy an RBF-kernel SVM learned from adp: C / I / D per slot";
    }

    /** The model these parameters name or train (progress and cancel through {@code ctx}). */
    public V2gPolicyModel model(RunContext ctx) {
        boolean hasFile = params.model() != null && !params.model().isBlank();
        if (hasFile && !params.train()) {
            try {
                V2gPolicyModel m = new V2gPolicyFiles().read(Path.of(params.model()));
                String want = quantum ? V2gPolicyModel.ZZ_QUANTUM : V2gPolicyModel.RBF;
                if (!want.equals(m.kernel())) {
                    throw new IllegalArgumentException(params.model() + ": $.kernel: is " + m.kernel() + ", but "
                            + id() + " needs a " + want + " model; choose the other solver or train one");
                }
                return m;
            } catch (ProjectFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        if (!params.train()) {
            if (V2gPolicyFiles.hasShipped(quantum)) {
                return new V2gPolicyFiles().shipped(quantum);
            }
            // a build without the shipped model still solves, with a small policy said to be one
            ctx.progress(0, "no shipped policy in this build: training a quick one in memory (6 + 3 nights × 5 EVs)");
            return new V2gPolicyTraining().train(QUICK, quantum, ctx);
        }
        V2gPolicyModel m = new V2gPolicyTraining().train(params.settings(), quantum, ctx);
        if (hasFile) {
            try {
                new V2gPolicyFiles().write(m, Path.of(params.model()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the model to " + params.model(), e);
            }
        }
        return m;
    }

    @Override
    public V2gSchedule solve(V2gInstance in, RunContext ctx) {
        V2gFeasibility.require(in);
        V2gPolicyModel m = model(ctx);
        ctx.progress(0.99, "running the policy");
        V2gPolicyClassifier c = V2gPolicyClassifier.of(m);
        String method = id() + ": " + m.summary();
        return V2gPolicyRun.run(in, c, method, ctx).schedule();
    }
}
