package org.evwb.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.evwb.core.project.EntityKind;
import org.evwb.core.project.Problem;
import org.evwb.core.project.Project;
import org.evwb.core.solve.StudyRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb validate PROJECT}: loads and checks a project file, then checks every study configuration against its
 * registered study and every generator recipe against its registered generator, so a configuration that would be
 * refused by {@code solve} is refused here; lists every problem with its JSON path. Configurations of studies and
 * recipes of generators this build does not have are notes, not errors.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Load a project file and check it, its study configurations and its generator recipes.",
                "Prints 'OK: N entities …' (and a note for each study or generator this build does not have),",
                "or every problem as FILE: $.json.path: message (exit code 2)."})
final class ValidateCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (*.evwb.json)")
    private Path project;

    ValidateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Project p = new ProjectLoader().load(project);
        StudyRegistry.Findings findings = env.studies().check(p);
        if (!findings.errors().isEmpty()) {
            throw CliException.badInput(CliException.lines(project.toString(), findings.errors()));
        }
        env.out().println("OK: " + summary(p) + " in " + project);
        for (Problem note : findings.notes()) {
            env.out().println("note: " + note);
        }
        return EvwbCommand.EXIT_OK;
    }

    /** e.g. {@code 7 entities (2 charging stations, 1 vehicle type, 4 vehicles), 1 study (demo)}. */
    static String summary(Project p) {
        List<String> parts = new ArrayList<>();
        for (EntityKind k : EntityKind.values()) {
            int n = p.entities(k).size();
            if (n > 0) {
                parts.add(n + " " + plural(k.label().toLowerCase(java.util.Locale.ROOT), n));
            }
        }
        int total = p.entityCount();
        String s = total + " " + plural("entity", total) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts)
                + ")");
        int studies = p.studies().size();
        if (studies > 0) {
            s += ", " + studies + " " + plural("study", studies) + " (" + String.join(", ", p.studies().stream()
                    .map(c -> c.id() + ": " + c.study()).toList()) + ")";
        }
        return s;
    }

    private static String plural(String word, int n) {
        if (n == 1) {
            return word;
        }
        if (word.endsWith("y") && !word.endsWith("ey")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.endsWith("s") ? word : word + "s";
    }
}
