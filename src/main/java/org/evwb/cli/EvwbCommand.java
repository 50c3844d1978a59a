package org.evwb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code evwb} command line: headless access to projects, studies and solvers. */
@Command(name = "evwb", mixinStandardHelpOptions = true, versionProvider = EvwbCommand.Version.class,
        description = "EV Energy Workbench, headless.")
public final class EvwbCommand implements Runnable {

    /** Runs the command line and returns the exit code (0 success, 1 run failed or infeasible, 2 bad usage/input). */
    public static int execute(String... args) {
        return new CommandLine(new EvwbCommand()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** The version from the jar manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EvwbCommand.class.getPackage().getImplementationVersion();
            return new String[] {"EV Energy Workbench " + (v == null ? "development build" : v)};
        }
    }
}
