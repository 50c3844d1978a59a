package org.evwb.ui.exchange;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.study.exchange.ExchangeStudy;
import org.evwb.ui.platform.StudyContext;

/**
 * The lecturer's teaching mode of study {@code exchange}: Gale–Shapley step by step, the same instance annealed, the
 * algorithm comparison and the paper's sweeps, as tabs. Follows the open project: every change rebuilds the
 * instance (a classroom instance builds in microseconds), and a project the study cannot use shows why.
 */
public final class ExchangeTeachingView extends BorderPane {

    private final ExchangeStudy study;
    private final TabPane tabs = new TabPane();
    private final Label message = new Label();
    private final Label rule = new Label();
    private final GaleShapleyView galeShapley;
    private final AnnealView anneal;
    private final ComparisonDashboard dashboard;
    private final SweepView sweeps;
    private ExchangeSession session;

    public ExchangeTeachingView(StudyContext ctx, ExchangeStudy study) {
        this.study = study;
        getStyleClass().add("exchange-teaching");
        getStylesheets().add(ExchangeTeachingView.class.getResource("exchange.css").toExternalForm());
        galeShapley = new GaleShapleyView(ctx.state(), ctx.dirs());
        anneal = new AnnealView(ctx.state(), ctx.dirs(), ctx.executor(), ctx.chartExport());
        tabs.getTabs().add(tab("Gale–Shapley", "tab-exchange-gs", galeShapley));
        dashboard = new ComparisonDashboard(ctx);
        tabs.getTabs().add(tab("Annealing", "tab-exchange-anneal", anneal));
        sweeps = new SweepView(ctx, study);
        tabs.getTabs().add(tab("Comparison", "tab-exchange-compare", dashboard));
        tabs.getTabs().add(tab("Sweeps (Figs. 4–7)", "tab-exchange-sweeps", sweeps));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("exchange-teaching-tabs");
        message.getStyleClass().addAll("teaching-message", "status-error");
        message.setId("exchange-teaching-message");
        message.managedProperty().bind(message.visibleProperty());
        rule.setId("exchange-rule-note");
        rule.getStyleClass().add("chart-caption");
        rule.setWrapText(true);
        rule.managedProperty().bind(rule.visibleProperty());
        setTop(new javafx.scene.layout.VBox(message, rule));
        setCenter(tabs);
        ctx.subscriptions().listen(ctx.state().projectProperty(), (o, a, p) -> projectChanged(p));
        projectChanged(ctx.state().getProject());
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private void projectChanged(Project p) {
        ExchangeSession s = null;
        String problem = null;
        if (p != null) {
            try {
                s = ExchangeSession.of(study, p);
            } catch (ProjectFileException e) {
                problem = "The project cannot be used by the exchange study: " + e.getMessage();
            } catch (RuntimeException e) {
                problem = "The project cannot be used by the exchange study: " + e.getMessage();
            }
        }
        session = s;
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        // where the rule is chosen, say which one is in force and why p_cpu matters
        rule.setText(s == null ? "" : RuleNote.of(s.instance().params()));
        rule.setVisible(s != null);
        galeShapley.setSession(s);
        anneal.setSession(s);
        dashboard.setSession(s);
    }

    public ExchangeSession session() {
        return session;
    }

    /** The line naming the acceptability rule and p_cpu in force, with why. */
    public Label ruleNote() {
        return rule;
    }

    public TabPane tabs() {
        return tabs;
    }

    public GaleShapleyView galeShapley() {
        return galeShapley;
    }

    public AnnealView anneal() {
        return anneal;
    }

    public SweepView sweeps() {
        return sweeps;
    }

    public ComparisonDashboard dashboard() {
        return dashboard;
    }

    /** Stops timers and background work (the tab is closing or the window is going away). */
    public void dispose() {
        galeShapley.reset();
        anneal.cancel();
        sweeps.cancel();
        dashboard.cancel();
        galeShapley.map().dispose();
        anneal.map().dispose();
    }
}
