package org.evwb.core.study.demo;

import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;

/**
 * A test study that is the demo study but for its solvers: instance, checker, objectives, parameters, solution format
 * and sample project are the demo's, so its runs are judged like the demo's (the window's, the sweep backends' and
 * their benchmark's test studies).
 */
public abstract class DemoBasedStudy implements StudyDefinition<DemoInstance, DemoSolution> {

    protected final DemoStudy demo = new DemoStudy();

    @Override
    public DemoInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return demo.buildInstance(project, config);
    }

    @Override
    public Checker<DemoInstance, DemoSolution> checker() {
        return demo.checker();
    }

    @Override
    public Map<String, Double> objectives(DemoInstance instance, DemoSolution solution) {
        return demo.objectives(instance, solution);
    }

    @Override
    public StudyParameters<?> parameters() {
        return demo.parameters();
    }

    @Override
    public SolutionFormat<DemoInstance, DemoSolution, ?> solutionFormat() {
        return demo.solutionFormat();
    }

    /** The demo study's sample (twelve vehicles, four stations). */
    @Override
    public Optional<Project> sampleProject() {
        return demo.sampleProject();
    }
}
