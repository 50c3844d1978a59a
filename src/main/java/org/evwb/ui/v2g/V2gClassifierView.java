package org.evwb.ui.v2g;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.evwb.core.study.v2g.V2gAdp;
import org.evwb.core.study.v2g.V2gInstance;
import org.evwb.core.study.v2g.V2gLearned;
import org.evwb.core.study.v2g.V2gPolicyClassifier;
import org.evwb.core.study.v2g.V2gPolicyFiles;
import org.evwb.core.study.v2g.V2gPolicyFleet.Action;
import org.evwb.core.study.v2g.V2gPolicyModel;
import org.evwb.core.study.v2g.V2gPolicyRun;
import org.evwb.core.study.v2g.V2gPolicyTraining;
import org.evwb.core.study.v2g.V2gSchedule;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.StudyContext;

/**
 * The learned policy's classifier: held-out accuracy beside the always-C baseline and the other kernel's, the
 * confusion matrix, every candidate feature with its tree importance (the five kept marked), and for the run on show
 * the learned action per slot beside the {@code adp} action (both computed in the background). The model is the one
 * trained beside the project ({@code NAME.results/v2g-policy.json}) or, before any, the shipped one. Train… runs the
 * pipeline on the background service with progress and Cancel and saves the model beside the project.
 */
public final class V2gClassifierView extends BorderPane {

    /** One row of the confusion matrix: the {@code adp} action and how often each action was predicted for it. */
    public record ConfusionRow(String adpAction, int predictedC, int predictedI, int predictedD) { }

    /** One candidate feature. */
    public record FeatureRow(String feature, double importance, boolean chosen) { }

    /** One slot of the run on show: the run's own action, the learned policy's and {@code adp}'s. */
    public record SlotAction(int slot, String time, String run, String learned, String adp) { }

    private final StudyContext ctx;
    private final Label title = new Label();
    private final Label figures = new Label();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button trainButton = new Button("Train…");
    private final Button cancelButton = new Button("Cancel");
    private final TableView<ConfusionRow> confusion = new TableView<>();
    private final TableView<FeatureRow> features = new TableView<>();
    private final TableView<SlotAction> slots = new TableView<>();
    private V2gPolicyModel model;
    private V2gPolicyModel quantumModel;
    private BackgroundTask<?> training;
    private BackgroundTask<?> comparing;

    public V2gClassifierView(StudyContext ctx) {
        this.ctx = ctx;
        setId("v2g-classifier");
        title.setId("v2g-classifier-title");
        figures.setId("v2g-classifier-figures");
        status.setId("v2g-classifier-status");
        confusion.setId("v2g-confusion");
        features.setId("v2g-features");
        slots.setId("v2g-slot-actions");
        trainButton.setId("v2g-train");
        cancelButton.setId("v2g-train-cancel");
        cancelButton.setDisable(true);
        progress.setId("v2g-train-progress");
        for (Label l : List.of(title, figures, status)) {
            l.setWrapText(true);
        }
        trainButton.setOnAction(e -> train(false));
        cancelButton.setOnAction(e -> {
            if (training != null) {
                training.cancel();
            }
        });
        confusion.getColumns().add(V2gFleetView.text("adp action", ConfusionRow::adpAction));
        confusion.getColumns().add(V2gFleetView.text("predicted C", (ConfusionRow r) -> "" + r.predictedC()));
        confusion.getColumns().add(V2gFleetView.text("predicted I", (ConfusionRow r) -> "" + r.predictedI()));
        confusion.getColumns().add(V2gFleetView.text("predicted D", (ConfusionRow r) -> "" + r.predictedD()));
        features.getColumns().add(V2gFleetView.text("Feature", FeatureRow::feature));
        features.getColumns().add(V2gFleetView.number("Tree importance", FeatureRow::importance));
        features.getColumns().add(V2gFleetView.text("Kept", (FeatureRow r) -> r.chosen() ? "yes" : ""));
        slots.getColumns().add(V2gFleetView.text("Slot", (SlotAction r) -> "" + r.slot()));
        slots.getColumns().add(V2gFleetView.text("Time", SlotAction::time));
        slots.getColumns().add(V2gFleetView.text("This run", SlotAction::run));
        slots.getColumns().add(V2gFleetView.text("Learned", SlotAction::learned));
        slots.getColumns().add(V2gFleetView.text("adp", SlotAction::adp));
        ctx.tableExport().install(confusion, "v2g-confusion");
        ctx.tableExport().install(features, "v2g-features");
        ctx.tableExport().install(slots, "v2g-slot-actions");
        confusion.setPrefHeight(110);
        HBox bar = new HBox(8, trainButton, cancelButton, progress, status);
        VBox top = new VBox(6, title, figures, bar, confusion);
        top.setPadding(new Insets(6));
        HBox tables = new HBox(8, features, slots);
        setTop(top);
        setCenter(tables);
        load();
    }

