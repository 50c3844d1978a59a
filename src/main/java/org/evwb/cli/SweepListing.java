package org.evwb.cli;

import java.io.PrintWriter;
import java.util.List;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.solve.StudyRegistry;
import org.evwb.core.solve.sweep.SweepChart;
import org.evwb.core.solve.sweep.SweepGrid;
import org.evwb.core.solve.sweep.SweepPreset;

/** {@code evwb sweep --list}: every registered study's sweep presets, and the parameters a grid may sweep. */
final class SweepListing {

    private SweepListing() {
    }

    static void print(StudyRegistry studies, PrintWriter out) {
        for (StudyDefinition<?, ?> s : studies.studies()) {
            out.println(s.id() + " — " + s.title());
            List<? extends SweepPreset<?, ?>> presets = s.sweepPresets();
            if (presets.isEmpty()) {
                out.println("  presets: none");
            }
            for (SweepPreset<?, ?> p : presets) {
                out.println("  preset " + p.id() + ": " + p.title());
                if (!p.description().isBlank()) {
                    out.println("    " + p.description());
                }
                out.println("    grid: " + grid(p.grid()) + "; " + p.runs() + " seed" + (p.runs() == 1 ? "" : "s")
                        + " per point; " + p.taskCount() + " tasks; solvers: " + String.join(", ", p.solverIds()));
                out.println("    charts: " + String.join(", ", p.charts().stream().map(SweepChart::id).toList()));
            }
            StudyParameters<?> params = s.parameters();
            out.println("  --grid parameters: " + (params.type() == StudyParameters.None.class ? "none"
                    : String.join(", ", RecordValues.toMap(params.defaults()).keySet())));
        }
    }

    private static String grid(SweepGrid g) {
        StringBuilder sb = new StringBuilder();
        for (SweepGrid.Axis a : g.axes()) {
            if (sb.length() > 0) {
                sb.append(" × ");
            }
            sb.append(a.name()).append(' ').append(String.join(",", a.values().stream().map(String::valueOf)
                    .toList()));
        }
        return sb.toString();
    }
}
