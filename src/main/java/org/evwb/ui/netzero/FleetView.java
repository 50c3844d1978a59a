package org.evwb.ui.netzero;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.EntityRef;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.Consumption;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.SpeedProfile;
import org.evwb.core.study.netzero.traffic.FcdImport;
import org.evwb.core.study.netzero.traffic.SumoException;
import org.evwb.core.study.netzero.traffic.SumoInstallation;
import org.evwb.core.study.netzero.traffic.SumoTraffic;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The netzero fleet: every EV of the instance with its role (supplier, demander, neither), plotted by route length and
 * remaining charge in one colour per role; selecting an EV shows its speed profile along the route, its consumption
 * per segment (eqs. (1)–(6)) and its utility U_i. The profiles come from the built-in model, a SUMO run (when SUMO is
 * installed; else the status says how to install it) or an imported FCD file; the instance is built off the FX
 * thread and the build can be cancelled.
 */
public final class FleetView extends BorderPane {

    /** The configuration's sources: the built-in model unless its speedSource/supplySource name others. */
    static final String BUILT_IN = "as configured";
    static final String SUMO = "SUMO run";
    static final String FCD = "FCD file";
    static final String ALL_STATIONS = "(all stations)";

    private final StudyContext ctx;
    private final NetzeroStudy study;
    private final ChoiceBox<String> source = new ChoiceBox<>(FXCollections.observableArrayList(BUILT_IN, SUMO, FCD));
    private final TextField fcdFile = new TextField();
    private final Button build = new Button("Build");
    private final Button cancel = new Button("Cancel");
    private final Label status = new Label();
    private final TableView<NetzeroEv> table = new TableView<>();
    private final XYSeriesCollection roles = new XYSeriesCollection();
    private final XYSeriesCollection speed = new XYSeriesCollection();
    private final XYSeriesCollection energy = new XYSeriesCollection();
    private final Label utility = new Label();
    private final ChoiceBox<String> station = new ChoiceBox<>();
    private final Label stationInfo = new Label();
    private NetzeroInstance instance;
    private BackgroundTask<NetzeroInstance> task;
    private Runnable onChange = () -> { };
    /** Set while this view moves the shared selection itself, so its own echo is not taken as the user's. */
    private boolean selecting;