    /** The model beside the project, else the shipped one; the quantum one the same way. */
    private void load() {
        model = beside(false);
        quantumModel = beside(true);
        V2gPolicyFiles files = new V2gPolicyFiles();
        if (model == null && V2gPolicyFiles.hasShipped(false)) {
            model = files.shipped(false);
        }
        if (quantumModel == null && V2gPolicyFiles.hasShipped(true)) {
            quantumModel = files.shipped(true);
        }
        if (model != null) {
            showModel(model);
        } else {
            title.setText("No trained policy yet: Train… (or Study ▸ Train the v2g policy…) trains one and saves it "
                    + "beside the project.");
        }
    }

    private V2gPolicyModel beside(boolean quantum) {
        Path file = ctx.state().getProjectFile();
        if (file == null) {
            return null;
        }
        Path p = V2gPolicyFiles.besideProject(file, quantum);
        if (!java.nio.file.Files.isRegularFile(p)) {
            return null;
        }
        try {
            return new V2gPolicyFiles().read(p);
        } catch (org.evwb.core.project.ProjectFileException e) {
            status.setText(e.getMessage());
            return null;
        }
    }

    private void showModel(V2gPolicyModel m) {
        V2gPolicyModel.TrainingReport r = m.report();
        title.setText(m.summary());
        figures.setText(String.format(Locale.ROOT, "Held-out accuracy: RBF SVM %.1f %%, ZZ quantum-kernel SVM %.1f %% "
                        + "(paper: SVC 92 %%, QSVC 87 %%); always C %.1f %%; training accuracy %.1f %%. Run as a "
                        + "scheduler on the %d held-out nights: %.1f %% above adp on average, the predicted action "
                        + "refused in %.1f %% of slots. Trained on %d nights × %d EVs (level L%d, seed %d, adp beam %d), "
                        + "%d pairs.", 100 * model.report().heldOutAccuracy(),
                quantumModel == null ? Double.NaN : 100 * quantumModel.report().heldOutAccuracy(),
                100 * r.alwaysChargeAccuracy(),
                100 * r.trainAccuracy(), r.heldOutDays(), 100 * r.costGapToAdp(), 100 * r.fallbackShare(),
                r.trainDays(), r.evs(), r.level(), r.seed(), r.adpBeam(), r.trainSamples()));
        List<ConfusionRow> rows = new ArrayList<>();
        for (int a = 0; a < r.confusion().size(); a++) {
            List<Integer> c = r.confusion().get(a);
            rows.add(new ConfusionRow(Action.values()[a].letter(), c.get(0), c.get(1), c.get(2)));
        }
        confusion.setItems(FXCollections.observableArrayList(rows));
        List<FeatureRow> f = new ArrayList<>();
        for (V2gPolicyModel.FeatureScore s : r.importance()) {
            f.add(new FeatureRow(s.feature(), s.importance(), m.features().contains(s.feature())));
        }
        features.setItems(FXCollections.observableArrayList(f));
    }

