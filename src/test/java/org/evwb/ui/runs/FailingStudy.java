package org.evwb.ui.runs;

import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;
import org.evwb.core.study.demo.DemoStudy;

/** The demo study with one solver that always throws, to test how the UI reports a failed run. */
final class FailingStudy implements StudyDefinition<DemoInstance, DemoSolution> {

    static final String MESSAGE = "boom from the test solver";
    private final DemoStudy demo = new DemoStudy();

    /** No parameters. */
    record NoParameters() { }

    @Override
    public String id() {
        return "failing";
    }

    @Override
    public String title() {
        return "Always fails";
    }

    @Override
    public DemoInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return demo.buildInstance(project, config);
    }

    @Override
    public List<SolverSpec<DemoInstance, DemoSolution>> solvers() {
        return List.of(SolverSpec.of("throws", "throws an exception", new NoParameters(),
                p -> new Optimizer<DemoInstance, DemoSolution>() {
                    @Override
                    public String id() {
                        return "throws";
                    }

                    @Override
                    public String description() {
                        return "throws";
                    }

                    @Override
                    public DemoSolution solve(DemoInstance instance, RunContext context) {
                        throw new IllegalStateException(MESSAGE);
                    }
                }));
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
}
