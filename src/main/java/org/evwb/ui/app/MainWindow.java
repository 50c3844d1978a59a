package org.evwb.ui.app;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.evwb.core.Figures;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.ui.chart.ChartExport;
import org.evwb.ui.chart.TableExport;
import org.evwb.ui.map.MapView;
import org.evwb.ui.platform.StudySweepWindows;
import org.evwb.ui.platform.AppState;
import org.evwb.ui.platform.Dialogs;
import org.evwb.ui.platform.ProjectListener;
import org.evwb.ui.platform.StudyContext;
import org.evwb.ui.platform.StudyUi;
import org.evwb.ui.platform.StudyViews;
import org.evwb.ui.project.EntityActions;
import org.evwb.ui.project.EntityFields;
import org.evwb.ui.project.EntityTablesView;
import org.evwb.ui.project.PropertyEditorView;
import org.evwb.ui.qubo.FxQuboFileChooser;
import org.evwb.ui.qubo.QuboWorkbench;
import org.evwb.ui.qubo.QuboWorkbenchServices;
import org.evwb.ui.qubo.StudyQubos;
import org.evwb.ui.runs.RunSolverDialog;
import org.evwb.ui.runs.RunsController;
import org.evwb.ui.runs.RunsPanel;

/**
 * The workbench window: menus, the start page or the workspace (map and study views in tabs, entity tables,
 * property editor, runs panel), and the status bar. Composes views and controllers around the one {@link AppState};
 * studies plug in through the {@link StudyHost}, never by name.
 */
public final class MainWindow extends BorderPane {

    public static final String TITLE = "EV Energy Workbench";
    /** How often unsaved work is copied to the recovery folder. */
    static final javafx.util.Duration AUTOSAVE_INTERVAL = javafx.util.Duration.seconds(30);

    private final Stage stage;
    private final WorkbenchServices services;
    private final AppState state;
    private final Dialogs dialogs;
    private final ProjectController projects;
    private final RunsController runs;
    private final EntityActions actions;
    private final EntityFields fields = new EntityFields();
    private final TabPane views = new TabPane();
    private final CentreTabs centre;
    private final TableExport tableExport;
    private final Label tableMessage = new Label();
    /** "Saved NAME at HH:MM" after a save, until the next change of the project. */
    private final Label savedMessage = new Label();
    private final RecoveryStore recovery;
    private final Autosave autosave;
    private final CsvImportActions imports;
    private final StudyImportActions studyImports;
    private final ChartExport chartExport;
    private final StudyHost studyHost;
    private final QuboWorkbench quboWorkbench;
    private final StudyMenu studyMenu;
    private final StackPane centrePane;
    /** Map, entity tables, property editor and runs panel: built on first need, not before the first frame. */
    private Workspace workspace;
    private MapView map;
    private boolean disposed;
    private final BooleanProperty tablesShown = new SimpleBooleanProperty(true);
    private final BooleanProperty propertiesShown = new SimpleBooleanProperty(true);
    private final BooleanProperty runsShown = new SimpleBooleanProperty(true);

    /** The workspace's parts and the node that lays them out (with the study notice) over the start page. */
    private record Workspace(MapView map, EntityTablesView tables, PropertyEditorView properties, RunsPanel runsPanel,
                             Node node) { }

