package org.evwb.ui.qubo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.sampler.Samplers;
import org.evwb.ui.chart.LiveChart;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.project.EntityField;
import org.evwb.ui.project.EntityFields;

/**
 * The lecturer's "QUBO vs classical" workbench (issue 3 §4): open a QUBO from a file or from a study view, see its
 * size and its matrix as a heat map, run any registered sampler in the background with a live chart, and compare
 * the results of two samplers side by side.
 */
public final class QuboWorkbenchView extends BorderPane {

    private final QuboWorkbenchServices services;
    private final QuboReader reader;
    private final MatrixHeatMap heatMap = new MatrixHeatMap();
    private final Label title = new Label("No QUBO open");
    private final Label size = new Label();
    private final Label error = new Label();
    private final CheckBox maxCut = new CheckBox("Gset max-cut");
    private final SamplerPanel samplerPanel;
    private final ResultsPane results;
    private final Samplers samplers = new Samplers();
    private QuboSource source;
    /** Where the QUBO on show comes from when a study sent it (saved with it), else null. */
    private org.evwb.core.qubo.io.QuboOrigin origin;
    private final Button save = new Button("Save QUBO…");
    private final Label saved = new Label();
    private BackgroundTask<QuboResult> job;
    private LiveChart liveChart;
    private QuboResult lastResult;

    public QuboWorkbenchView(QuboWorkbenchServices services) {
        this.services = services;
        this.reader = new QuboReader(services.mapper());
        setId("qubo-workbench");
        getStyleClass().add("qubo-workbench");
        getStylesheets().add(Objects.requireNonNull(QuboWorkbenchView.class.getResource("qubo.css"))
                .toExternalForm());

        Button open = new Button("Open QUBO…");
        open.setId("qubo-open");
        open.setOnAction(e -> openFile());
        maxCut.setId("qubo-maxcut");
        maxCut.setTooltip(new javafx.scene.control.Tooltip("Read the file as a Gset graph (n m, then i j w) and "
                + "build its max-cut QUBO: cut = −energy"));
        title.setId("qubo-title");
        title.getStyleClass().add("qubo-title");
        size.setId("qubo-size");
        size.getStyleClass().add("qubo-size");
        save.setId("qubo-save");
        save.setDisable(true);
        save.setTooltip(new javafx.scene.control.Tooltip("Save the QUBO on show: .json (labelled, with its parts), "
                + ".coo (dimod) or .qubo (qbsolv); a study's QUBO keeps its origin and fingerprint"));
        save.setOnAction(e -> saveFile());
        saved.setId("qubo-saved");
        saved.getStyleClass().add("qubo-size");
        HBox bar = new HBox(8, open, maxCut, save, new Separator(Orientation.VERTICAL), title, size, saved);
        bar.getStyleClass().add("qubo-toolbar");
        error.setId("qubo-error");
        error.getStyleClass().add("qubo-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        setTop(new VBox(bar, error));

        samplerPanel = new SamplerPanel(samplers, new EntityFields(), new SamplerPanel.Actions() {
            @Override
            public void run(List<SamplerRequest> requests, boolean qaoaSweep) {
                startRun(requests, qaoaSweep);
            }

            @Override
            public void cancel() {
                cancelRun();
            }
        });
        SplitPane top = new SplitPane(heatMap, samplerPanel);
        top.setDividerPositions(0.55);
        results = new ResultsPane(services.chartExport(), services.tableExport());
        javafx.scene.control.ScrollPane resultsScroll = new javafx.scene.control.ScrollPane(results);
        resultsScroll.setFitToWidth(true);
        resultsScroll.setFitToHeight(true);
        resultsScroll.setMinHeight(120);
        SplitPane main = new SplitPane(top, resultsScroll);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.55);
        VBox.setVgrow(main, Priority.ALWAYS);
        setCenter(main);
    }

    /** Shows a QUBO built elsewhere (e.g. by a study view); results of the previous QUBO are cleared. */
    public void open(Qubo qubo, String title) {
        open(qubo, title, null);
    }

    /** Shows a study's QUBO with its origin, which Save writes with it (so its samples can be imported). */
    public void open(Qubo qubo, String title, org.evwb.core.qubo.io.QuboOrigin from) {
        show(new QuboSource(qubo, title, null, false));
        origin = from;
    }

    /** Asks where, then saves the QUBO on show (nothing without one, or when the user cancels). */
    public void saveFile() {
        if (source == null) {
            return;
        }
        String base = baseName().replaceAll("[^A-Za-z0-9._-]+", "-");
        services.fileChooser().chooseQuboFileToSave(services.owner().get(), base + ".json").ifPresent(this::save);
    }

