package org.evwb.core.study.netzero;

import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;

/**
 * Builds an instance whose speed profiles or renewable supply come from somewhere other than the built-in model and
 * the weather's own output: a SUMO run, an FCD file, a forecast ({@link NetzeroParameters#speedSource()},
 * {@link NetzeroParameters#supplySource()}). A seam because those live in the study's {@code traffic} and
 * {@code forecast} packages, which depend on this one; the registry passes the full implementation
 * ({@code core.study.netzero.sources.StandardSources}) and {@link #NONE} refuses them with a message.
 */
@FunctionalInterface
public interface NetzeroSources {

    /** Sources for a build without traffic or forecasts: a non-default source is refused, naming the parameter. */
    NetzeroSources NONE = (study, project, p, path, ctx) -> {
        throw new ProjectFileException(project.name().isBlank() ? "project" : project.name(), java.util.List.of(
                new Problem(path + (p.speedSource() != NetzeroParameters.SpeedSource.BUILT_IN ? ".speedSource"
                        : ".supplySource"), "this build of the netzero study has no SUMO, FCD or forecast sources; "
                        + "set speedSource to built_in and supplySource to table")));
    };

    /**
     * The instance of {@code project} with the sources {@code p} names.
     *
     * @param path the JSON path of the configuration's parameters, for messages ({@code $.studies[0].parameters})
     * @param ctx  progress and cancel of the run the instance is built for (a SUMO run stops within 200 ms of it)
     */
    NetzeroInstance build(NetzeroStudy study, Project project, NetzeroParameters p, String path, RunContext ctx)
            throws ProjectFileException;

    /**
     * Whether {@link #build} with these parameters would make nothing costly (no SUMO run, no training): every source
     * they name is cached, or they name none. Never runs SUMO or trains. Sources without a cache answer by whether
     * the parameters name only the built-in sources.
     */
    default boolean isCached(NetzeroStudy study, Project project, NetzeroParameters p) throws ProjectFileException {
        return p.builtInSources();
    }

    /**
     * What a run with {@code p} would be refused for by these sources before anything runs (an FCD file that does not
     * exist, SUMO not installed), each problem at its parameter under {@code path}; cheap, runs nothing. Default: a
     * non-default source is refused, as {@link #NONE} refuses it.
     */
    default java.util.List<Problem> preflight(Project project, NetzeroParameters p, String path) {
        if (p.builtInSources()) {
            return java.util.List.of();
        }
        try {
            NONE.build(null, project, p, path, null);
            return java.util.List.of();
        } catch (ProjectFileException e) {
            return e.problems();
        }
    }
}