    public MainWindow(Stage stage, WorkbenchServices services) {
        this.stage = stage;
        this.services = services;
        this.state = services.state();
        this.dialogs = services.dialogs().apply(() -> stage);
        // First of the project's listeners, so that the map tab is in front of the study tabs opening with it.
        state.projectProperty().addListener((o, a, b) -> {
            if (b != null) {
                attachWorkspace();
            }
        });
        this.chartExport = new ChartExport(services.exportDialogs());
        this.tableExport = new TableExport(services.exportDialogs());
        this.runs = new RunsController(state, services.studies(), services.executor(), services.runner(),
                services.mapper(), dialogs, services.log(), chartExport);
        this.recovery = new RecoveryStore(services.dirs().recovery(), services.projectIO(), services.mapper());
        this.autosave = new Autosave(state, recovery, services.log(), AUTOSAVE_INTERVAL);
        this.projects = new ProjectController(state, services, dialogs, () -> stage, List.of(runs, autosave,
                new ProjectListener() {
                    @Override
                    public void projectSaved(java.nio.file.Path file) {
                        savedMessage.setText("Saved " + file.getFileName() + " at "
                                + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
                    }
                }));
        state.projectProperty().addListener((o, a, b) -> savedMessage.setText(""));
        autosave.start();
        this.imports = new CsvImportActions(state, services.fileDialogs(), dialogs, services.executor(),
                () -> stage);
        this.studyImports = new StudyImportActions(state, services.studies(), services.fileDialogs(), dialogs,
                services.executor(), () -> stage, savedMessage::setText);
        this.actions = new EntityActions(state, dialogs);
        getStyleClass().add("main-window");

        views.setId("centre-views");
        views.getStyleClass().add("centre-views");
        centre = new CentreTabs(views, () -> state.getProject() != null || projects.newProject());
        tableMessage.getStyleClass().addAll("status-message", "status-error");
        studyHost = new StudyHost(state, services.studies(), services.studyUis(), subs -> new StudyContext(state,
                services.studies(), services.executor(), runs, services.runner(), dialogs, services.log(),
                services.dirs(), services.mapper(), chartExport, tableExport, map(), () -> stage, subs), centre,
                dialogs, services.log());
        quboWorkbench = new QuboWorkbench(new QuboWorkbenchServices(services.executor(), state, chartExport,
                tableExport, services.log(), services.mapper(), new FxQuboFileChooser(), () -> stage), centre);
        studyMenu = new StudyMenu(services.studies(), studyHost, new StudyQubos(state, services.studies(), dialogs,
                quboWorkbench), new QuboFileActions(state, services.fileDialogs(), dialogs, services.executor(), runs,
                services.mapper(), services.log(), () -> stage), state, services.executor(), projects, dialogs,
                services.log(), () -> stage,
                new StudySweepWindows(state, services.executor(), services.runner(), services.mapper(), chartExport,
                        tableExport, services.exportDialogs(), () -> stage));
        StartPage start = new StartPage(projects, services.samples(), services.recentFiles(), recovery,
                services.studies().ids());
        centrePane = new StackPane(start);
        start.visibleProperty().bind(state.projectProperty().isNull());
        setTop(new MainMenu(this));
        setCenter(centrePane);
        setBottom(statusBar());

        stage.titleProperty().bind(Bindings.createStringBinding(() -> state.getProject() == null ? TITLE
                : projects.displayName() + (state.isDirty() ? " *" : "") + " — " + TITLE,
                state.projectProperty(), state.projectFileProperty(), state.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!projects.confirmDiscard()) {
                e.consume();
            } else {
                cancelAll();
            }
        });
    }

    /**
     * The workspace, built now if it is not yet: on the first project, when a test or the window asks for one of its
     * parts, or step by step after the first frame ({@link #prepareWorkspace}). Until then only the start page is in
     * the scene, so the first frame costs neither the workspace's construction nor its styling and layout.
     */
    private Workspace workspace() {
        if (workspace == null) {
            EntityTablesView tables = new EntityTablesView(state, actions, fields, this::showTableMessage);
            tables.installExport(tableExport);
            PropertyEditorView properties = new PropertyEditorView(state, fields);
            RunsPanel runsPanel = new RunsPanel(runs, this::openRunDialog, studyHost);
            showWith(tables, tablesShown);
            showWith(properties, propertiesShown);
            showWith(runsPanel, runsShown);
            map();
            SplitPane left = new SplitPane(views, tables);
            left.setOrientation(Orientation.VERTICAL);
            left.setDividerPositions(0.62);
            SplitPane right = new SplitPane(properties, runsPanel);
            right.setOrientation(Orientation.VERTICAL);
            right.setDividerPositions(0.5);
            SplitPane split = new SplitPane(left, right);
            split.getStyleClass().add("workspace");
            split.setDividerPositions(0.7);
            SplitPane.setResizableWithParent(right, false);
            VBox box = new VBox(studyNotice(), split);
            VBox.setVgrow(split, Priority.ALWAYS);
            box.visibleProperty().bind(state.projectProperty().isNotNull());
            workspace = new Workspace(map, tables, properties, runsPanel, box);
        }
        return workspace;
    }

    /** The project's map, first of the centre tabs (study views ask for it when they open). */
    private MapView map() {
        if (map == null) {
            map = new MapView(state, services.dirs());
            Tab mapTab = new Tab("Map", map);
            mapTab.setClosable(false);
            mapTab.setId("tab-map");
            views.getTabs().add(0, mapTab);
            views.getSelectionModel().select(mapTab);
        }
        return map;
    }

