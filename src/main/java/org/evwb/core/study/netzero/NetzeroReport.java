package org.evwb.core.study.netzero;

import java.util.List;
import org.evwb.core.solve.report.ReportSection;

/** The study's sections of a run report. */
final class NetzeroReport {

    private NetzeroReport() {
    }

    static List<ReportSection> sections(NetzeroInstance in, NetzeroSolution s) {
        return List.of();
    }
}
