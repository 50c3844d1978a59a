package org.evwb.core.study.v2g;

import java.util.List;

/**
 * A trained policy of the {@code learned} solvers as it is written to a model file (JSON): which kernel, the chosen
 * features and how they are scaled, the SVM itself, and the training report. One model serves every fleet size: its
 * features are fleet-level shares and market figures.
 *
 * @param format      always {@link #FORMAT}
 * @param version     {@link #VERSION}; another one is refused with the version this build reads
 * @param kernel      {@link #RBF} (LibSVM through Tribuo) or {@link #ZZ_QUANTUM} (a precomputed ZZ-feature-map kernel)
 * @param features    the chosen features, names from {@link V2gPolicyFeatures#NAMES}
 * @param centre      per chosen feature: the mean (RBF, standardised) or the minimum (quantum, scaled to [0, π])
 * @param spread      per chosen feature: the standard deviation (RBF) or the range (quantum)
 * @param svm         RBF: the Tribuo model in its protobuf form, Base64; quantum: LibSVM's model text
 * @param trainingRows quantum only: the scaled training rows the precomputed kernel's support vectors point into
 * @param report      how it was trained and how well it predicts the held-out days
 */
public record V2gPolicyModel(
        String format,
        int version,
        String kernel,
        List<String> features,
        List<Double> centre,
        List<Double> spread,
        String svm,
        List<List<Double>> trainingRows,
        TrainingReport report) {

    public static final String FORMAT = "evwb-v2g-policy";
    public static final int VERSION = 1;
    public static final String RBF = "rbf";
    public static final String ZZ_QUANTUM = "zz-quantum";

    /** One candidate feature and its tree importance. */
    public record FeatureScore(String feature, double importance) { }

    /**
     * The training report.
     *
     * @param seed               the training seed (days, fleets and the SVM; the same seed gives the same model)
     * @param level              the level the training nights were solved at (0–3)
     * @param evs                EVs per training night
     * @param adpBeam            the {@code adp} beam that made the labels
     * @param trainDays          nights whose (state, action) pairs trained the model
     * @param heldOutDays        nights kept out of training, for the accuracy
     * @param trainSamples       (state, action) pairs trained on
     * @param heldOutSamples     pairs of the held-out nights
     * @param importance         every candidate feature with its importance, highest first
     * @param svmCost            the SVM's C
     * @param gamma              the RBF kernel's γ (quantum: unused, 0)
     * @param trainAccuracy      share of training pairs the model predicts as {@code adp} chose
     * @param heldOutAccuracy    the same on the held-out nights
     * @param alwaysChargeAccuracy the held-out share of C (the baseline "always C")
     * @param confusion          held-out counts, rows the {@code adp} action C, I, D, columns the predicted one
     * @param costGapToAdp       mean relative cost gap of the policy run as a scheduler to {@code adp}, held-out nights
     * @param fallbackShare      share of held-out slots where the predicted action was refused and a nearer one taken
     * @param rbfHeldOutAccuracy quantum kernel only: the RBF SVM's held-out accuracy on the same pairs and features
     * @param trainSeconds       wall time of the training (labels included)
     */
    public record TrainingReport(
            long seed,
            int level,
            int evs,
            int adpBeam,
            int trainDays,
            int heldOutDays,
            int trainSamples,
            int heldOutSamples,
            List<FeatureScore> importance,
            double svmCost,
            double gamma,
            double trainAccuracy,
            double heldOutAccuracy,
            double alwaysChargeAccuracy,
            List<List<Integer>> confusion,
            double costGapToAdp,
            double fallbackShare,
            @org.evwb.core.project.OptionalField Double rbfHeldOutAccuracy,
            double trainSeconds) { }

    public V2gPolicyModel {
        features = List.copyOf(features);
        centre = List.copyOf(centre);
        spread = List.copyOf(spread);
        trainingRows = trainingRows == null ? List.of() : trainingRows.stream().map(List::copyOf).toList();
    }

    /** The same model with another report (the pipeline fills the held-out figures after training). */
    public V2gPolicyModel withReport(TrainingReport r) {
        return new V2gPolicyModel(format, version, kernel, features, centre, spread, svm, trainingRows, r);
    }

    /** A one-line summary for run notes and the classifier view. */
    public String summary() {
        return (ZZ_QUANTUM.equals(kernel) ? "ZZ-feature-map quantum-kernel SVM" : "RBF-kernel SVM") + " on "
                + String.join(", ", features) + String.format(java.util.Locale.ROOT,
                "; held-out accuracy %.1f %% (always C: %.1f %%) over %d nights, %d training pairs",
                100 * report.heldOutAccuracy(), 100 * report.alwaysChargeAccuracy(), report.heldOutDays(),
                report.trainSamples());
    }
}
