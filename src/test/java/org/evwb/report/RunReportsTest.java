package org.evwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evwb.core.project.Json;
import org.evwb.core.project.Project;
import org.evwb.core.solve.ComputeCarbon;
import org.evwb.core.solve.OptimizerRunner;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.RunOutcome;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.Violation;
import org.evwb.core.solve.report.ChartSpec;
import org.evwb.core.solve.report.TableSpec;
import org.evwb.core.study.Studies;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run reports of every registered study: a fast solver on the study's sample project, the report written as PDF and
 * HTML through {@link ReportWriter} (the code the window and {@code evwb report} use), read back as a reader would.
 */
class RunReportsTest {

    private final StudyRegistry registry = Studies.standard();
    private final OptimizerRunner runner = new OptimizerRunner(ComputeCarbon.Settings.DEFAULT, Json.newMapper());

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyRegisteredStudyReportsARunAsPdfAndHtml() {
        return registry.studies().stream().map(s -> dynamicTest(s.id(), () -> report(s)));
    }

    /** The solver a test can run in a moment: a greedy one where the study has it. */
    static <I, S> SolverSpec<I, S> fastSolver(StudyDefinition<I, S> study) {
        return study.solver("greedy").orElse(study.solvers().get(0));
    }

    private <I, S> void report(StudyDefinition<I, S> study) throws Exception {
        Project p = study.sampleProject().orElseThrow();
        var config = p.studyConfig(study.id()).orElse(null);
        I in = study.buildInstance(p, config);
        SolverSpec<I, S> solver = fastSolver(study);
        RunOutcome<S> out = runner.run(study, solver, solver.defaults(), in,
                new RunContext(7, Duration.ofSeconds(10), RunListener.NONE));
        RunReport r = out.report();
        var ctx = new RunReports.Context(p.name(), RunReports.studyParameters(study, p, config), List.of());
        ReportDocument doc = RunReports.run(ctx, study, in, out.solution(), r);
        assertFalse(doc.charts().isEmpty(), study.id() + " contributes a chart");
        Path pdf = dir.resolve(study.id() + ".pdf");
        Path html = dir.resolve(study.id() + ".html");
        ReportWriter.write(doc, ReportWriter.Format.PDF, pdf);
        ReportWriter.write(doc, ReportWriter.Format.HTML, html);
        ReportContent.assertReports(doc, pdf, html, 7, r.feasible() ? "FEASIBLE" : "INFEASIBLE");
        String text = ReportContent.pdfText(pdf);
        assertTrue(text.contains(p.name()), "the project's name");
        assertTrue(text.contains(study.title()), "the study's title");
        var first = r.objectives().keySet().iterator().next();
        assertTrue(text.contains(org.evwb.core.solve.ObjectiveFormat.of(study).spec(first).label()),
                "objectives by their labels");
    }

    @Test
    void anInfeasibleRunListsEveryViolationAndKeepsSectionSignsAndDashes() throws Exception {
        RunReport r = new RunReport("demo", "greedy", 42, java.util.Map.of("maxRounds", 3), java.time.Instant.EPOCH,
                org.evwb.core.solve.RunStatus.COMPLETED, 0.5, 0.25, ComputeCarbon.estimate(0.25, 0.5,
                ComputeCarbon.Settings.DEFAULT), java.util.Map.of("totalDistanceKm", 12.5),
                List.of(new Violation("capacity", "station S1 takes 3 vehicles, § 2 allows 2 — over by 1")), null);
        StudyDefinition<?, ?> demo = registry.study("demo").orElseThrow();
        ReportDocument doc = RunReports.run(new RunReports.Context("P", java.util.Map.of(), List.of(
                "the solution no longer fits the project")), demo, null, null, r);
        Path pdf = dir.resolve("bad.pdf");
        Path html = dir.resolve("bad.html");
        ReportWriter.write(doc, ReportWriter.Format.PDF, pdf);
        ReportWriter.write(doc, ReportWriter.Format.HTML, html);
        ReportContent.assertReports(doc, pdf, html, 42, "INFEASIBLE");
        String text = ReportContent.pdfText(pdf);
        assertTrue(text.contains("§ 2 allows 2 — over by 1"), text);
        assertTrue(text.contains("no longer fits"), text);
        assertTrue(text.contains("Total distance") && text.contains("12.50 km"), text);
    }

    @Test
    void aLongTableIsSummarisedWithTheFullTableAsCsvBeside() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of("row " + i, "=SUM(A1)"));
        }
        ReportDocument doc = new ReportDocument("Long", List.of(new ReportDocument.Table(new TableSpec("long",
                "A long table", List.of("Name", "Value"), rows)), new ReportDocument.Chart(ChartSpec.lines("c",
                "A line", new ChartSpec.Axis("x", "s"), new ChartSpec.Axis("y", "kWh"), List.of(
                new ChartSpec.XySeries("s", List.of(new double[] {0, 1}, new double[] {1, 2})))))));
        Path html = dir.resolve("long.html");
        List<Path> files = ReportWriter.write(doc, ReportWriter.Format.HTML, html);
        assertEquals(List.of(html, dir.resolve("long-long.csv")), files);
        List<String> csv = Files.readAllLines(dir.resolve("long-long.csv"));
        assertEquals(61, csv.size(), "header and every row");
        assertFalse(csv.get(1).contains(",=SUM"), "formulas defused: " + csv.get(1));
        String page = Files.readString(html);
        assertTrue(page.contains("row 24") && !page.contains("row 25<"), "the first 25 rows shown");
        assertTrue(page.contains("First 25 of 60 rows; the full table is in long-long.csv"));
        ReportContent.html(html);
        Path pdf = dir.resolve("long.pdf");
        ReportWriter.write(doc, ReportWriter.Format.PDF, pdf);
        String text = ReportContent.pdfText(pdf);
        assertTrue(text.contains("First 25 of 60 rows"), text);
        assertTrue(text.contains("A line"));
    }
}
