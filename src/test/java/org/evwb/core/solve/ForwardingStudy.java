package org.evwb.core.solve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;

/** A study that does what another does; tests override what they need to differ. */
abstract class ForwardingStudy implements StudyDefinition<DemoInstance, DemoSolution> {

    private final StudyDefinition<DemoInstance, DemoSolution> study;

    ForwardingStudy(StudyDefinition<DemoInstance, DemoSolution> study) {
        this.study = study;
    }

    @Override
    public String id() {
        return study.id();
    }

    @Override
    public String title() {
        return study.title();
    }

    @Override
    public StudyParameters<?> parameters() {
        return study.parameters();
    }

    @Override
    public DemoInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return study.buildInstance(project, config);
    }

    @Override
    public List<SolverSpec<DemoInstance, DemoSolution>> solvers() {
        return study.solvers();
    }

    @Override
    public Checker<DemoInstance, DemoSolution> checker() {
        return study.checker();
    }

    @Override
    public Map<String, Double> objectives(DemoInstance instance, DemoSolution solution) {
        return study.objectives(instance, solution);
    }

    @Override
    public SolutionFormat<DemoInstance, DemoSolution, ?> solutionFormat() {
        return study.solutionFormat();
    }

    @Override
    public Optional<Project> sampleProject() {
        return study.sampleProject();
    }

    @Override
    public List<GeneratorSpec> generators() {
        return study.generators();
    }
}
