package org.evwb.ui.netzero;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import org.evwb.core.project.Project;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;
import org.evwb.core.study.netzero.RenewableSource;
import org.evwb.core.study.netzero.WeatherYear;
import org.evwb.core.study.netzero.forecast.ForecastData;
import org.evwb.core.study.netzero.forecast.ForecastModel;
import org.evwb.core.study.netzero.forecast.ForecastScore;
import org.evwb.core.study.netzero.forecast.Forecaster;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.StudyContext;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Fig. 4: wind and PV output forecast from weather features by several regressors (Tribuo), trained on the study's
 * weather year up to the held-out period and scored on it — predicted against actual per hour, and each model's MAE,
 * RMSE and training time as bars and a table. Training runs on the background service (progress, cancel); the best
 * model by MAE is the one {@code ForecastSupply} feeds the supply side with.
 */
public final class ForecastView extends BorderPane {

    private final StudyContext ctx;
    private final NetzeroStudy study;
    private final Forecaster forecaster;
    private final ChoiceBox<RenewableSource.Kind> kind = new ChoiceBox<>(FXCollections.observableArrayList(
            RenewableSource.Kind.values()));
    static final String FULL_YEAR = "full year (last 61 days held out)";
    static final String QUICK = "first 90 days (last 14 held out), quick";
    private final ChoiceBox<String> period = new ChoiceBox<>(FXCollections.observableArrayList(FULL_YEAR, QUICK));
    private final Button train = new Button("Train models");
    private final Button cancel = new Button("Cancel");
    private final Label status = new Label("Train the models to compare them on the held-out period");
    private final XYSeriesCollection series = new XYSeriesCollection();
    private final DefaultCategoryDataset mae = new DefaultCategoryDataset();
    private final DefaultCategoryDataset time = new DefaultCategoryDataset();
    private final TableView<Row> table = new TableView<>();
    private List<Forecaster.Comparison> result = List.of();
    private BackgroundTask<List<Forecaster.Comparison>> task;

    /** One table row: a model's score for a kind. */
    public record Row(RenewableSource.Kind kind, ForecastScore score, boolean chosen) { }

    public ForecastView(StudyContext ctx, NetzeroStudy study) {
        this(ctx, study, Forecaster.DEFAULT);
    }

