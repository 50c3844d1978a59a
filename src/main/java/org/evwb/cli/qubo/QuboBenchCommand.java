package org.evwb.cli.qubo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evwb.bench.QuboBenchmarks;
import org.evwb.cli.QuboCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evwb qubo bench [--quick]}: runs the QUBO benchmarks and prints a Markdown table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the QUBO engine benchmarks (annealer speed, Gset cuts, exact, QAOA) and print a table.")
public final class QuboBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "small smoke-test sizes (seconds instead of minutes)")
    boolean quick;

    @Option(names = "--gset-dir", defaultValue = "../shared/benchmarks/gset",
            description = "folder with G1.txt, G22.txt (default: ${DEFAULT-VALUE})")
    Path gsetDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("machine: %d cores, Java %s (%s), max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);
        List<QuboBenchmarks.Row> rows = new QuboBenchmarks(gsetDir, quick, out).runAll();
        out.println();
        out.print(QuboBenchmarks.table(rows));
        out.flush();
        return QuboCommand.OK;
    }
}
