package org.evwb.ui.runs;

import org.evwb.core.study.demo.DemoBasedStudy;
import java.util.List;
import org.evwb.core.solve.Optimizer;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.demo.DemoInstance;
import org.evwb.core.study.demo.DemoSolution;

/** The demo study with one solver that always throws, to test how the UI reports a failed run. */
final class FailingStudy extends DemoBasedStudy {

    static final String MESSAGE = "boom from the test solver";

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
}
