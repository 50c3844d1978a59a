package org.evwb.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evwb.core.Figures;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.ObjectiveFormat;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.RunStatus;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.Violation;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.report.ReportSection;
import org.evwb.core.solve.report.TableSpec;
import org.evwb.report.ReportDocument.Chart;
import org.evwb.report.ReportDocument.Field;
import org.evwb.report.ReportDocument.Fields;
import org.evwb.report.ReportDocument.Heading;
import org.evwb.report.ReportDocument.Paragraph;
import org.evwb.report.ReportDocument.Part;
import org.evwb.report.ReportDocument.Table;

/**
 * Makes the report of a run — project and study, solver, every parameter and the seed, timings, the compute-carbon
 * estimate with its constants, the objectives as the study declares them, the checker's verdict with every
 * violation, and the study's own sections ({@link StudyDefinition#reportSections}) — and the comparison of several
 * runs on one instance, one row per run. The same code for the window and {@code evwb report}.
 */
public final class RunReports {

    private RunReports() {
    }

    /**
     * What a report is of: the project's name, the study's parameters as configured (name → value), and notes to
     * put in front (e.g. that the solution no longer fits the project).
     */
    public record Context(String projectName, Map<String, Object> studyParameters, List<String> notes) {
        public Context {
            studyParameters = studyParameters == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(studyParameters));
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /**
     * The study's parameters as {@code config} of {@code project} sets them (defaults under it), name → value; empty
     * when the configuration no longer reads (the report's notes say why the run does not fit).
     */
    public static Map<String, Object> studyParameters(StudyDefinition<?, ?> study, Project project,
                                                      StudyConfig config) {
        return parameters(study.parameters(), project, config);
    }

    private static <P extends Record> Map<String, Object> parameters(StudyParameters<P> params, Project project,
                                                                     StudyConfig config) {
        try {
            return params.toConfig(params.from(project, config));
        } catch (ProjectFileException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * The report of one run. {@code solution} may be null (a run without one, or one that no longer fits): the
     * report then has no study sections and says why in its notes.
     */
    public static <I, S> ReportDocument run(Context ctx, StudyDefinition<I, S> study, I instance, S solution,
                                            RunReport report) {
        List<Part> parts = new ArrayList<>();
        ObjectiveFormat format = ObjectiveFormat.of(study);
        parts.add(new Fields(List.of(
                new Field("Project", ctx.projectName()),
                new Field("Study", study.title() + " (" + study.id() + ")"),
                new Field("Solver", report.solver() + study.solver(report.solver()).map(s -> " — " + s.description())
                        .orElse("")),
                new Field("Seed", Long.toString(report.seed())),
                new Field("Status", report.status().name().toLowerCase(Locale.ROOT)))));
        for (String note : ctx.notes()) {
            parts.add(new Paragraph("Note: " + note, true));
        }
        parts.add(new Heading("Verdict of the independent checker"));
        parts.add(new Paragraph(verdict(report), !report.feasible()));
        for (Violation v : report.violations()) {
            parts.add(new Paragraph("✗ " + v.constraint() + ": " + v.message(), true));
        }
        if (report.error() != null) {
            parts.add(new Paragraph("Error: " + report.error(), true));
        }
        parts.add(new Heading("Objectives"));
        if (report.objectives().isEmpty()) {
            parts.add(new Paragraph("None: the run has no solution."));
        } else {
            List<Field> objectives = new ArrayList<>();
            report.objectives().forEach((k, v) -> objectives.add(new Field(format.spec(k).label(),
                    format.value(k, v == null ? Double.NaN : v))));
            parts.add(new Fields(objectives));
        }
        parts.add(new Heading("Parameters (to repeat the run)"));
        List<Field> params = new ArrayList<>();
        params.add(new Field("seed", Long.toString(report.seed())));
        report.parameters().forEach((k, v) -> params.add(new Field("solver " + k, String.valueOf(v))));
        ctx.studyParameters().forEach((k, v) -> params.add(new Field("study " + k, String.valueOf(v))));
        parts.add(new Fields(params));
        StringBuilder repeat = new StringBuilder("Repeat it with: evwb solve PROJECT --study " + study.id()
                + " --solver " + report.solver() + " --seed " + report.seed());
        report.parameters().forEach((k, v) -> repeat.append(" --param ").append(k).append('=').append(v));
        if (report.configuration() != null && report.configuration().configId() != null) {
            repeat.append(" --config ").append(report.configuration().configId());
        }
        if (report.configuration() != null && report.configuration().preset() != null) {
            repeat.append(" --preset ").append(report.configuration().preset());
        }
        parts.add(new Paragraph(repeat + " --out RESULT.json"));
        parts.add(new Heading("Timings and compute carbon"));
        parts.add(new Fields(timings(report)));
        if (solution != null) {
            for (ReportSection s : study.reportSections(instance, solution, report)) {
                section(parts, s);
            }
        }
        return new ReportDocument("Run report — " + study.title() + ", solver " + report.solver(), parts);
    }

    /** "FEASIBLE — the independent checker found no violations", or what is wrong. */
    public static String verdict(RunReport r) {
        if (r.status() == RunStatus.FAILED) {
            return "FAILED — the run gave no solution";
        }
        if (r.status() == RunStatus.CANCELLED && r.objectives().isEmpty() && r.violations().isEmpty()) {
            return "CANCELLED — before a solution was found";
        }
        String when = r.status() == RunStatus.CANCELLED ? " (best so far of a cancelled run)"
                : r.status() == RunStatus.TIME_LIMIT ? " (best found within the time limit)" : "";
        return r.violations().isEmpty()
                ? "FEASIBLE — the independent checker found no violations" + when
                : "INFEASIBLE — the independent checker found " + Figures.count(r.violations().size(), "violation")
                + when;
    }

    private static List<Field> timings(RunReport r) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("Started", String.valueOf(r.startedAt())));
        f.add(new Field("Wall time", Figures.number(r.wallSeconds()) + " s"));
        f.add(new Field("CPU time", Figures.number(r.cpuSeconds()) + " s"));
        ComputeCarbon c = r.computeCarbon();
        if (c != null) {
            ComputeCarbon.Settings s = c.settings();
            f.add(new Field("Energy (estimate)", Figures.number(c.energyKWh() * 1000) + " Wh"));
            f.add(new Field("CO2 (estimate)", Figures.number(c.co2Kg() * 1000) + " g"));
            f.add(new Field("Constants of the estimate", Figures.number(s.wattsPerBusyCore()) + " W per busy core, "
                    + Figures.number(s.ramWatts()) + " W memory, " + Figures.number(s.gridKgPerKWh())
                    + " kg CO2/kWh grid"));
        }
        return f;
    }

