package org.evwb.cli;

import static org.evwb.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.study.Studies;
import org.evwb.report.ReportTestAccess;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evwb report} for every registered study: solve its sample with a fast solver, then the PDF and the HTML
 * report from the result file, read back as a reader would; a comparison of two runs; bad input named.
 */
class ReportCommandTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyRegisteredStudysRunReportsFromTheCommandLine() {
        return Studies.standard().studies().stream().map(s -> dynamicTest(s.id(), () -> report(s)));
    }

    private Path solve(StudyDefinition<?, ?> study, String solver, long seed) throws Exception {
        Path project = dir.resolve(study.id() + ".evwb.json");
        if (!Files.exists(project)) {
            new ProjectIO().save(study.sampleProject().orElseThrow(), project);
        }
        Path result = dir.resolve(study.id() + "-" + solver + "-" + seed + ".json");
        CliRunner.Run solve = run("solve", project.toString(), "--study", study.id(), "--solver", solver,
                "--seed", Long.toString(seed), "--time-limit", "10", "--out", result.toString());
        assertTrue(solve.exitCode() == 0 || solve.exitCode() == 1, solve::toString);
        return result;
    }

    private void report(StudyDefinition<?, ?> study) throws Exception {
        String solver = ReportTestAccess.fastSolver(study);
        Path result = solve(study, solver, 11);
        Path project = dir.resolve(study.id() + ".evwb.json");
        boolean feasible = Json.newMapper().readTree(result.toFile()).path("feasible").asBoolean();
        Path pdf = dir.resolve(study.id() + "-report.pdf");
        Path html = dir.resolve(study.id() + "-report.html");
        CliRunner.Run a = run("report", result.toString(), "--project", project.toString(), "--out", pdf.toString());
        assertEquals(0, a.exitCode(), a::toString);
        assertTrue(a.out().contains("wrote " + pdf), a::toString);
        CliRunner.Run b = run("report", result.toString(), "--project", project.toString(), "--format", "html",
                "--out", html.toString());
        assertEquals(0, b.exitCode(), b::toString);
        String verdict = feasible ? "FEASIBLE" : "INFEASIBLE";
        ReportTestAccess.assertReports(pdf, html, 11, verdict);
        String text = ReportTestAccess.pdfText(pdf);
        assertTrue(text.contains("solver " + solver), text);
        // the configuration the result records is the one the report names to repeat the run
        String configId = Json.newMapper().readTree(result.toFile()).path("configuration").path("id").asText(null);
        if (configId != null) {
            assertTrue(text.replaceAll("\\s+", " ").contains("--config " + configId), text);
        }
    }

    @Test
    void aComparisonReportHasOneRowPerRun() throws Exception {
        StudyDefinition<?, ?> demo = Studies.standard().study("demo").orElseThrow();
        Path r1 = solve(demo, "greedy", 1);
        Path r2 = solve(demo, demo.solvers().get(demo.solvers().size() - 1).id(), 2);
        Path html = dir.resolve("compare.html");
        CliRunner.Run c = run("report", r1.toString(), r2.toString(), "--project",
                dir.resolve("demo.evwb.json").toString(), "--compare", "--out", html.toString());
        assertEquals(0, c.exitCode(), c::toString);
        var dom = ReportTestAccess.html(html);
        var table = dom.getElementsByTagName("table").item(0);
        assertEquals(1 + 2, ((org.w3c.dom.Element) table).getElementsByTagName("tr").getLength(),
                "a header and one row per run");
        assertTrue(dom.getDocumentElement().getTextContent().contains("Total distance (km)"));
        Path pdf = dir.resolve("compare.pdf");
        assertEquals(0, run("report", r1.toString(), r2.toString(), "--project",
                dir.resolve("demo.evwb.json").toString(), "--compare", "--out", pdf.toString()).exitCode());
        String text = ReportTestAccess.pdfText(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Runs compared") && text.contains("Wall time per run")
                && text.contains("Total distance per run"), text);
    }

    @Test
    void aResultWhoseSolutionNoLongerFitsSaysSoInTheReport() throws Exception {
        StudyDefinition<?, ?> demo = Studies.standard().study("demo").orElseThrow();
        Path r = solve(demo, "greedy", 3);
        var mapper = Json.newMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(r.toFile());
        ((ObjectNode) root.path("solution").path("assignments").get(0)).put("vehicle", "no-such-vehicle");
        Files.writeString(r, mapper.writeValueAsString(root));
        Path pdf = dir.resolve("stale.pdf");
        CliRunner.Run c = run("report", r.toString(), "--project", dir.resolve("demo.evwb.json").toString(),
                "--out", pdf.toString());
        assertEquals(0, c.exitCode(), c::toString);
        assertTrue(c.err().contains("no longer fits"), c::toString);
        assertTrue(ReportTestAccess.pdfText(pdf).replaceAll("\\s+", " ").contains("no longer fits"));
    }

    @Test
    void badInputIsNamed() throws Exception {
        StudyDefinition<?, ?> demo = Studies.standard().study("demo").orElseThrow();
        Path r = solve(demo, "greedy", 4);
        String project = dir.resolve("demo.evwb.json").toString();
        CliRunner.Run noFormat = run("report", r.toString(), "--project", project, "--out",
                dir.resolve("x.txt").toString());
        assertEquals(2, noFormat.exitCode());
        assertTrue(noFormat.err().contains("--out") && noFormat.err().contains(".pdf or .html"), noFormat::toString);
        CliRunner.Run badFormat = run("report", r.toString(), "--project", project, "--format", "docx", "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("--format: 'docx'"), badFormat::toString);
        CliRunner.Run two = run("report", r.toString(), r.toString(), "--project", project, "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(2, two.exitCode());
        assertTrue(two.err().contains("--compare"), two::toString);
        CliRunner.Run missing = run("report", dir.resolve("none.json").toString(), "--project", project, "--out",
                dir.resolve("x.pdf").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("none.json"), missing::toString);
    }
}