    /** Puts the workspace (hidden while no project is open) into the scene, building it first if need be. */
    void attachWorkspace() {
        Node node = workspace().node();
        if (node.getParent() == null) {
            centrePane.getChildren().add(node);
        }
    }

    /**
     * Builds the workspace after the first frame so that opening the first project does not wait for it, in steps
     * that each hand the FX thread back to input and rendering before the next (each step is one to a few hundred
     * milliseconds on a cold JVM): the map, the other panes, then their styling and layout while still hidden.
     */
    void prepareWorkspace() {
        FxSteps.run(List.of(this::map, this::workspace, () -> {
            attachWorkspace();
            centrePane.applyCss();
            centrePane.layout();
        }), () -> disposed, nanos -> services.log().info(String.format(java.util.Locale.ROOT, "workspace ready %d ms "
                + "after JVM start, longest step %d ms (map %d, panes %d, styling and layout %d ms; FX thread CPU "
                + "%d, %d, %d ms)", ManagementFactory.getRuntimeMXBean().getUptime(),
                java.util.Arrays.stream(nanos, 0, 3).max().orElse(0) / 1_000_000, nanos[0] / 1_000_000,
                nanos[1] / 1_000_000, nanos[2] / 1_000_000, nanos[3] / 1_000_000, nanos[4] / 1_000_000,
                nanos[5] / 1_000_000)));
    }

    private static void showWith(Node pane, BooleanProperty shown) {
        pane.visibleProperty().bind(shown);
        pane.managedProperty().bind(shown);
    }

