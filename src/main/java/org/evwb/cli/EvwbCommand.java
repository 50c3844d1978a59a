package org.evwb.cli;

import java.io.PrintWriter;
import org.evwb.core.project.UserMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code evwb} command line: headless access to projects, studies and solvers (SPEC §9).
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_RUN_FAILED} the run failed, was cancelled or its result
 * is infeasible; {@value #EXIT_BAD_INPUT} bad usage or bad input (the message names the file and JSON path).
 */
@Command(name = "evwb", mixinStandardHelpOptions = true, versionProvider = EvwbCommand.Version.class,
        description = "EV Energy Workbench, headless. Without arguments the evwb launcher opens the workbench window.",
        footer = {"", "Exit codes: 0 success; 1 the run failed, was cancelled or its result is infeasible;",
                "2 bad usage or bad input (the message names the file and the JSON path)."})
public final class EvwbCommand implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_RUN_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    EvwbCommand() {
    }

    /** Runs the command line on the real console and returns the exit code. */
    public static int execute(String... args) {
        return execute(CliEnvironment.system(), args);
    }

    /** Runs the command line with the given streams and services and returns the exit code. */
    public static int execute(CliEnvironment env, String... args) {
        int code = commandLine(env).execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** The command tree. Each subcommand gets the environment through its constructor. */
    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cl = new CommandLine(new EvwbCommand());
        cl.addSubcommand(new ValidateCommand(env));
        cl.addSubcommand(new SolveCommand(env));
        cl.addSubcommand(new CheckCommand(env));
        cl.addSubcommand(new StudiesCommand(env));
        cl.addSubcommand(QuboCommand.commandLine(env));
        cl.addSubcommand(new GenerateCommand(env));
        cl.addSubcommand(new SweepCommand(env));
        cl.addSubcommand(new ExportQuboCommand(env));
        cl.addSubcommand(new ImportSamplesCommand(env));
        cl.addSubcommand(new ReportCommand(env));
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExitCodeExceptionMapper(EvwbCommand::exitCodeOf);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof CliException c) {
                err.println(c.getMessage());
            } else {
                err.println("evwb: internal error: " + UserMessages.of(ex) + " (please report it with the command "
                        + "you ran; EVWB_DEBUG=1 prints the technical details)");
                if (System.getenv("EVWB_DEBUG") != null) {
                    ex.printStackTrace(err);
                }
            }
            return exitCodeOf(ex);
        });
        // picocli's own usage errors (unknown option, missing parameter) are bad usage as well.
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("evwb: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static int exitCodeOf(Throwable t) {
        return t instanceof CliException c ? c.exitCode() : EXIT_RUN_FAILED;
    }

    /** {@code evwb} with no subcommand (only reachable when arguments were given, e.g. a lone option). */
    @Override
    public void run() {
        throw CliException.badInput("evwb: a command is needed\n"
                + spec.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF));
    }

    /** The version from the jar manifest (or "development build" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EvwbCommand.class.getPackage().getImplementationVersion();
            return new String[] {"EV Energy Workbench " + (v == null ? "development build" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
