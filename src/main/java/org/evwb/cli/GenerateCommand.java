package org.evwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.project.RecordValues;
import org.evwb.core.solve.GeneratorSpec;
import org.evwb.core.solve.RunContext;
import org.evwb.core.solve.RunListener;
import org.evwb.core.solve.StudyDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * {@code evwb generate STUDY [--generator ID] [--seed N] [--param NAME=VALUE ...] --out P.evwb.json}: runs one of
 * the study's registered generators and writes the project, validated, atomically, with its recipe in
 * {@code generators}. A generator parameter may also be given as {@code --kebab-case VALUE} (its record component
 * name, {@code --length-km 80} for {@code lengthKm}, or a short alias such as {@code --emvs}); picocli hands these
 * over as unmatched arguments. Nothing here knows a study: everything comes from the registry.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate a project for a study with one of its seeded generators.",
                "Generator parameters: --param NAME=VALUE or --NAME-IN-KEBAB-CASE VALUE (e.g. --length-km 80); "
                        + "'evwb generate --list' shows every generator, its parameters, defaults and limits.",
                "The same seed and parameters give the same file; the project records its recipe.",
                "Exit code 0 when written, 1 when the generator could not make a project, 2 on bad options."})
final class GenerateCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STUDY", description = "the study (see --list)")
    private String studyId;

    @Option(names = "--list", description = "list every study's generators with their parameters and defaults")
    private boolean list;

    @Option(names = "--generator", paramLabel = "ID", description = "which of the study's generators (default: "
            + "its first)")
    private String generatorId;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "random seed (default: ${DEFAULT-VALUE}); same seed and parameters, same project")
    private long seed;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "set a generator parameter; repeatable")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "project name (default: the generator's)")
    private String name;

    @Option(names = "--out", paramLabel = "P.evwb.json", description = "write the project here")
    private Path out;

    @Option(names = "--force", description = "replace --out if it exists (the old file is kept as .bak)")
    private boolean force;

    /** {@code --kebab-case VALUE} generator parameters, as picocli leaves them. */
    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    GenerateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (list) {
            new GeneratorListing(env.out()).print(env.studies());
            return EvwbCommand.EXIT_OK;
        }
        if (studyId == null) {
            throw CliException.badInput("evwb generate: name a study, e.g. evwb generate " + firstWithGenerators()
                    + " --out new" + ProjectIO.EXTENSION + " ('evwb generate --list' lists the generators)");
        }
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), studyId, "evwb generate: ");
        GeneratorSpec generator = generator(study);
        checkOut();
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> values = overrides(generator, typed);
        List<Problem> problems = new ArrayList<>();
        Record parameters = RecordValues.merge(generator.defaults(), values, RecordValues.Input.TEXT, "", problems);
        if (parameters == null) {
            throw CliException.badInput(String.join("\n", problems.stream().map(p -> "evwb generate " + study.id()
                    + ": " + typed.getOrDefault(p.path(), p.path()) + ": " + p.message()).toList())
                    + "\n('evwb generate --list' shows every parameter with its default and limits)");
        }
        GeneratorSpec.Generated g;
        try {
            g = generator.generate(parameters, seed, new RunContext(seed, null, RunListener.NONE));
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("evwb generate " + study.id() + ": " + e.getMessage());
        } catch (IllegalStateException e) {
            env.err().println("evwb generate " + study.id() + ": " + e.getMessage() + "; nothing was written");
            return EvwbCommand.EXIT_RUN_FAILED;
        }
        Project project = name == null ? g.project() : g.project().withName(name);
        String unusable = unusable(study, project);
        if (unusable != null) {
            env.err().println("evwb generate " + study.id() + ": the generated project is unusable (a bug; please "
                    + "report it with the options you used): " + unusable + "; nothing was written");
            return EvwbCommand.EXIT_RUN_FAILED;
        }
        try {
            new ProjectIO().save(project, out);
        } catch (ProjectFileException e) {
            env.err().println(CliException.lines(out.toString(), e.problems()));
            env.err().println("evwb generate: the generated project is invalid (a bug; please report it with the "
                    + "options you used); nothing was written");
            return EvwbCommand.EXIT_RUN_FAILED;
        } catch (IOException e) {
            throw CliException.badInput("--out: " + e.getMessage());
        }
        env.out().println("wrote " + out + ": " + g.summary());
        env.out().println("project: " + ValidateCommand.summary(project) + "; recipe: generator " + generator.id()
                + ", seed " + seed);
        return EvwbCommand.EXIT_OK;
    }

    private GeneratorSpec generator(StudyDefinition<?, ?> study) {
        List<GeneratorSpec> all = study.generators();
        if (all.isEmpty()) {
            throw CliException.badInput("evwb generate: study '" + study.id() + "' has no generator; studies with "
                    + "one: " + String.join(", ", env.studies().studies().stream()
                    .filter(s -> !s.generators().isEmpty()).map(StudyDefinition::id).toList()));
        }
        if (generatorId == null) {
            return all.get(0);
        }
        return all.stream().filter(g -> g.id().equals(generatorId)).findFirst().orElseThrow(() ->
                CliException.badInput("--generator: study '" + study.id() + "' has no generator '" + generatorId
                        + "'; it has " + String.join(", ", all.stream().map(GeneratorSpec::id).toList())));
    }

    private void checkOut() {
        if (out == null) {
            throw CliException.badInput("evwb generate " + studyId + ": --out is needed, e.g. --out generated"
                    + ProjectIO.EXTENSION);
        }
        if (!out.getFileName().toString().endsWith(ProjectIO.EXTENSION)) {
            throw CliException.badInput("--out " + out + ": a project file ends in " + ProjectIO.EXTENSION
                    + ", e.g. --out generated" + ProjectIO.EXTENSION);
        }
        if (Files.exists(out) && !force) {
            throw CliException.badInput("--out " + out + ": the file exists; choose another name or add --force");
        }
        CliFiles.checkWritable("--out", out);
    }

    /**
     * {@code --param} values and {@code --kebab-case VALUE} pairs by the generator's parameter names; {@code typed}
     * gets what the user wrote for each name, so messages name the option as given.
     */
    private Map<String, String> overrides(GeneratorSpec generator, Map<String, String> typed) {
        Map<String, String> byName = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            String name = RecordValues.nameOf(generator.type(), k).orElse(k);
            byName.put(name, v);
            typed.put(name, "--param " + k);
        });
        for (int i = 0; i < unmatched.size(); i++) {
            String arg = unmatched.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw CliException.badInput("evwb generate: unexpected argument '" + arg + "'; generator parameters "
                        + "are --NAME VALUE or --param NAME=VALUE (see 'evwb generate --list')");
            }
            String option = arg.substring(2);
            String value;
            int eq = option.indexOf('=');
            if (eq >= 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else if (i + 1 < unmatched.size() && !unmatched.get(i + 1).startsWith("--")) {
                value = unmatched.get(++i);
            } else {
                throw CliException.badInput("evwb generate: " + arg + " needs a value, e.g. " + arg + " 10");
            }
            String camel = camelCase(option);
            String name = RecordValues.nameOf(generator.type(), camel).orElse(camel);
            byName.put(name, value);
            typed.put(name, "--" + option);
        }
        return byName;
    }

    /** Whether the study can use what its generator made (it always should): null if so, else why not. */
    private String unusable(StudyDefinition<?, ?> study, Project project) {
        List<Problem> errors = env.studies().check(project).errors();
        if (!errors.isEmpty()) {
            return errors.get(0).toString();
        }
        try {
            study.buildInstance(project, project.studyConfig(study.id()).orElse(null));
            return null;
        } catch (ProjectFileException | RuntimeException e) {
            return e.getMessage();
        }
    }

    private String firstWithGenerators() {
        return env.studies().studies().stream().filter(s -> !s.generators().isEmpty()).map(StudyDefinition::id)
                .findFirst().orElse("STUDY");
    }

    /** {@code length-km} → {@code lengthKm}. */
    static String camelCase(String kebab) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = sb.length() > 0;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /**
     * {@code lengthKm} → {@code length-km}; a run of capitals stays one word ({@code chargerPowerKW} →
     * {@code charger-power-kw}, {@code evCapacityKWh} → {@code ev-capacity-kwh}), which {@link #camelCase} and a
     * case-blind name lookup turn back into the component.
     */
    static String kebabCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1));
            if (boundary) {
                sb.append('-');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
