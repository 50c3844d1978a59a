package org.evwb.cli;

import java.io.PrintWriter;
import java.util.List;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.StudyDefinition;
import org.evwb.core.solve.StudyRegistry;

/** {@code evwb generate --list}: every study's generators, each parameter as its option with default and limits. */
final class GeneratorListing {

    private final PrintWriter out;

    GeneratorListing(PrintWriter out) {
        this.out = out;
    }

    void print(StudyRegistry registry) {
        for (StudyDefinition<?, ?> study : registry.studies()) {
            out.println(study.id() + " — " + study.title());
            List<GeneratorSpec> generators = study.generators();
            if (generators.isEmpty()) {
                out.println("  (no generator)");
            }
            for (int i = 0; i < generators.size(); i++) {
                GeneratorSpec g = generators.get(i);
                out.println("  generator " + g.id() + (i == 0 ? " (the default)" : "") + ": " + g.description());
                for (String line : parameterLines(g)) {
                    out.println("    " + line);
                }
            }
        }
        out.println();
        out.println("Generate with: evwb generate STUDY [--generator ID] [--seed N] [--OPTION VALUE ...] "
                + "--out P.evwb.json");
    }

    /** {@code --length-km 100   a number in km from 0 to 2000}, one line per parameter. */
    static List<String> parameterLines(GeneratorSpec g) {
        List<RecordValues.Field> fields = RecordValues.fields(g.defaults());
        List<String> options = fields.stream().map(f -> {
            List<String> aliases = RecordValues.aliasesOf(g.type(), f.name());
            return "--" + GenerateCommand.kebabCase(f.name()) + " " + f.defaultValue() + (aliases.isEmpty() ? ""
                    : " (or --" + String.join(", --", aliases.stream().map(GenerateCommand::kebabCase).toList())
                    + ")");
        }).toList();
        int width = options.stream().mapToInt(String::length).max().orElse(0);
        return java.util.stream.IntStream.range(0, fields.size())
                .mapToObj(i -> String.format("%-" + width + "s  %s", options.get(i), fields.get(i).takes())).toList();
    }
}
