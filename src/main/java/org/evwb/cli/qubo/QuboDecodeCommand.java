package org.evwb.cli.qubo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evwb.cli.QuboCommand;
import org.evwb.core.project.Json;
import org.evwb.core.project.ProjectFileException;
import org.evwb.core.qubo.Decoded;
import org.evwb.core.qubo.Qubo;
import org.evwb.core.qubo.Sample;
import org.evwb.core.qubo.SampleSet;
import org.evwb.core.qubo.io.QuboFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code evwb qubo decode QUBO SAMPLES}: energy, objective and broken constraints of imported samples. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode samples (.csv bit strings or labelled columns, or solve's .json) against a QUBO.")
public final class QuboDecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUBO")
    Path quboFile;

    @Parameters(index = "1", paramLabel = "SAMPLES")
    Path samplesFile;

    @Option(names = "--top", defaultValue = "10", description = "distinct samples shown, best first")
    int top;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        QuboFiles files = new QuboFiles(Json.newMapper());
        try {
            Qubo q = files.read(quboFile);
            SampleSet s = files.readSamples(samplesFile, q);
            o.printf("%d samples, %d distinct%n", s.totalOccurrences(), s.samples().size());
            for (Sample x : s.samples().subList(0, Math.min(top, s.samples().size()))) {
                Decoded d = q.decode(x.state());
                o.printf("%s ×%d energy %s objective %s %s%n", x.bitString(), x.occurrences(),
                        QuboSolveCommand.plain(d.energy()), QuboSolveCommand.plain(d.objective()),
                        d.feasible() ? "feasible" : "broken: " + String.join("; ", d.brokenConstraints().stream()
                                .map(b -> b.constraint() + " (" + QuboSolveCommand.plain(b.penalty()) + ")")
                                .toList()));
            }
            return QuboCommand.OK;
        } catch (ProjectFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return QuboCommand.BAD_INPUT;
        }
    }
}
