package org.evwb.ui.qubo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.TaskExecutor;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;

/**
 * What the QUBO workbench needs from the window: the one task executor (and the state it registers tasks in, whose
 * project changes close the workbench), the chart and table export menus, the log, the JSON mapper, a file chooser
 * and the owner of its dialogs.
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
