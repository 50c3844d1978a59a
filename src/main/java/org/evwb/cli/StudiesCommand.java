package org.evwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.evwb.core.project.Json;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.SolverSpec;
import org.evwb.core.solve.StudyDefinition;
import picocli.CommandLine.Command;

/**
 * {@code evwb studies}: every study with its parameters (what a project's study configuration may set), its solvers
 * with each solver's parameters, and its generators; defaults throughout.
 */
@Command(name = "studies", mixinStandardHelpOptions = true,
        description = "List the studies with their parameters, solvers (with parameters) and generators, with "
                + "defaults.")
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
            out.println("  study parameters (a project's \"studies\" entry sets them):");
            out.println(wrap(defaults(study.parameters().defaults()), "                   "));
            for (var preset : study.parameters().presets()) {
                out.println("  preset " + preset.label() + " (\"preset\": \"" + preset.id() + "\" or --preset "
                        + preset.id() + "): " + preset.why());
                out.println(wrap(preset.values().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                        .collect(Collectors.joining(", ")), "                   "));
            }
            out.println("  solvers:");
            for (SolverSpec<?, ?> solver : study.solvers()) {
                out.printf("  %-16s %s%n", solver.id(), solver.description());
                out.printf("  %-16s %s%n", "", parameters(solver, mapper));
            }
            if (!study.generators().isEmpty()) {
                out.println("  generators (evwb generate " + study.id() + " --generator ID; parameters: evwb generate "
                        + "--list):");
                for (GeneratorSpec g : study.generators()) {
                    out.printf("  %-16s %s%n", g.id(), g.description());
                    out.println(wrap(defaults(g.defaults()), "                   "));
                }
            }
        }
        out.println();
        out.println("Run one with: evwb solve PROJECT --study STUDY --solver SOLVER [--param name=value ...]");
        return EvwbCommand.EXIT_OK;
    }

    /** Comma-separated text broken into lines of at most about 110 characters, each indented. */
    static String wrap(String text, String indent) {
        StringBuilder sb = new StringBuilder(indent);
        int line = indent.length();
        for (String part : text.split("(?<=, )")) {
            if (line + part.length() > 110 && line > indent.length()) {
                sb.append('\n').append(indent);
                line = indent.length();
            }
            sb.append(part);
            line += part.length();
        }
        return sb.toString().stripTrailing();
    }

    /** {@code name = default, ...} of a parameters record, enums in lower case as files write them. */
    static String defaults(Record defaults) {
        var fields = RecordValues.fields(defaults);
        if (fields.isEmpty()) {
            return "(no parameters)";
        }
        return fields.stream().map(f -> f.name() + " = " + f.defaultValue()).collect(Collectors.joining(", "));
    }

    static String parameters(SolverSpec<?, ?> solver, ObjectMapper mapper) {
        Map<String, Object> p = SolverSpec.parameterMap(solver.defaults(), mapper);
        if (p.isEmpty()) {
            return "(no parameters)";
        }
        return p.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }
}
