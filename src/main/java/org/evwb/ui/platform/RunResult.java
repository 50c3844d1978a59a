package org.evwb.ui.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.solve.ResultFile;
import org.evwb.core.solve.RunReport;
import org.evwb.core.solve.StudyDefinition;

/**
 * A finished run as typed values: the study, the project and instance it ran on, the solution (null when the run
 * produced none) and the report with the checker's verdict. Views read these directly; JSON exists only when a
 * result file is written ({@link #toResultFile}) or read (then the instance is built and the solution parsed once,
 * off the FX thread).
 *
 * @param study    the study, or null for a saved run of a study this build does not have
 * @param project  the project the instance was built from (a saved run: the project as it is now)
 * @param instance the instance the solution belongs to, or null when it cannot be built any more
 * @param solution the solution, or null
 * @param report   the report (always present)
 * @param note     why a saved run shows its report only, or how the project has changed since; null when none
 */
public record RunResult<I, S>(StudyDefinition<I, S> study, Project project, I instance, S solution,
                              RunReport report, String note) {

    public RunResult {
        Objects.requireNonNull(report, "report");
    }

    public String studyId() {
        return report.study();
    }

    /** The solution as {@code type} when it is one (e.g. a motorway schedule), else empty. */
    public <X> Optional<X> solutionAs(Class<X> type) {
        return type.isInstance(solution) ? Optional.of(type.cast(solution)) : Optional.empty();
    }

    /** The instance as {@code type} when it is one, else empty. */
    public <X> Optional<X> instanceAs(Class<X> type) {
        return type.isInstance(instance) ? Optional.of(type.cast(instance)) : Optional.empty();
    }

    /** The same result with a note. */
    public RunResult<I, S> withNote(String n) {
        return new RunResult<>(study, project, instance, solution, report, n);
    }

    /** The result file: the report and the solution in the study's plain JSON terms (null when there is none). */
    public ResultFile toResultFile(ObjectMapper mapper) {
        JsonNode json = solution == null || instance == null || study == null ? null
                : study.solutionToJson(instance, solution, mapper);
        return new ResultFile(report, json);
    }
}
