package org.evwb.report;

import java.nio.file.Path;
import org.evwb.core.solve.StudyDefinition;
import org.w3c.dom.Document;

/** The report tests' readers for tests in other packages (the CLI's, the window's). */
public final class ReportTestAccess {

    private ReportTestAccess() {
    }

    public static String fastSolver(StudyDefinition<?, ?> study) {
        return RunReportsTest.fastSolver(study).id();
    }

    public static String pdfText(Path pdf) throws Exception {
        return ReportContent.pdfText(pdf);
    }

    public static Document html(Path html) throws Exception {
        return ReportContent.html(html);
    }

    /** The seed, the verdict and an em dash in the PDF; the HTML well-formed with at least one inline SVG. */
    public static void assertReports(Path pdf, Path html, long seed, String verdict) throws Exception {
        String text = ReportContent.pdfText(pdf).replaceAll("\\s+", " ");
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Seed " + seed), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(verdict + " —"), text);
        Document dom = ReportContent.html(html);
        org.junit.jupiter.api.Assertions.assertTrue(dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg")
                .getLength() >= 1, "an inline SVG chart");
        org.junit.jupiter.api.Assertions.assertTrue(dom.getDocumentElement().getTextContent().contains(verdict));
    }
}