    /** Trains the RBF (or quantum-kernel) policy in the background and saves it beside the project. */
    public BackgroundTask<V2gPolicyModel> train(boolean quantum) {
        if (training != null && !training.isDone()) {
            return null;
        }
        V2gPolicyTraining.Settings settings = V2gLearned.Parameters.DEFAULT.settings();
        Path file = ctx.state().getProjectFile();
        trainButton.setDisable(true);
        cancelButton.setDisable(false);
        status.setText("training the " + (quantum ? "quantum-kernel" : "RBF") + " policy…");
        BackgroundTask<V2gPolicyModel> task = BackgroundTask.of("training the v2g policy", c -> {
            V2gPolicyModel m = new V2gPolicyTraining().train(settings, quantum, c);
            if (file != null) {
                new V2gPolicyFiles().write(m, V2gPolicyFiles.besideProject(file, quantum));
            }
            return m;
        }).seed(settings.seed()).onSuccess(m -> {
            if (quantum) {
                quantumModel = m;
            } else {
                model = m;
            }
            if (model != null) {
                showModel(model);
            }
            status.setText("trained" + (file == null ? " (not saved: save the project first to keep it)"
                    : "; saved as " + V2gPolicyFiles.besideProject(file, quantum)));
        }).onFailure(t -> status.setText("training failed: " + t.getMessage()))
                .onCancelled(() -> status.setText("training cancelled; the previous model stays"))
                .onDone(() -> {
                    trainButton.setDisable(false);
                    cancelButton.setDisable(true);
                });
        training = task;
        progress.progressProperty().bind(task.progressProperty());
        task.executeWith(ctx.executor());
        return task;
    }

    /** The run on show: its action per slot beside the learned policy's and adp's (computed in the background). */
    void show(V2gInstance in, V2gSchedule s, String solver) {
        if (comparing != null && !comparing.isDone()) {
            comparing.cancel();
        }
        V2gPolicyModel m = model;
        if (m == null) {
            return;
        }
        comparing = BackgroundTask.of("comparing the learned policy with adp", c -> {
            V2gPolicyRun.Result learned = V2gPolicyRun.run(in, V2gPolicyClassifier.of(m), "learned", c);
            V2gSchedule adp = new V2gAdp(V2gAdp.Parameters.DEFAULT).solve(in, c);
            List<SlotAction> rows = new ArrayList<>();
            for (int k = 0; k < in.slotCount(); k++) {
                int min = (int) Math.round(in.slots().get(k).startMin()) % 1440;
                rows.add(new SlotAction(k, String.format(Locale.ROOT, "%02d:%02d", min / 60, min % 60),
                        Action.of(s, k).letter(), learned.taken().get(k).letter()
                        + (learned.predicted().get(k) != learned.taken().get(k) ? " (predicted "
                        + learned.predicted().get(k).letter() + ")" : ""), Action.of(adp, k).letter()));
            }
            return rows;
        }).onSuccess(rows -> {
            slots.setItems(FXCollections.observableArrayList(rows));
            long agree = rows.stream().filter(r -> r.learned().startsWith(r.adp())).count();
            status.setText(String.format(Locale.ROOT, "%s run: the learned policy takes adp's action in %d of %d "
                    + "slots", solver, agree, rows.size()));
        }).onFailure(t -> status.setText("cannot compare with adp: " + t.getMessage()));
        comparing.executeWith(ctx.executor());
    }

    public TableView<ConfusionRow> confusion() {
        return confusion;
    }

    public TableView<FeatureRow> features() {
        return features;
    }

    public TableView<SlotAction> slotActions() {
        return slots;
    }

    public Label figures() {
        return figures;
    }

    public Label status() {
        return status;
    }

    public V2gPolicyModel model() {
        return model;
    }

    void dispose() {
        if (training != null) {
            training.cancel();
        }
        if (comparing != null) {
            comparing.cancel();
        }
    }
}
