package org.evwb.core.study.netzero.traffic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.solve.RunContext;
import org.evwb.core.study.netzero.NetzeroEv;
import org.evwb.core.study.netzero.NetzeroInstance;
import org.evwb.core.study.netzero.NetzeroParameters;
import org.evwb.core.study.netzero.NetzeroStudy;

/**
 * Speed profiles from an existing floating-car-data file (SUMO FCD XML or CSV, {@link FcdReader}) for the project's
 * fleet: every vehicle id in the file must be an EV of the fleet (else the file is refused, naming the ids and the
 * line of their first sample); EVs the file does not cover keep the built-in profile.
 */
public final class FcdImport {

    /**
     * The instance and how many EVs the file covered.
     *
     * @param instance the instance with the file's profiles
     * @param traced   EVs with a trace in the file
     * @param vehicles EVs of the fleet
     */
    public record Result(NetzeroInstance instance, int traced, int vehicles) { }

    private final NetzeroStudy study;

    public FcdImport(NetzeroStudy study) {
        this.study = study;
    }

    public Result read(Project project, NetzeroParameters p, Path file, RunContext ctx)
            throws IOException, ProjectFileException {
        Map<String, FcdTrace> traces = new FcdReader().read(file, ctx);
        NetzeroInstance base = study.buildInstanceWith(project, p, null, null);
        Set<String> ids = base.evs().stream().map(NetzeroEv::id).collect(Collectors.toCollection(
                LinkedHashSet::new));
        FcdProfiles profiles = new FcdProfiles(traces, p.segmentKm(), SumoTraffic.builtIn(p),
                file.getFileName().toString());
        var problems = profiles.check(ids);
        if (!problems.isEmpty()) {
            throw new ProjectFileException(file, problems);
        }
        return new Result(study.buildInstanceWith(project, p, profiles, null), profiles.matched(ids), ids.size());
    }
}
