package org.evwb.core.study.v2g;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import org.evwb.core.study.v2g.V2gPolicyFleet.Action;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;

/**
 * A loaded policy: the candidate features of a state in, C, I or D out. Built once per run from a
 * {@link V2gPolicyModel}; the RBF kernel predicts through Tribuo's LibSVM model, the quantum kernel through LibSVM
 * with the ZZ kernel against the model's training rows (only the support vectors' entries are computed).
 */
public final class V2gPolicyClassifier {

    /** Tribuo's names for the chosen features, in order. */
    static final String[] TRIBUO_NAMES = {"f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9"};

    private final V2gPolicyModel model;
    private final int[] columns;
    private final Model<Label> tribuo;
    private final svm_model precomputed;
    private final double[][] trainStates;
    private final V2gZzKernel kernel;

    private V2gPolicyClassifier(V2gPolicyModel model, int[] columns, Model<Label> tribuo, svm_model precomputed,
                                double[][] trainStates, V2gZzKernel kernel) {
        this.model = model;
        this.columns = columns;
        this.tribuo = tribuo;
        this.precomputed = precomputed;
        this.trainStates = trainStates;
        this.kernel = kernel;
    }

    /** LibSVM prints its optimiser's progress to stdout unless told otherwise; a run's output stays clean. */
    static void quietLibSvm() {
        svm.svm_set_print_string_function(s -> { });
    }

    /** The classifier of a model read from a file; a model that does not fit says what is wrong. */
    @SuppressWarnings("unchecked")
    public static V2gPolicyClassifier of(V2gPolicyModel model) {
        quietLibSvm();
        int f = model.features().size();
        if (f == 0 || f > TRIBUO_NAMES.length || model.centre().size() != f || model.spread().size() != f) {
            throw new IllegalArgumentException("the model's features, centre and spread must list the same 1–"
                    + TRIBUO_NAMES.length + " features (features " + f + ", centre " + model.centre().size()
                    + ", spread " + model.spread().size() + ")");
        }
        int[] columns = new int[f];
        for (int j = 0; j < f; j++) {
            columns[j] = V2gPolicyFeatures.NAMES.indexOf(model.features().get(j));
            if (columns[j] < 0) {
                throw new IllegalArgumentException("unknown feature " + model.features().get(j) + "; this build "
                        + "knows " + V2gPolicyFeatures.NAMES);
            }
        }
        if (V2gPolicyModel.RBF.equals(model.kernel())) {
            try {
                byte[] bytes = Base64.getDecoder().decode(model.svm());
                Model<?> m = Model.deserialize(ModelProto.parseFrom(bytes));
                if (!(m.getOutputIDInfo().getDomain().iterator().next() instanceof Label)) {
                    throw new IllegalArgumentException("the SVM is not a classifier of C/I/D labels");
                }
                return new V2gPolicyClassifier(model, columns, (Model<Label>) m, null, null, null);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("the RBF SVM (field svm) cannot be read: " + e.getMessage()
                        + "; train the policy again", e);
            }
        }
        if (V2gPolicyModel.ZZ_QUANTUM.equals(model.kernel())) {
            svm_model sm;
            try {
                sm = svm.svm_load_model(new BufferedReader(new StringReader(model.svm())));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("the quantum-kernel SVM (field svm) cannot be read: "
                        + e.getMessage() + "; train the policy again", e);
            }
            if (sm == null || sm.SV == null) {
                throw new IllegalArgumentException("the quantum-kernel SVM (field svm) is not a LibSVM model; train "
                        + "the policy again");
            }
            V2gZzKernel k = new V2gZzKernel(f, 2);
            double[][] states = new double[model.trainingRows().size()][];
            for (svm_node[] sv : sm.SV) {
                int serial = (int) sv[0].value;
                if (serial < 1 || serial > states.length) {
                    throw new IllegalArgumentException("the quantum-kernel SVM names training row " + serial
                            + " of " + states.length + " (field trainingRows); train the policy again");
                }
                List<Double> row = model.trainingRows().get(serial - 1);
                if (row.size() != f) {
                    throw new IllegalArgumentException("trainingRows[" + (serial - 1) + "] has " + row.size()
                            + " values for " + f + " features; train the policy again");
                }
                states[serial - 1] = k.state(row.stream().mapToDouble(Double::doubleValue).toArray());
            }
            return new V2gPolicyClassifier(model, columns, null, sm, states, k);
        }
        throw new IllegalArgumentException("unknown kernel " + model.kernel() + "; use " + V2gPolicyModel.RBF
                + " or " + V2gPolicyModel.ZZ_QUANTUM);
    }

    public V2gPolicyModel model() {
        return model;
    }

    /** The chosen features of a candidate vector, scaled as the model was trained. */
    double[] scaled(double[] candidates) {
        double[] x = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double s = model.spread().get(j);
            double v = (candidates[columns[j]] - model.centre().get(j)) / (s > 0 ? s : 1);
            // the quantum map wants angles: scaled to [0, π] on the training range, a little beyond it clipped
            x[j] = kernel == null ? v : Math.PI * Math.max(-0.25, Math.min(1.25, v));
        }
        return x;
    }

    /** The predicted action for a state's candidate features. */
    public Action predict(double[] candidates) {
        double[] x = scaled(candidates);
        if (tribuo != null) {
            ArrayExample<Label> ex = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,
                    java.util.Arrays.copyOf(TRIBUO_NAMES, x.length), x);
            return Action.valueOf(labelName(tribuo.predict(ex).getOutput().getLabel()));
        }
        double[] state = kernel.state(x);
        svm_node[] row = new svm_node[trainStates.length + 1];
        row[0] = node(0, 0);
        for (int t = 0; t < trainStates.length; t++) {
            row[t + 1] = node(t + 1, trainStates[t] == null ? 0 : V2gZzKernel.overlap(state, trainStates[t]));
        }
        return Action.values()[(int) Math.round(svm.svm_predict(precomputed, row))];
    }

    static String labelName(String letter) {
        return switch (letter) {
            case "C" -> "CHARGE";
            case "I" -> "IDLE";
            case "D" -> "DISCHARGE";
            default -> throw new IllegalArgumentException("the SVM predicts label " + letter + ", not C, I or D");
        };
    }

    static svm_node node(int index, double value) {
        svm_node n = new svm_node();
        n.index = index;
        n.value = value;
        return n;
    }

    /** LibSVM's model text (it writes only to a file, so through a temporary one). */
    static String modelText(svm_model m) {
        try {
            Path tmp = Files.createTempFile("evwb-svm", ".txt");
            try {
                svm.svm_save_model(tmp.toString(), m);
                return Files.readString(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the SVM model", e);
        }
    }
}
