package org.evwb.ui.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.evwb.core.AppDirs;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;

/**
 * What a study's views get from the window — and all they get: the app state (project, selection, runs, tasks),
 * the registry, the one task executor, a way to start runs, the headless runner, dialogs, the log, the user's folders,
 * the JSON mapper, the chart and table export menus, the main map's overlays, the owner window for dialogs, and the
 * scope of the views' listeners on long-lived state ({@code subscriptions}: the host removes them when it disposes
 * the views, so one context is made for each opening of a study's views).
 */
public record StudyContext(
        AppState state,
        StudyRegistry studies,
        TaskExecutor executor,
        RunLauncher runs,
        OptimizerRunner runner,
        Dialogs dialogs,
        AppLog log,
        AppDirs dirs,
        ObjectMapper mapper,
        ChartExport chartExport,
        TableExport tableExport,
        MapOverlays map,
        Supplier<Window> owner,
        Subscriptions subscriptions) {

    /** The registered study {@code id} as its own type; the study UI is only opened when its study is registered. */
    @SuppressWarnings("unchecked")
    public <D extends StudyDefinition<?, ?>> D study(String id, Class<D> type) {
        return studies.study(id).filter(type::isInstance).map(d -> (D) d).orElseThrow(() ->
                new IllegalStateException("the study " + id + " is not registered as " + type.getSimpleName()));
    }
}