    /** A scene for this window with the workbench style sheet and the extra Redo shortcut (Ctrl+Shift+Z). */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(this, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), state::redo);
        return scene;
    }

    /**
     * Releases what would outlive the window (the application stops, or a test is done with it): stops every
     * background task, disposes the study views and the QUBO workbench, stops autosave, and takes the window's nodes
     * out of their scene, so that no animation timer or listener on long-lived state keeps the window alive.
     */
    public void dispose() {
        cancelAll();
        studyHost.dispose();
        quboWorkbench.close();
        autosave.close();
        disposed = true;
        if (map != null) {
            map.dispose();
        }
        if (getScene() != null) {
            getScene().setRoot(new javafx.scene.layout.Pane());
        }
    }

    // ---- what the composition (and tests driving the window) use ----

    public AppState state() {
        return state;
    }

    public ProjectController projects() {
        return projects;
    }

    public RunsController runs() {
        return runs;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** File ▸ Import actions. */
    /** File ▸ Import ▸ a study's data: the imports every registered study declares. */
    public StudyImportActions studyImports() {
        return studyImports;
    }

    public CsvImportActions imports() {
        return imports;
    }

    /** Keeps recovery copies of unsaved work. */
    public Autosave autosave() {
        return autosave;
    }

    /** The export menu every chart in the window uses (PNG/SVG/PDF/clipboard). */
    public ChartExport chartExport() {
        return chartExport;
    }

    public EntityTablesView tables() {
        return workspace().tables();
    }

    public PropertyEditorView properties() {
        return workspace().properties();
    }

    /** The window's QUBO workbench (its tab comes and goes with it). */
    public QuboWorkbench quboWorkbench() {
        return quboWorkbench;
    }

    /** The open views of a study, as their own type, if the study's views are open for the project. */
    public <V extends StudyViews> Optional<V> studyViews(String studyId, Class<V> type) {
        return studyHost.views(studyId).filter(type::isInstance).map(type::cast);
    }

    // ---- for the menus ----

    StudyHost studyHost() {
        return studyHost;
    }

    StudyMenu studyMenu() {
        return studyMenu;
    }

    WorkbenchServices services() {
        return services;
    }

    /** Shows the Run solver dialog (the open project's study chosen first) and starts the run the user asks for. */
    void openRunDialog() {
        Project p = state.getProject();
        if (p == null) {
            return;
        }
        new RunSolverDialog(stage, services.studies(), fields, projectStudy(p), p).ask().ifPresent(runs::start);
    }

    /** The study the project is about: its first registered study configuration, else a study whose views apply. */
    String projectStudy(Project p) {
        for (StudyConfig c : p.studies()) {
            if (services.studies().study(c.study()).isPresent()) {
                return c.study();
            }
        }
        return studyHost.active().stream().filter(u -> u.appliesTo(p)).map(StudyUi::studyId).findFirst()
                .orElse(null);
    }

    /** Edit ▸ Preferences…: the compute-carbon constants of every run started afterwards. */
    void openPreferences() {
        new PreferencesDialog(stage, services.carbon(), fields).showAndWait();
    }

    void deleteSelection() {
        actions.deleteSelection();
    }

    void selectAllInCurrentTable() {
        actions.selectAll(workspace().tables().currentKind());
    }

    /** Run ▸ Export report…: the active run's report, PDF or HTML, written in the background. */
    void exportActiveReport() {
        runs.exportReport(state.activeRunProperty().get(), stage);
    }

    /** Run ▸ Cancel all: every run, then every other background task (what-if, charts, sweeps, the workbench). */
    void cancelAll() {
        runs.cancelAll();
        state.cancelAllTasks();
    }

    void showAbout() {
        Package pkg = MainWindow.class.getPackage();
        String version = pkg.getImplementationVersion() == null ? "development build"
                : pkg.getImplementationVersion();
        dialogs.info("About", TITLE, "Version: " + version + "\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.runtime.version") + "\n\nStudies: "
                + String.join(", ", services.studies().ids()) + "\nYour files: " + services.dirs().home());
    }

    /** Asks about unsaved changes, then ends the application. */
    void quit() {
        if (projects.confirmDiscard()) {
            cancelAll();
            stage.hide();
            javafx.application.Platform.exit();
        }
    }

    /** View ▸ Entity tables / Properties / Runs: whether each pane is shown. */
    BooleanProperty tablesShown() {
        return tablesShown;
    }

    BooleanProperty propertiesShown() {
        return propertiesShown;
    }

    BooleanProperty runsShown() {
        return runsShown;
    }

    Node tablesPane() {
        return workspace().tables();
    }

    Node propertiesPane() {
        return workspace().properties();
    }

    Node runsPane() {
        return workspace().runsPanel();
    }

    /** Over the workspace: says when the project is for a study this build does not have yet. */
    private Label studyNotice() {
        ProjectStudies studies = new ProjectStudies(services.studies().ids());
        Label notice = new Label();
        notice.getStyleClass().add("study-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.managedProperty().bind(notice.visibleProperty());
        Runnable update = () -> {
            Project p = state.getProject();
            String text = p == null ? "" : studies.notice(p.studies().stream().map(StudyConfig::study).toList());
            notice.setText(text);
            notice.setVisible(!text.isEmpty());
        };
        state.projectProperty().addListener((o, a, b) -> update.run());
        update.run();
        return notice;
    }

    private void showTableMessage(String text) {
        tableMessage.setText(text);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.getStyleClass().add("workbench-status");
        Label tasks = new Label();
        tasks.getStyleClass().add("status-tasks");
        tasks.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = state.getRunningTasks().size();
            return n == 0 ? "No tasks running" : n == 1 ? "1 task running" : n + " tasks running";
        }, state.getRunningTasks()));
        savedMessage.getStyleClass().addAll("status-message", "status-saved");
        bar.getRightItems().addAll(tableMessage, savedMessage, tasks);
        Runnable update = () -> bar.setText(statusText());
        state.projectProperty().addListener((o, a, b) -> update.run());
        state.projectFileProperty().addListener((o, a, b) -> update.run());
        state.getSelection().addListener((ListChangeListener<EntityRef>) c -> update.run());
        update.run();
        return bar;
    }

    /** A kind's label as a noun inside a sentence: "Time series" → "time series", but "PV source" keeps "PV". */
    private static String noun(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.toLowerCase(Locale.ROOT);
    }

    private String statusText() {
        Project p = state.getProject();
        if (p == null) {
            return "No project open";
        }
        StringBuilder sb = new StringBuilder(projects.displayName());
        sb.append("   |   ");
        int shown = 0;
        for (EntityKind k : EntityKind.values()) {
            int n = p.entities(k).size();
            if (n > 0) {
                sb.append(shown++ == 0 ? "" : ", ").append(Figures.count(n, noun(k.label())));
            }
        }
        if (shown == 0) {
            sb.append("empty");
        }
        sb.append("   |   ").append(state.getSelection().size()).append(" selected");
        return sb.toString();
    }
}
