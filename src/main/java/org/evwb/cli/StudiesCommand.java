package org.evwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evwb.core.project.Json;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import picocli.CommandLine.Command;

/** {@code evwb studies}: every study and its solvers, with each solver's parameters and their defaults. */
@Command(name = "studies", mixinStandardHelpOptions = true,
        description = "List the studies, their solvers and each solver's parameters with defaults.")
final class StudiesCommand implements Callable<Integer> {

    private final CliEnvironment env;

    StudiesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ObjectMapper mapper = Json.newMapper();
        PrintWriter out = env.out();
        for (StudyDefinition<?, ?> study : env.studies().studies()) {
            out.println(study.id() + " — " + study.title());
            for (SolverSpec<?, ?> solver : study.solvers()) {
                out.printf("  %-16s %s%n", solver.id(), solver.description());
                out.printf("  %-16s %s%n", "", parameters(solver, mapper));
            }
        }
        out.println();
        out.println("Run one with: evwb solve PROJECT --study STUDY --solver SOLVER [--param name=value ...]");
        return EvwbCommand.EXIT_OK;
    }

    static String parameters(SolverSpec<?, ?> solver, ObjectMapper mapper) {
        Map<String, Object> p = SolverSpec.parameterMap(solver.defaults(), mapper);
        if (p.isEmpty()) {
            return "(no parameters)";
        }
        return p.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
