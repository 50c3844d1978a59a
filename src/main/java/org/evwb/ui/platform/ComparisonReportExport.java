package org.evwb.ui.platform;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.evwb.core.solve.RunReport;
import org.evwb.report.ReportWriter;
import org.evwb.report.RunReports;

/**
 * A comparison view's <em>Export report…</em> (the exchange dashboard, any study's {@link SolverComparison}): its
 * runs side by side, one row per run, PDF or HTML by the chosen file's extension — the same report as
 * {@code evwb report --compare}, built and written in the background.
 */
public final class ComparisonReportExport {

    private ComparisonReportExport() {
    }

    /** Asks where, then writes the comparison of {@code reports}; empty when there is none or the user cancelled. */
    public static Optional<BackgroundTask<List<Path>>> export(StudyContext ctx, String studyId,
                                                              Collection<RunReport> reports) {
        var study = ctx.studies().study(studyId).orElse(null);
        if (study == null || reports.isEmpty() || ctx.state().getProject() == null) {
            return Optional.empty();
        }
        Window owner = ctx.owner().get();
        var dialogs = ctx.chartExport().dialogs();
        Optional<Path> file = dialogs.chooseReportFile(owner, studyId + "-comparison-report");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path out = file.get();
        ReportWriter.Format format = ReportWriter.Format.ofFile(out);
        if (format == null) {
            dialogs.exportFailed(owner, out, new IllegalArgumentException("a report is a .pdf or an .html file; end "
                    + "the name in one of them"));
            return Optional.empty();
        }
        String project = ctx.state().getProject().name();
        List<RunReports.Compared> runs = reports.stream().map(r -> new RunReports.Compared(r.solver() + " (seed "
                + r.seed() + ")", r)).toList();
        BackgroundTask<List<Path>> task = BackgroundTask.of("writing the comparison report",
                        c -> ReportWriter.write(RunReports.comparison(project, study, runs), format, out))
                .onSuccess(files -> ctx.log().info("comparison report written: " + files))
                .onFailure(t -> dialogs.exportFailed(owner, out, t instanceof Exception e ? e
                        : new RuntimeException(t)));
        return Optional.of(task.executeWith(ctx.executor()));
    }
}
