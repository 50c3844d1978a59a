package org.evwb.ui.qubo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.ui.app.AppLog;
import org.evwb.ui.app.AppState;
import org.evwb.ui.app.TaskExecutor;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;

/**
 * What the QUBO workbench needs from the window: the one task executor (and the state that lists running tasks),
 * the chart and table export menus, the log, the JSON mapper and a file chooser.
 */
public record QuboWorkbenchServices(
        TaskExecutor executor,
        AppState state,
        ChartExport chartExport,
        TableExport tableExport,
        AppLog log,
        ObjectMapper mapper,
        QuboFileChooser fileChooser,
        Supplier<Window> owner) {
}
