package org.evwb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Runs {@code evwb} in-process with captured stdout and stderr. */
final class CliRunner {

    /** What one command printed and returned. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliRunner() {
    }

    static Run run(String... args) {
        return run(UnaryOperator.identity(), args);
    }

    /** Runs with the test environment changed by {@code tweak} (e.g. a fake Ctrl+C). */
    static Run run(UnaryOperator<CliEnvironment> tweak, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = tweak.apply(CliEnvironment.of(new PrintWriter(out, true), new PrintWriter(err, true)));
        int code = EvwbCommand.execute(env, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A test project from {@code src/test/resources/cli}. */
    static Path resource(String name) {
        try {
            return Path.of(CliRunner.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource /cli/" + name + " is missing", e);
        }
    }
}
