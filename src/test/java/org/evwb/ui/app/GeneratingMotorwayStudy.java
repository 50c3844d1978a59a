package org.evwb.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.study.QuboFormulation;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.Checker;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.study.motorway.MotorwayGenerator;
import org.evwb.core.study.motorway.MotorwayInstance;
import org.evwb.core.study.motorway.MotorwayQubo;
import org.evwb.core.study.motorway.MotorwayQuboTerms;
import org.evwb.core.study.motorway.MotorwaySchedule;
import org.evwb.core.study.motorway.MotorwayStudy;

/**
 * The motorway study as a test registers it: everything delegated to {@link MotorwayStudy}, plus the paper's
 * generator as a {@link GeneratorSpec} and the GCM QUBO as its formulation, so that the window's Study menu offers
 * "Generate …" and "… in the QUBO workbench" for it, built from the registry alone.
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
    public JsonNode solutionToJson(MotorwayInstance instance, MotorwaySchedule solution, ObjectMapper mapper) {
        return motorway.solutionToJson(instance, solution, mapper);
    }

    @Override
    public MotorwaySchedule solutionFromJson(MotorwayInstance instance, JsonNode json, ObjectMapper mapper)
            throws ProjectFileException {
        return motorway.solutionFromJson(instance, json, mapper);
    }

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
        return new QuboFormulation<>() {
            @Override
            public String title() {
                return QUBO_TITLE;
            }

            @Override
            public Qubo qubo(MotorwayInstance instance) {
                return MotorwayQubo.quadratic(MotorwayQuboTerms.gcm(instance));
            }
        };
    }
}
