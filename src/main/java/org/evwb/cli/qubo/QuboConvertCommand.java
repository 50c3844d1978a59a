package org.evwb.cli.qubo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evwb.cli.QuboCommand;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.project.ProjectIO;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.io.QuboFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evwb qubo convert IN OUT}: between .coo, .qubo and .json by extension (Gset input with --maxcut). */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a QUBO between .coo (dimod), .qubo (qbsolv) and .json (labelled), by extension.")
public final class QuboConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Option(names = "--maxcut", description = "IN is a Gset max-cut graph")
    boolean maxcut;

    @Override
    public Integer call() {
        QuboFiles files = new QuboFiles(Json.newMapper());
        try {
            QuboFiles.formatOf(out);
            ProjectIO.checkWritable(out);
            Qubo q = maxcut ? files.readGset(in).toQubo() : files.read(in);
            files.write(q, out);
            spec.commandLine().getOut().printf("wrote %s (%d variables, %d couplers)%n", out, q.numVariables(),
                    q.numCouplers());
            return QuboCommand.OK;
        } catch (ProjectFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return QuboCommand.BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return QuboCommand.BAD_INPUT;
        }
    }
}
