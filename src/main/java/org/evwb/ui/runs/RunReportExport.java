package org.evwb.ui.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.evwb.core.project.StudyConfig;
import org.evwb.report.ReportDocument;
import org.evwb.report.ReportWriter;
import org.evwb.report.RunReports;
import org.evwb.ui.chart.ExportDialogs;
import org.evwb.ui.platform.AppLog;
import org.evwb.ui.platform.BackgroundTask;
import org.evwb.ui.platform.RunEntry;
import org.evwb.ui.platform.RunResult;
import org.evwb.ui.platform.TaskExecutor;

/**
 * A finished run's report, PDF or HTML by the chosen file's extension (the runs panel's card menu and Run ▸ Export
 * report…): the same {@link RunReports} and {@link ReportWriter} as {@code evwb report}, built and written off the FX
 * thread.
 */
final class RunReportExport {

    private final ExportDialogs dialogs;
    private final TaskExecutor executor;
    private final AppLog log;

    RunReportExport(ExportDialogs dialogs, TaskExecutor executor, AppLog log) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.log = log;
    }

    /** Asks where, then writes the report in the background; empty when there is nothing to report or no file. */
    Optional<BackgroundTask<List<Path>>> export(RunEntry entry, Window owner) {
        RunResult<?, ?> result = entry == null ? null : entry.result();
        if (result == null) {
            return Optional.empty();
        }
        String base = result.studyId() + "-" + result.report().solver() + "-seed" + result.report().seed()
                + "-report";
        Optional<Path> file = dialogs.chooseReportFile(owner, base);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path out = file.get();
        ReportWriter.Format format = ReportWriter.Format.ofFile(out);
        if (format == null) {
            dialogs.exportFailed(owner, out, new IllegalArgumentException("a report is a .pdf or an .html file; "
                    + "end the name in one of them"));
            return Optional.empty();
        }
        BackgroundTask<List<Path>> task = BackgroundTask.of("writing the report of " + entry.title(),
                        ctx -> ReportWriter.write(document(result), format, out))
                .onSuccess(files -> log.info("report written: " + files))
                .onFailure(t -> dialogs.exportFailed(owner, out, t instanceof Exception e ? e
                        : new RuntimeException(t)));
        return Optional.of(task.executeWith(executor));
    }

    /** The run's report, as {@code evwb report} makes it; the run's note (e.g. it no longer fits) in front. */
    static <I, S> ReportDocument document(RunResult<I, S> r) {
        StudyConfig config = r.project().studyConfig(r.studyId()).orElse(null);
        List<String> notes = new ArrayList<>();
        if (r.note() != null) {
            notes.add(r.note());
        }
        // the configuration the run recorded; the project's for a run from before configurations were recorded
        var params = r.report().configuration() != null ? r.report().configuration().parameters()
                : RunReports.studyParameters(r.study(), r.project(), config);
        return RunReports.run(new RunReports.Context(r.project().name(), params, notes), r.study(), r.instance(),
                r.solution(), r.report());
    }
}
