package org.evwb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.evwb.core.project.Project;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.StudyConfig;
import org.evwb.core.qubo.io.QuboExport;
import org.evwb.core.qubo.io.QuboFiles;
import org.evwb.core.qubo.study.QuboRoundTrip;
import org.evwb.core.qubo.study.QuboStudy;
import org.evwb.core.solve.StudyDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evwb export-qubo PROJECT --study ID [--config ID] [--format coo|qubo|json] --out FILE}: the study's QUBO of
 * the project (the model its samplers sample) as a file for another solver or real hardware, with its labels, its
 * parts (JSON) and its origin — study, configuration, encoding, penalties and fingerprint — so the samples that come
 * back can be imported with {@code evwb import-samples}.
 */
@Command(name = "export-qubo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a study's QUBO of a project for another solver or a quantum annealer.",
                "Bring the samples back with 'evwb import-samples'."})
final class ExportQuboCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (*.evwb.json)")
    private Path project;

    @Option(names = "--study", required = true, paramLabel = "ID", description = "a study with a QUBO (see 'evwb "
            + "studies')")
    private String studyId;

    @Option(names = "--config", paramLabel = "ID",
            description = "the project's study configuration to use (default: the first one for the study)")
    private String configId;

    @Option(names = "--format", paramLabel = "coo|qubo|json",
            description = "coo (dimod), qubo (qbsolv) or json (labelled, with parts); default: from the --out name")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "write the QUBO here")
    private Path out;

    ExportQuboCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        QuboFiles.Format f = format();
        StudyDefinition<?, ?> study = ProjectLoader.study(env.studies(), studyId, "--study: ");
        if (!(study instanceof QuboStudy<?, ?> q)) {
            throw CliException.badInput("--study: study '" + studyId + "' has no QUBO formulation; QUBO studies: "
                    + String.join(", ", quboStudies(env)));
        }
        CliFiles.refuseProjectFile(out, project, "write the QUBO beside it");
        CliFiles.checkWritable("--out", out);
        ProjectLoader loader = new ProjectLoader();
        Project p = loader.load(project);
        StudyConfig config = ProjectLoader.config(p, project, q.id(), configId);
        QuboExport export = export(q, p, config);
        try {
            export.write(out, f, loader.io().mapper());
        } catch (IOException e) {
            throw CliException.badInput("--out: the QUBO was not written: " + e.getMessage());
        }
        env.out().println("study " + q.id() + (config == null ? "" : ", config " + config.id()) + ": "
                + q.quboFormulation().title() + " (" + export.origin().encoding() + "), "
                + export.qubo().numVariables() + " variables, " + export.qubo().numCouplers() + " couplers");
        env.out().println("fingerprint: " + export.origin().fingerprint());
        env.out().println("written: " + out + " (" + name(f) + ")");
        return EvwbCommand.EXIT_OK;
    }

    private <I, S> QuboExport export(QuboStudy<I, S> study, Project p, StudyConfig config) {
        I instance = ProjectLoader.instance(study, p, project, config);
        try {
            return QuboRoundTrip.export(study, instance, config);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw CliException.badInput(project + ": $: the " + study.id() + " QUBO cannot be built: "
                    + org.evwb.core.project.UserMessages.of(e));
        }
    }

    private QuboFiles.Format format() {
        if (format == null) {
            try {
                return QuboFiles.formatOf(out);
            } catch (ProjectFileException e) {
                throw CliException.badInput("--out " + out + ": name it .coo, .qubo or .json, or give --format "
                        + "coo|qubo|json");
            }
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "coo" -> QuboFiles.Format.COO;
            case "qubo", "qbsolv" -> QuboFiles.Format.QBSOLV;
            case "json" -> QuboFiles.Format.JSON;
            default -> throw CliException.badInput("--format: unknown format '" + format + "'; use coo (dimod), qubo "
                    + "(qbsolv) or json (labelled, with parts)");
        };
    }

    static String name(QuboFiles.Format f) {
        return switch (f) {
            case COO -> "dimod COO";
            case QBSOLV -> "qbsolv";
            case JSON -> "labelled JSON";
        };
    }

    static java.util.List<String> quboStudies(CliEnvironment env) {
        return env.studies().studies().stream().filter(QuboStudy.class::isInstance).map(StudyDefinition::id)
                .toList();
    }
}