    public ForecastView(StudyContext ctx, NetzeroStudy study, Forecaster forecaster) {
        this.ctx = ctx;
        this.study = study;
        this.forecaster = forecaster;
        getStyleClass().add("netzero-forecast");
        kind.setValue(RenewableSource.Kind.WIND);
        kind.setId("forecast-kind");
        period.setValue(FULL_YEAR);
        period.setId("forecast-period");
        kind.valueProperty().addListener((o, a, b) -> showKind());
        train.setId("forecast-train");
        cancel.setId("forecast-cancel");
        cancel.setDisable(true);
        status.setId("forecast-status");
        status.setWrapText(true);
        train.setOnAction(e -> train());
        cancel.setOnAction(e -> {
            if (task != null) {
                task.cancel();
            }
        });
        setTop(new FlowPane(6, 4, new Label("Data:"), period, train, cancel, new Label("Show:"), kind, status));
        GridPane charts = new GridPane();
        charts.add(viewer(ChartFactory.createXYLineChart("Predicted vs actual (held-out hours)", "hour",
                "capacity factor", series, PlotOrientation.VERTICAL, true, true, false), "forecast-series",
                "netzero-forecast-series", 720), 0, 0, 2, 1);
        charts.add(viewer(ChartFactory.createBarChart("MAE on the held-out period", null, "MAE [capacity factor]",
                mae, PlotOrientation.VERTICAL, true, true, false), "forecast-mae", "netzero-forecast-mae", 360),
                0, 1);
        charts.add(viewer(ChartFactory.createBarChart("Training time", null, "seconds", time,
                PlotOrientation.VERTICAL, true, true, false), "forecast-time", "netzero-forecast-time", 360), 1, 1);
        table.setId("forecast-table");
        table.setPrefHeight(160);
        table.getColumns().add(column("kind", r -> r.kind().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("model", r -> r.score().model().label() + (r.chosen() ? " (chosen)" : "")));
        table.getColumns().add(column("MAE", r -> fmt(r.score().mae())));
        table.getColumns().add(column("RMSE", r -> fmt(r.score().rmse())));
        table.getColumns().add(column("training [s]", r -> fmt(r.score().trainSeconds())));
        table.getColumns().add(column("note", r -> r.score().note()));
        ctx.tableExport().install(table, "netzero-forecast-models");
        BorderPane center = new BorderPane(charts);
        center.setBottom(table);
        setCenter(center);
    }

    private ChartViewer viewer(JFreeChart chart, String id, String exportName, double width) {
        ChartViewer v = new ChartViewer(chart);
        v.setPrefSize(width, 240);
        v.setId(id);
        ctx.chartExport().install(v, exportName);
        return v;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** Trains every model on the project's weather year (synthetic, seeded by the study's weatherSeed). */
    public BackgroundTask<List<Forecaster.Comparison>> train() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
        Project project = ctx.state().getProject();
        StudyConfig config = project == null ? null : project.studies().stream()
                .filter(s -> NetzeroStudy.ID.equals(s.study())).findFirst().orElse(null);
        if (config == null) {
            status.setText("No netzero study in this project");
            return null;
        }
        train.setDisable(true);
        cancel.setDisable(false);
        status.setText("Training…");
        boolean quick = QUICK.equals(period.getValue());
        task = BackgroundTask.of("netzero forecasts (wind and PV)", c -> {
            NetzeroParameters p = study.parameters().from(project, config);
            WeatherYear year = WeatherYear.synthetic(p.weatherSeed());
            if (!quick) {
                return forecaster.compareBoth(year, List.of(ForecastModel.values()), p.weatherSeed(), c);
            }
            WeatherYear days = new WeatherYear(java.util.Arrays.copyOf(year.windSpeedMs(), 90 * 24),
                    java.util.Arrays.copyOf(year.irradianceWm2(), 90 * 24),
                    java.util.Arrays.copyOf(year.temperatureC(), 90 * 24), year.source() + ", first 90 days");
            List<Forecaster.Comparison> out = new ArrayList<>();
            for (RenewableSource.Kind k : RenewableSource.Kind.values()) {
                out.add(forecaster.compare(ForecastData.of(days, k, p.weatherSeed(), 14 * 24),
                        List.of(ForecastModel.values()), p.weatherSeed(), c));
            }
            return out;
        });
        task.seed(1).onSuccess(this::show)
                .onFailure(t -> done(FleetView.message(t)))
                .onCancelled(() -> done("Cancelled"));
        task.messageProperty().addListener((o, a, m) -> {
            if (task != null && !task.isDone()) {
                status.setText(m);
            }
        });
        return task.executeWith(ctx.executor());
    }

    private void done(String text) {
        status.setText(text);
        train.setDisable(false);
        cancel.setDisable(true);
    }

    private void show(List<Forecaster.Comparison> r) {
        result = r;
        List<Row> rows = new ArrayList<>();
        StringBuilder s = new StringBuilder("Chosen for the supply side: ");
        for (Forecaster.Comparison c : r) {
            for (ForecastScore sc : c.scores()) {
                rows.add(new Row(c.data().kind(), sc, sc.model() == c.best()));
            }
            s.append(c.data().kind().name().toLowerCase(Locale.ROOT)).append(" ").append(c.best().label())
                    .append("; ");
        }
        table.getItems().setAll(rows);
        done(s.toString());
        showKind();
    }

    private void showKind() {
        series.removeAllSeries();
        mae.clear();
        time.clear();
        for (Forecaster.Comparison c : result) {
            if (c.data().kind() != kind.getValue()) {
                continue;
            }
            XYSeries actual = new XYSeries("actual", false);
            double[] y = c.data().actual();
            for (int h = c.data().trainHours(); h < y.length; h++) {
                actual.add(h, y[h]);
            }
            series.addSeries(actual);
            for (ForecastScore sc : c.scores()) {
                if (!sc.available()) {
                    continue;
                }
                XYSeries pred = new XYSeries(sc.model().label(), false);
                double[] p = sc.predicted();
                for (int h = 0; h < p.length; h++) {
                    pred.add(c.data().trainHours() + h, p[h]);
                }
                series.addSeries(pred);
                mae.addValue(sc.mae(), "MAE", sc.model().label());
                time.addValue(sc.trainSeconds(), "training", sc.model().label());
            }
        }
    }

    /** Chooses the training data: the full year, or its first 90 days for a quick look. */
    public void setQuick(boolean quick) {
        period.setValue(quick ? QUICK : FULL_YEAR);
    }

    public TableView<Row> table() {
        return table;
    }

    public XYSeriesCollection series() {
        return series;
    }

    public List<Forecaster.Comparison> result() {
        return result;
    }

    public void dispose() {
        if (task != null && !task.isDone()) {
            task.cancel();
        }
    }
}
