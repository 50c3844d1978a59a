package org.evwb.ui.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.chart.TableExport;

/**
 * Opens Study ▸ Sweep… windows ({@link StudySweepPane}) for any study with sweep presets or parameters. A window is
 * not modal, so the workbench stays usable while a sweep runs; its sweep is cancelled when it closes.
 */
public final class StudySweepWindows {

    private final AppState state;
    private final TaskExecutor executor;
    private final OptimizerRunner runner;
    private final ObjectMapper mapper;
    private final ChartExport chartExport;
    private final TableExport tableExport;
    private final ExportDialogs exportDialogs;
    private final Supplier<Window> owner;

    public StudySweepWindows(AppState state, TaskExecutor executor, OptimizerRunner runner, ObjectMapper mapper,
                             ChartExport chartExport, TableExport tableExport, ExportDialogs exportDialogs,
                             Supplier<Window> owner) {
        this.state = state;
        this.executor = executor;
        this.runner = runner;
        this.mapper = mapper;
        this.chartExport = chartExport;
        this.tableExport = tableExport;
        this.exportDialogs = exportDialogs;
        this.owner = owner;
    }

    /** Whether Study ▸ Sweep… is offered for the study: it has presets, or parameters a grid can sweep. */
    public static boolean offers(StudyDefinition<?, ?> study) {
        return !study.sweepPresets().isEmpty() || study.parameters().type() != StudyParameters.None.class;
    }

    /** The Study menu's text for the study. */
    public static String menuText(StudyDefinition<?, ?> study) {
        return "Sweep " + study.title() + "…";
    }

    /** Opens a sweep window for the study and returns its pane. */
    public StudySweepPane open(StudyDefinition<?, ?> study) {
        StudySweepPane pane = new StudySweepPane(study, state, executor, runner, mapper, chartExport, tableExport,
                exportDialogs);
        Stage stage = new Stage();
        Scene scene = new Scene(pane);
        Window w = owner.get();
        if (w != null) {
            stage.initOwner(w);
            if (w.getScene() != null) {
                scene.getStylesheets().setAll(w.getScene().getStylesheets()); // the workbench's look
            }
        }
        stage.setScene(scene);
        stage.setTitle("Sweep — " + study.title());
        stage.setOnHidden(e -> pane.cancel());
        stage.show();
        return pane;
    }
}
