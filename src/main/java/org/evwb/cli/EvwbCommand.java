package org.evwb.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
        int code = commandLine(env, args).execute(args);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /**
     * The subcommands, by name, in the order {@code evwb --help} lists them. Each is made only when it is needed:
     * picocli reads a command's annotations (and so loads its option types) as soon as it is added, and the commands
     * reach every study, solver and JSON mapper, so {@code evwb --version} would otherwise load them all.
     */
    private static Map<String, Supplier<Object>> subcommands(CliEnvironment env) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("validate", () -> new ValidateCommand(env));
        all.put("solve", () -> new SolveCommand(env));
        all.put("check", () -> new CheckCommand(env));
        all.put("studies", () -> new StudiesCommand(env));
        all.put("qubo", () -> QuboCommand.commandLine(env));
        all.put("generate", () -> new GenerateCommand(env));
        all.put("sweep", () -> new SweepCommand(env));
        all.put("export-qubo", () -> new ExportQuboCommand(env));
        all.put("import-samples", () -> new ImportSamplesCommand(env));
        all.put("import", () -> new ImportCommand(env));
        all.put("report", () -> new ReportCommand(env));
        return all;
    }

    /** The whole command tree (usage, tests). Each subcommand gets the environment through its constructor. */
    static CommandLine commandLine(CliEnvironment env) {
        return commandLine(env, (String[]) null);
    }

    /**
     * The command tree {@code args} need: only the subcommand they name when it is their first argument, none for a
     * lone {@code --version}, else all (for the usage and for a near miss's "Did you mean").
     */
    static CommandLine commandLine(CliEnvironment env, String... args) {
        CommandLine cl = new CommandLine(new EvwbCommand());
        Map<String, Supplier<Object>> subs = subcommands(env);
        boolean versionOnly = args != null && args.length > 0
                && Arrays.stream(args).allMatch(a -> a.equals("-V") || a.equals("--version"));
        if (args != null && args.length > 0 && subs.containsKey(args[0])) {
            cl.addSubcommand(args[0], subs.get(args[0]).get());
        } else if (!versionOnly) {
            subs.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExitCodeExceptionMapper(EvwbCommand::exitCodeOf);
        // picocli skips its check for unmatched arguments when --help or --version is given, so `evwb frobnicate
        // --help` would print the usage and exit 0; an unknown command is bad usage whatever else is on the line.
        cl.setExecutionStrategy(parseResult -> {
            for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
                // a command that takes unmatched arguments itself (generate: the generator's options) checks them
                boolean takesThem = !r.commandSpec().unmatchedArgsBindings().isEmpty()
                        || r.commandSpec().parser().unmatchedArgumentsAllowed();
                if (!takesThem && !r.unmatched().isEmpty()) {
                    throw new CommandLine.UnmatchedArgumentException(r.commandSpec().commandLine(), r.unmatched());
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
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
        cl.setParameterExceptionHandler((ex, given) -> {
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
            return VersionInfo.lines().toArray(String[]::new);
        }
    }
}