    private static void section(List<Part> parts, ReportSection s) {
        parts.add(new Heading(s.title()));
        if (!s.text().isEmpty()) {
            parts.add(new Paragraph(s.text()));
        }
        s.charts().forEach(c -> parts.add(new Chart(c)));
        s.tables().forEach(t -> parts.add(new Table(t)));
    }

    /** One run of a comparison: its report and its label (the solver, or the solver and the seed). */
    public record Compared(String label, RunReport report) { }

    /**
     * Several runs of one study on one instance side by side: a table with one row per run (status, verdict, seed,
     * timings, compute CO2 and every objective any of them reports), and one bar chart per headline objective.
     */
    public static ReportDocument comparison(String projectName, StudyDefinition<?, ?> study, List<Compared> runs) {
        ObjectiveFormat format = ObjectiveFormat.of(study);
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.addAll(r.report().objectives().keySet()));
        List<String> columns = new ArrayList<>(List.of("Run", "Solver", "Seed", "Status", "Verdict", "Violations",
                "Wall time (s)", "CPU time (s)", "CO2 (g, estimate)"));
        names.forEach(n -> columns.add(format.header(n)));
        List<List<String>> rows = new ArrayList<>();
        for (Compared c : runs) {
            RunReport r = c.report();
            List<String> row = new ArrayList<>(List.of(c.label(), r.solver(), Long.toString(r.seed()),
                    r.status().name().toLowerCase(Locale.ROOT), r.feasible() ? "feasible" : "INFEASIBLE",
                    Integer.toString(r.violations().size()), Figures.number(r.wallSeconds()),
                    Figures.number(r.cpuSeconds()),
                    r.computeCarbon() == null ? "" : Figures.number(r.computeCarbon().co2Kg() * 1000)));
            for (String n : names) {
                Double v = r.objectives().get(n);
                row.add(v == null ? "" : format.spec(n).number(v));
            }
            rows.add(row);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Fields(List.of(new Field("Project", projectName),
                new Field("Study", study.title() + " (" + study.id() + ")"),
                new Field("Runs", Integer.toString(runs.size())),
                new Field("Feasible (checked)", Long.toString(runs.stream().filter(r -> r.report().feasible())
                        .count())))));
        parts.add(new Heading("Runs side by side"));
        parts.add(new Paragraph("One row per run, every run checked by the study's independent checker. CO2 is an "
                + "estimate from CPU and wall time (constants in each run's report)."));
        parts.add(new Table(new TableSpec("runs", "Runs compared", columns, rows)));
        parts.add(new Heading("Figures compared"));
        Map<String, Double> wall = new LinkedHashMap<>();
        runs.forEach(c -> wall.put(c.label(), c.report().wallSeconds()));
        parts.add(new Chart(ChartSpec.bars("wall", "Wall time per run", new ChartSpec.Axis("Run", ""),
                new ChartSpec.Axis("Wall time", "s"), List.of(new ChartSpec.CategorySeries("wall time", wall)))));
        // the study's own figures first, as it declares them; at most six charts
        List<String> headline = names.stream().filter(n -> !study.objectiveSpecs().isEmpty()
                && study.objectiveSpecs().stream().anyMatch(s -> s.matches(n)) && !n.contains("[")).limit(6).toList();
        int i = 0;
        for (String n : headline) {
            Map<String, Double> values = new LinkedHashMap<>();
            runs.forEach(c -> {
                Double v = c.report().objectives().get(n);
                if (v != null && Double.isFinite(v)) {
                    values.put(c.label(), v);
                }
            });
            var spec = format.spec(n);
            parts.add(new Chart(ChartSpec.bars("objective-" + (i++), spec.label() + " per run",
                    new ChartSpec.Axis("Run", ""), new ChartSpec.Axis(spec.label(), spec.unit()),
                    List.of(new ChartSpec.CategorySeries(spec.label(), values)))));
        }
        return new ReportDocument("Comparison report — " + study.title() + ", " + Figures.count(runs.size(), "run"),
                parts);
    }
}
