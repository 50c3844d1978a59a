package org.evwb.cli;

import org.evwb.cli.qubo.QuboConvertCommand;
import org.evwb.cli.qubo.QuboDecodeCommand;
import org.evwb.cli.qubo.QuboSolveCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code evwb qubo}: solve, convert and decode QUBO files headless (SPEC §2; the QUBO engine's benchmarks run with
 * the other benchmarks, {@code mvn -Pbench verify}, docs/benchmarks.md). Exit codes: 0 ok, 1 the run
 * failed, 2 bad usage or input.
 */
@Command(name = "qubo", mixinStandardHelpOptions = true,
        description = "Solve, convert and decode QUBO files (.coo, .qubo, .json; Gset with --maxcut).")
public final class QuboCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** The command with its subcommands; {@code solve} learns of Ctrl+C through the environment, as {@code evwb solve}. */
    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cl = new CommandLine(new QuboCommand());
        cl.addSubcommand(new QuboSolveCommand(env.interrupts()));
        cl.addSubcommand(new QuboConvertCommand());
        cl.addSubcommand(new QuboDecodeCommand());
        return cl;
    }

    /** {@code evwb qubo} without a subcommand is bad usage (exit 2), with the usage on stderr, as {@code evwb} alone. */
    @Override
    public void run() {
        throw CliException.badInput("evwb qubo: a subcommand is needed (solve, convert or decode)\n"
                + spec.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    /** Exit codes shared by the qubo subcommands. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = CommandLine.ExitCode.USAGE;
}