    /**
     * Writes the QUBO on show to {@code file} in the background, in the format its extension names, with the origin
     * of a study's QUBO; a failure shows the reason where open errors are shown.
     */
    public BackgroundTask<Path> save(Path file) {
        QuboSource s = source;
        org.evwb.core.qubo.io.QuboOrigin o = origin;
        return BackgroundTask.of("saving " + file.getFileName(), ctx -> {
                    org.evwb.core.qubo.io.QuboFiles.Format f = org.evwb.core.qubo.io.QuboFiles.formatOf(file);
                    if (o != null) {
                        new org.evwb.core.qubo.io.QuboExport(s.qubo(), o).write(file, f, services.mapper());
                    } else {
                        new org.evwb.core.qubo.io.QuboFiles(services.mapper()).write(s.qubo(), file);
                    }
                    return file;
                })
                .onSuccess(p -> {
                    error.setVisible(false);
                    saved.setText("saved " + p.getFileName());
                })
                .onFailure(t -> {
                    if (!(t instanceof ProjectFileException)) {
                        services.log().error("cannot save QUBO file " + file, t);
                    }
                    error.setText("Cannot save " + (t instanceof ProjectFileException pfe ? pfe.getMessage()
                            : file + ": " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())));
                    error.setVisible(true);
                })
                .executeWith(services.executor());
    }

    /** Asks for a file and opens it. */
    public void openFile() {
        services.fileChooser().chooseQuboFile(services.owner().get()).ifPresent(f -> open(f, maxCut.isSelected()));
    }

    /**
     * Reads a file in the background and shows it; a file that cannot be read leaves the current QUBO in place and
     * shows the error with the file and the line or JSON path. The file is only read, never written.
     */
    public BackgroundTask<QuboSource> open(Path file, boolean asMaxCut) {
        return BackgroundTask.of("reading " + file.getFileName(), ctx -> reader.read(file, asMaxCut))
                .onSuccess(this::show)
                .onFailure(t -> showOpenError(file, t))
                .executeWith(services.executor());
    }

    private void show(QuboSource s) {
        cancelRun();
        source = s;
        origin = null;
        saved.setText("");
        save.setDisable(false);
        error.setVisible(false);
        error.setText("");
        title.setText(s.title());
        size.setText(s.sizeText());
        heatMap.setQubo(s.qubo());
        results.clear();
        lastResult = null;
        samplerPanel.hasQuboProperty().set(true);
    }

    private void showOpenError(Path file, Throwable t) {
        if (t instanceof ProjectFileException pfe) {
            error.setText("Cannot open " + pfe.getMessage());
        } else {
            services.log().error("cannot open QUBO file " + file, t);
            error.setText("Cannot open " + file + ": " + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                    + "\nDetails are in the log file: "
                    + services.log().file());
        }
        error.setVisible(true);
    }

    /** Starts a job on the open QUBO: one run, or the QAOA p-sweep (p = 1…5 one after the other). */
    public BackgroundTask<QuboResult> startRun(List<SamplerRequest> requests, boolean qaoaSweep) {
        if (source == null) {
            samplerPanel.showError("Open a QUBO first.");
            return null;
        }
        cancelRun();
        String jobTitle = qaoaSweep ? "QAOA p-sweep · seed " + requests.get(0).seed() : requests.get(0).title();
        LiveChart chart = new LiveChart(qaoaSweep || requests.get(0).samplerId().equals("qaoa") ? "optimiser step"
                : requests.get(0).samplerId().equals("anneal") ? "sweep (read 0)" : "step", "energy");
        services.chartExport().install(chart.viewer(), baseName() + "-" + (qaoaSweep ? "qaoa-sweep"
                : requests.get(0).samplerId()) + "-live");
        BackgroundTask<QuboResult> j = new QuboJob(samplers, source, requests, jobTitle, qaoaSweep, chart).task();
        job = j;
        liveChart = chart;
        samplerPanel.showLiveChart(chart.node());
        samplerPanel.showError("");
        samplerPanel.runningProperty().set(true);
        samplerPanel.progressBar().progressProperty().bind(j.progressProperty());
        samplerPanel.statusLabel().textProperty().bind(j.messageProperty());
        j.onSuccess(r -> ended(j, chart, null))
                .onCancelled(() -> ended(j, chart, "cancelled"))
                .onFailure(t -> {
                    services.log().error("QUBO job " + jobTitle + " failed", t);
                    ended(j, chart, "failed");
                    samplerPanel.showError(jobTitle + " failed: " + (t.getMessage() == null
                            ? t.getClass().getSimpleName() : t.getMessage()));
                });
        chart.start();
        j.executeWith(services.executor());
        return j;
    }

    private void ended(BackgroundTask<QuboResult> j, LiveChart chart, String how) {
        chart.stop();
        if (job != j) {
            return; // a job replaced by a newer one: its result belongs to nobody
        }
        samplerPanel.progressBar().progressProperty().unbind();
        samplerPanel.statusLabel().textProperty().unbind();
        samplerPanel.runningProperty().set(false);
        if (how != null) {
            samplerPanel.statusLabel().setText(how);
            samplerPanel.progressBar().setProgress(0);
            return;
        }
        QuboResult r = j.getValue();
        lastResult = r;
        results.add(r);
        samplerPanel.progressBar().setProgress(1);
        samplerPanel.statusLabel().setText(String.format(Locale.ROOT, "done in %.2f s, best energy %s",
                r.wallSeconds(), EntityField.formatNumber(r.sets().get(r.sets().size() - 1).bestEnergy())));
    }

    private String baseName() {
        String t = source == null ? "qubo" : source.title();
        return t.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+$", "");
    }

    /** Stops a running sampler, if any; its job ends CANCELLED once the sampler has noticed. */
    public void cancelRun() {
        if (job != null && !job.isDone()) {
            job.cancel();
        }
    }

    /** The job started last (running or ended), or null. */
    public BackgroundTask<QuboResult> currentJob() {
        return job;
    }

    /** The live chart of the job started last, or null. */
    public LiveChart liveChart() {
        return liveChart;
    }

    /** The result of the last job that finished, or null. */
    public QuboResult lastResult() {
        return lastResult;
    }

    public ResultsPane results() {
        return results;
    }

    public SamplerPanel samplerPanel() {
        return samplerPanel;
    }

    /** The open QUBO and where it came from, or null. */
    public QuboSource source() {
        return source;
    }

    public MatrixHeatMap heatMap() {
        return heatMap;
    }

    /** The error shown for the last file that could not be opened ("" when none). */
    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    public boolean isMaxCutSelected() {
        return maxCut.isSelected();
    }
}
