package org.evwb.ui.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.study.QuboEncoding;
import org.evwb.core.qubo.study.QuboFormulation;
import org.evwb.core.qubo.study.QuboRunStats;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.SolutionFormat;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyParameters;
import org.evwb.core.study.motorway.MotorwayGenerator;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;

/**
 * The motorway study as a test registers it: everything delegated to {@link MotorwayStudy}, but with a generator and
 * a QUBO title of the test's own naming, so that the test proves the window's Study menu offers "Generate …" and
 * "… in the QUBO workbench" from what is registered, not from names the window knows.
 */
final class GeneratingMotorwayStudy implements QuboStudy<MotorwayInstance, MotorwaySchedule> {

    static final String GENERATOR = "paper";
    static final String QUBO_TITLE = "Test GCM QUBO";

    private final MotorwayStudy motorway = new MotorwayStudy();

    @Override
    public String id() {
        return motorway.id();
    }

    @Override
    public String title() {
        return motorway.title();
    }

    @Override
    public MotorwayInstance buildInstance(Project project, StudyConfig config) throws ProjectFileException {
        return motorway.buildInstance(project, config);
    }

    @Override
    public List<SolverSpec<MotorwayInstance, MotorwaySchedule>> solvers() {
        return motorway.solvers();
    }

    @Override
    public Checker<MotorwayInstance, MotorwaySchedule> checker() {
        return motorway.checker();
    }

    @Override
    public Map<String, Double> objectives(MotorwayInstance instance, MotorwaySchedule solution) {
        return motorway.objectives(instance, solution);
    }

    @Override
    public StudyParameters<?> parameters() {
        return motorway.parameters();
    }

    @Override
    public SolutionFormat<MotorwayInstance, MotorwaySchedule, ?> solutionFormat() {
        return motorway.solutionFormat();
    }

    /** One generator under a test-only id (the study's own generators are not offered). */
    @Override
    public List<GeneratorSpec> generators() {
        return List.of(GeneratorSpec.of(GENERATOR, "A seeded motorway with EMVs (paper 002 §4.2)",
                MotorwayGenerator.Parameters.DEFAULT, (p, seed, ctx) -> {
                    MotorwayGenerator.Generated g = new MotorwayGenerator().generate(p, seed);
                    return new GeneratorSpec.Generated(g.project(), "a conflict-free witness schedule exists");
                }));
    }

    @Override
    public QuboFormulation<MotorwayInstance, MotorwaySchedule> quboFormulation() {
        QuboFormulation<MotorwayInstance, MotorwaySchedule> study = motorway.quboFormulation();
        return new QuboFormulation<>() {
            @Override
            public String title() {
                return QUBO_TITLE;
            }

            @Override
            public QuboEncoding<MotorwaySchedule> encode(MotorwayInstance instance) {
                return study.encode(instance);
            }

            @Override
            public MotorwaySchedule withStats(MotorwaySchedule solution, QuboRunStats stats) {
                return study.withStats(solution, stats);
            }

            @Override
            public Optional<QuboRunStats> stats(MotorwaySchedule solution) {
                return study.stats(solution);
            }
        };
    }
}
