package org.evwb.ui.qubo;

import java.nio.file.Path;
import java.util.Objects;
import javafx.concurrent.Task;
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
    private QuboSource source;

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
        HBox bar = new HBox(8, open, maxCut, new Separator(Orientation.VERTICAL), title, size);
        bar.getStyleClass().add("qubo-toolbar");
        error.setId("qubo-error");
        error.getStyleClass().add("qubo-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        setTop(new VBox(bar, error));

        SplitPane top = new SplitPane(heatMap, new VBox());
        top.setDividerPositions(0.55);
        SplitPane main = new SplitPane(top, new VBox());
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.55);
        VBox.setVgrow(main, Priority.ALWAYS);
        setCenter(main);
    }

    /** Shows a QUBO built elsewhere (e.g. by a study view); results of the previous QUBO are cleared. */
    public void open(Qubo qubo, String title) {
        show(new QuboSource(qubo, title, null, false));
    }

    /** Asks for a file and opens it. */
    public void openFile() {
        services.fileChooser().chooseQuboFile(services.owner().get()).ifPresent(f -> open(f, maxCut.isSelected()));
    }

    /**
     * Reads a file in the background and shows it; a file that cannot be read leaves the current QUBO in place and
     * shows the error with the file and the line or JSON path. The file is only read, never written.
     */
    public Task<QuboSource> open(Path file, boolean asMaxCut) {
        Task<QuboSource> task = new Task<>() {
            @Override
            protected QuboSource call() throws ProjectFileException {
                updateMessage("reading " + file.getFileName());
                return reader.read(file, asMaxCut);
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> showOpenError(file, task.getException()));
        services.state().track(task);
        services.executor().execute(task);
        return task;
    }

    private void show(QuboSource s) {
        cancelRun();
        source = s;
        error.setVisible(false);
        error.setText("");
        title.setText(s.title());
        size.setText(s.sizeText());
        heatMap.setQubo(s.qubo());
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

    /** Stops a running sampler, if any. */
    public void cancelRun() {
        // sampler runs arrive with the sampler panel
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