    public FleetView(StudyContext ctx, NetzeroStudy study) {
        this.ctx = ctx;
        this.study = study;
        getStyleClass().add("netzero-fleet");
        source.setValue(BUILT_IN);
        source.setId("netzero-source");
        fcdFile.setId("netzero-fcd-file");
        fcdFile.setPromptText("FCD file (SUMO XML or CSV)");
        fcdFile.setPrefColumnCount(24);
        fcdFile.disableProperty().bind(source.valueProperty().isNotEqualTo(FCD));
        build.setId("netzero-build");
        cancel.setId("netzero-cancel");
        cancel.setDisable(true);
        status.setId("netzero-status");
        status.setWrapText(true);
        utility.setId("netzero-ev-utility");
        build.setOnAction(e -> build());
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        station.setId("netzero-station");
        stationInfo.setId("netzero-station-info");
        station.valueProperty().addListener((o, a, b) -> showStation());
        setTop(new javafx.scene.layout.VBox(4, new FlowPane(6, 4, new Label("Speed profiles:"), source, fcdFile,
                build, cancel, status), new FlowPane(6, 4, new Label("Station:"), station, stationInfo)));
        columns();
        table.setId("netzero-evs");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(NetzeroEv ev, boolean empty) {
                super.updateItem(ev, empty);
                getStyleClass().removeAll("ev-supplier", "ev-demander", "ev-neither");
                if (!empty && ev != null) {
                    getStyleClass().add("ev-" + ev.role().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, ev) -> {
            select(ev);
            share(ev);
            onChange.run();
        });
        ctx.tableExport().install(table, "netzero-fleet");
        GridPane charts = new GridPane();
        charts.add(viewer(ChartFactory.createScatterPlot("EVs by role", "route L_i [km]", "SOC_r [kWh]", roles,
                PlotOrientation.VERTICAL, true, true, false), "netzero-roles", "netzero-fleet-roles"), 0, 0);
        charts.add(viewer(ChartFactory.createXYStepChart("Speed profile", "distance [km]", "speed [km/h]", speed,
                PlotOrientation.VERTICAL, false, true, false), "netzero-speed", "netzero-speed-profile"), 1, 0);
        charts.add(viewer(ChartFactory.createXYBarChart("Consumption per segment", "distance [km]", false,
                "energy [kWh]", energy, PlotOrientation.VERTICAL, false, true, false), "netzero-energy",
                "netzero-consumption"), 2, 0);
        charts.add(utility, 0, 1, 3, 1);
        BorderPane center = new BorderPane(table);
        center.setBottom(charts);
        setCenter(center);
        ctx.subscriptions().listen(ctx.state().projectProperty(), (o, a, p) -> open());
        ctx.subscriptions().listen(ctx.state().getSelection(),
                (javafx.collections.ListChangeListener<EntityRef>) c -> follow());
        source.valueProperty().addListener((o, a, b) -> labelBuild());
        open();
    }

    /**
     * The project opened or changed: its instance is built at once when the sources are cheap (the built-in model, an
     * FCD file, the weather's own supply). A SUMO run or a forecast's training is never started by opening or editing
     * a project — configured, or SUMO chosen here: the view says what is not computed yet and waits for Run SUMO /
     * Build, unless the study has their results cached: then they are shown as a build reads them.
     */
    private void open() {
        Project project = ctx.state().getProject();
        StudyConfig config = configOf(project);
        NetzeroParameters p = BUILT_IN.equals(source.getValue()) ? configured(project, config) : null;
        labelBuild(p);
        String waiting = SUMO.equals(source.getValue()) ? "SUMO profiles not computed yet for the project as it "
                + "is now — Run SUMO" : p == null ? null : notComputed(p);
        if (waiting == null) {
            build();
            return;
        }
        if (task != null && !task.isDone()) {
            task.cancel();
        }
        show(null, waiting);
        if (p != null && config != null) {
            showIfCached(project, config);
        }
    }

    /**
     * The configured SUMO traces or forecast are shown at once when the study has them cached (a build then reads
     * them, runs nothing); asking draws the fleet for the key, so it is asked off the FX thread.
     */
    private void showIfCached(Project project, StudyConfig config) {
        BackgroundTask<Boolean> ask = BackgroundTask.of("Looking for cached SUMO traces or forecast", c ->
                study.sourcesCached(project, config));
        ask.onSuccess(cached -> {
            if (cached && ctx.state().getProject() == project && BUILT_IN.equals(source.getValue())
                    && (task == null || task.isDone())) {
                build();
            }
        }).onFailure(t -> { }); // the configuration's problems show when the user builds
        ask.executeWith(ctx.executor());
    }

    /** What the configured sources need an explicit action for, as the view says it; null when they are cheap. */
    static String notComputed(NetzeroParameters p) {
        boolean sumo = p.speedSource() == NetzeroParameters.SpeedSource.SUMO;
        boolean forecast = p.supplySource() == NetzeroParameters.SupplySource.FORECAST;
        if (!sumo && !forecast) {
            return null;
        }
        String what = sumo && forecast ? "SUMO profiles and the " + p.forecastModel().name().toLowerCase(Locale.ROOT)
                + " forecast" : sumo ? "SUMO profiles" : "The " + p.forecastModel().name().toLowerCase(Locale.ROOT)
                + " forecast of wind and PV";
        return what + " not computed yet — " + (sumo ? "Run SUMO" : "Build") + " (the configuration names "
                + (sumo ? "speedSource sumo" : "") + (sumo && forecast ? " and " : "")
                + (forecast ? "supplySource forecast" : "") + "; opening the project does not run "
                + (sumo ? "SUMO" : "the training") + ")";
    }

    private void labelBuild() {
        Project project = ctx.state().getProject();
        labelBuild(configured(project, configOf(project)));
    }

    /** The configuration's parameters; null without one or when they are wrong (a build shows their problems). */
    private NetzeroParameters configured(Project project, StudyConfig config) {
        if (config == null) {
            return null;
        }
        try {
            return study.parameters().from(project, config);
        } catch (ProjectFileException e) {
            return null;
        }
    }

    /** "Run SUMO" where the button runs SUMO (chosen, or as configured), else "Build". */
    private void labelBuild(NetzeroParameters configured) {
        boolean sumo = SUMO.equals(source.getValue()) || BUILT_IN.equals(source.getValue()) && configured != null
                && configured.speedSource() == NetzeroParameters.SpeedSource.SUMO;
        build.setText(sumo ? "Run SUMO" : "Build");
    }

    private static StudyConfig configOf(Project project) {
        return project == null ? null : project.studies().stream()
                .filter(s -> NetzeroStudy.ID.equals(s.study())).findFirst().orElse(null);
    }

    /**
     * An EV chosen here becomes the shared selection: a vehicle of the project, or an EV of a drawn fleet (a vehicle
     * ref the project does not hold, so the map rings it and the property editor shows nothing; the next edit of the
     * project drops it from the selection).
     */
    private void share(NetzeroEv ev) {
        Project p = ctx.state().getProject();
        if (selecting || ev == null || p == null || instance == null) {
            return;
        }
        EntityRef ref = new EntityRef(EntityKind.VEHICLE, ev.id());
        if (!ctx.state().isSelected(ref)) {
            selecting = true;
            try {
                ctx.state().select(ref);
            } finally {
                selecting = false;
            }
        }
    }

    /** The shared selection (map, tables) chose a vehicle or a charging station: show it here. */
    private void follow() {
        if (selecting || instance == null || ctx.state().getSelection().isEmpty()) {
            return;
        }
        EntityRef ref = ctx.state().getSelection().get(0);
        selecting = true;
        try {
            if (ref.kind() == EntityKind.VEHICLE) {
                table.getItems().stream().filter(ev -> ev.id().equals(ref.id())).findFirst().ifPresent(ev -> {
                    table.getSelectionModel().select(ev);
                    table.scrollTo(ev);
                });
            } else if (ref.kind() == EntityKind.CHARGING_STATION && station.getItems().contains(ref.id())) {
                station.setValue(ref.id());
            }
        } finally {
            selecting = false;
        }
    }

    /** The chosen station's prosumers in the table (every EV for "all"), with their roles counted. */
    private void showStation() {
        if (instance == null) {
            stationInfo.setText("");
            onChange.run();
            return;
        }
        int k = selectedStation();
        if (k < 0) {
            table.getItems().setAll(instance.evs());
            stationInfo.setText(instance.stations().size() + " stations; choose one (or a charging station on the "
                    + "map) to see its prosumers");
        } else {
            int[] idx = instance.prosumersOf(k);
            List<NetzeroEv> evs = java.util.Arrays.stream(idx).mapToObj(instance.evs()::get).toList();
            table.getItems().setAll(evs);
            var st = instance.stations().get(k);
            stationInfo.setText(String.format(Locale.ROOT, "%s at km %.2f: %d prosumers — %d suppliers (%d admitted "
                            + "by C2, %.2f kWh offered), %d demanders (%.2f kWh)", st.id(), st.chainageKm(), evs.size(),
                    count(evs, NetzeroEv.Role.SUPPLIER), evs.stream().filter(NetzeroEv::eligible).count(),
                    evs.stream().mapToDouble(NetzeroEv::supplyKWh).sum(), count(evs, NetzeroEv.Role.DEMANDER),
                    evs.stream().mapToDouble(NetzeroEv::demandKWh).sum()));
        }
        onChange.run();
    }

    private static long count(List<NetzeroEv> evs, NetzeroEv.Role r) {
        return evs.stream().filter(ev -> ev.role() == r).count();
    }

    /** The index of the station whose prosumers are shown, or -1 for all. */
    public int selectedStation() {
        String id = station.getValue();
        if (instance == null || id == null) {
            return -1;
        }
        for (int k = 0; k < instance.stations().size(); k++) {
            if (instance.stations().get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }

    /** The id of the EV whose profile is shown, or null. */
    public String selectedEvId() {
        NetzeroEv ev = table.getSelectionModel().getSelectedItem();
        return ev == null ? null : ev.id();
    }

    /** Called when the instance, the EV or the station shown changes (the map overlay redraws). */
    void setOnChange(Runnable r) {
        onChange = r;
    }

    public ChoiceBox<String> stationChoice() {
        return station;
    }

    public String stationText() {
        return stationInfo.getText();
    }

    private ChartViewer viewer(JFreeChart chart, String id, String exportName) {
        ChartViewer v = new ChartViewer(chart);
        v.setPrefSize(360, 240);
        v.setId(id);
        ctx.chartExport().install(v, exportName);
        return v;
    }

    private void columns() {
        table.getColumns().add(column("EV", ev -> ev.id()));
        table.getColumns().add(column("role", ev -> ev.role().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("route [km]", ev -> fmt(ev.routeKm())));
        table.getColumns().add(column("EC [kWh]", ev -> fmt(ev.consumptionKWh())));
        table.getColumns().add(column("SOC_r [kWh]", ev -> fmt(ev.socRemainingKWh())));
        table.getColumns().add(column("D [kWh]", ev -> fmt(ev.demandKWh())));
        table.getColumns().add(column("S [kWh]", ev -> fmt(ev.supplyKWh())));
        table.getColumns().add(column("U", ev -> fmt(ev.utility())));
        table.getColumns().add(column("profile", ev -> ev.profile().source()));
    }

    private static TableColumn<NetzeroEv, String> column(String title, java.util.function.Function<NetzeroEv,
            String> f) {
        TableColumn<NetzeroEv, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Builds the instance of the open project with the chosen profile source, in the background. */
    public BackgroundTask<NetzeroInstance> build() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
        Project project = ctx.state().getProject();
        StudyConfig config = configOf(project);
        if (config == null) {
            show(null, "No netzero study in this project");
            return null;
        }
        String choice = source.getValue();
        String file = fcdFile.getText() == null ? "" : fcdFile.getText().trim();
        if (choice.equals(FCD) && file.isEmpty()) {
            status.setText("Name the FCD file (SUMO FCD XML or CSV with id, time, speed, pos) to import");
            return null;
        }
        var sumo = SumoInstallation.locate();
        if (choice.equals(SUMO) && sumo.isEmpty()) {
            status.setText(SumoInstallation.missingMessage(System.getenv()));
            return null;
        }
        build.setDisable(true);
        cancel.setDisable(false);
        String doing = "Building the instance (" + choice + ")…";
        status.setText(doing);
        task = BackgroundTask.of("netzero instance (" + choice + ")", c -> make(project, config, choice, file,
                sumo.orElse(null), c));
        BackgroundTask<NetzeroInstance> running = task;
        // the work's own progress (SUMO's steps, the forecast's training) while it runs, off the FX thread
        task.messageProperty().addListener((o, a, m) -> {
            if (task == running && !running.isDone() && m != null && !m.isBlank()) {
                status.setText(doing + " " + m);
            }
        });
        task.onSuccess(in -> show(in, in.profileSource() + ": " + in.evs().size() + " EVs, " + count(in,
                        NetzeroEv.Role.SUPPLIER) + " suppliers, " + count(in, NetzeroEv.Role.DEMANDER) + " demanders"))
                .onFailure(t -> {
                    status.setText(message(t));
                    idle();
                })
                .onCancelled(() -> {
                    status.setText("Cancelled");
                    idle();
                });
        return task.executeWith(ctx.executor());
    }

    private NetzeroInstance make(Project project, StudyConfig config, String choice, String file,
                                 SumoInstallation sumo, RunContext c) throws Exception {
        NetzeroParameters p = study.parameters().from(project, config);
        if (choice.equals(SUMO)) {
            Path dir = Files.createTempDirectory("evwb-sumo");
            return new SumoTraffic(study, sumo, SumoTraffic.Options.DEFAULT).run(project, p, dir, c).instance();
        }
        if (choice.equals(FCD)) {
            return new FcdImport(study).read(project, p, Path.of(file), c).instance();
        }
        // the study configuration's own sources (speedSource, supplySource), as a run from the Run dialog builds it
        return study.buildInstance(project, config, c);
    }

    static String message(Throwable t) {
        if (t instanceof ProjectFileException e) {
            StringBuilder s = new StringBuilder(e.source()).append(": ");
            e.problems().stream().limit(5).forEach(pr -> s.append(pr.path()).append(": ").append(pr.message())
                    .append("; "));
            return s.toString();
        }
        if (t instanceof SumoException) {
            return t.getMessage();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static long count(NetzeroInstance in, NetzeroEv.Role r) {
        return in.evs().stream().filter(ev -> ev.role() == r).count();
    }

    private void idle() {
        build.setDisable(false);
        cancel.setDisable(true);
    }

    private void show(NetzeroInstance in, String text) {
        instance = in;
        idle();
        status.setText(text);
        table.getItems().setAll(in == null ? List.of() : in.evs());
        station.getItems().setAll(ALL_STATIONS);
        if (in != null) {
            in.stations().forEach(st -> station.getItems().add(st.id()));
        }
        station.setValue(ALL_STATIONS);
        roles.removeAllSeries();
        if (in != null) {
            for (NetzeroEv.Role r : NetzeroEv.Role.values()) {
                XYSeries s = new XYSeries(r.name().toLowerCase(Locale.ROOT), false);
                in.evs().stream().filter(ev -> ev.role() == r).forEach(ev -> s.add(ev.routeKm(),
                        ev.socRemainingKWh()));
                roles.addSeries(s);
            }
        }
        select(null);
        showStation();
    }

    private void select(NetzeroEv ev) {
        speed.removeAllSeries();
        energy.removeAllSeries();
        if (ev == null || instance == null) {
            utility.setText("Select an EV to see its speed profile, consumption per segment and utility");
            return;
        }
        SpeedProfile p = ev.profile();
        Consumption model = Consumption.of(instance.parameters());
        XYSeries v = new XYSeries(ev.id() + " speed", false);
        XYSeries e = new XYSeries(ev.id() + " energy", false);
        double x = 0;
        double[] len = p.segmentKm();
        double[] kmh = p.speedKmh();
        for (int k = 0; k < p.segments(); k++) {
            v.add(x, kmh[k]);
            e.add(x + len[k] / 2, model.segment(instance.typeOf(ev), p, k).energyKWh());
            x += len[k];
        }
        v.add(x, kmh[kmh.length - 1]);
        speed.addSeries(v);
        energy.addSeries(e);
        utility.setText(String.format(Locale.ROOT, "%s (%s): EC %.3f kWh over %.2f km, SOC_r %.3f kWh, D %.3f kWh, "
                        + "S %.3f kWh, U_i %.3f%s; profile: %s", ev.id(), ev.role().name().toLowerCase(Locale.ROOT),
                ev.consumptionKWh(), ev.routeKm(), ev.socRemainingKWh(), ev.demandKWh(), ev.supplyKWh(),
                ev.utility(), ev.eligible() ? " (C2 admits its offer)" : "", p.source()));
    }

    public void setSource(String choice, String file) {
        source.setValue(choice);
        fcdFile.setText(file);
    }

    public TableView<NetzeroEv> table() {
        return table;
    }

    public XYSeriesCollection speedSeries() {
        return speed;
    }

    public XYSeriesCollection roleSeries() {
        return roles;
    }

    public String status() {
        return status.getText();
    }

    public String utilityText() {
        return utility.getText();
    }

    public NetzeroInstance instance() {
        return instance;
    }

    public void dispose() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }
}
