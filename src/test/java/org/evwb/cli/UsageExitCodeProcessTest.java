package org.evwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.evwb.core.solve.ComputeCarbon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unknown command is bad usage, exit 2 (docs/cli.md), through the real entry: a child JVM runs the product's
 * {@code org.evwb.Main}, which turns the command line's code into the process's exit status. Also with
 * {@code --help} or {@code --version} beside it, where picocli's own check does not apply. And {@code --version}
 * builds no study (the registry is made on first use).
 */
class UsageExitCodeProcessTest {

    @TempDir
    Path dir;

    @Test
    void unknownCommandsExitWithTwoFromTheRealMain() throws Exception {
        for (List<String> args : List.of(List.of("frobnicate"), List.of("solv"), List.of("frobnicate", "--help"),
                List.of("--version", "frobnicate"), List.of("-V", "solv", "x.evwb.json"))) {
            Finished f = evwb(args);
            assertEquals(2, f.exitCode(), () -> args + ": " + f);
            assertTrue(f.stderr().contains("Unmatched argument"), () -> args + ": " + f);
            assertEquals("", f.stdout(), () -> args + ": nothing for scripts on stdout: " + f);
        }
        Finished solv = evwb(List.of("solv"));
        assertTrue(solv.stderr().contains("evwb solve"), "suggests the near miss: " + solv);
    }

    @Test
    void versionAndHelpStillExitWithZero() throws Exception {
        Finished version = evwb(List.of("--version"));
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.stdout().startsWith("EV Energy Workbench "), version::toString);
        // Main answers a lone --version itself: the same text the command line prints for it
        String nl = System.lineSeparator();
        assertEquals(String.join(nl, VersionInfo.lines()) + nl, version.stdout(), version::toString);
        Finished shortV = evwb(List.of("-V"));
        assertEquals(0, shortV.exitCode(), shortV::toString);
        assertEquals(version.stdout(), shortV.stdout(), shortV::toString);
        StringWriter viaParser = new StringWriter();
        CliEnvironment env = new CliEnvironment(new PrintWriter(viaParser, true), new PrintWriter(new StringWriter(),
                true), () -> {
                    throw new AssertionError("the study registry was built");
                }, false, Interrupts.NONE, ComputeCarbon.Settings.DEFAULT);
        assertEquals(0, EvwbCommand.execute(env, "--version"));
        assertEquals(version.stdout(), viaParser.toString(), "the parser's --version prints the same");
        Finished help = evwb(List.of("--help"));
        assertEquals(0, help.exitCode(), help::toString);
        for (String command : List.of("validate", "solve", "check", "studies", "qubo", "generate", "sweep",
                "export-qubo", "import-samples", "import", "report")) {
            assertTrue(help.stdout().contains("  " + command + " "), () -> command + " is listed: " + help);
        }
        Finished subHelp = evwb(List.of("validate", "--help"));
        assertEquals(0, subHelp.exitCode(), subHelp::toString);
        assertTrue(subHelp.stdout().contains("Usage: evwb validate"), subHelp::toString);
    }

    @Test
    void versionBuildsNoStudyAndACommandOnlyItself() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(new PrintWriter(out, true), new PrintWriter(err, true), () -> {
            throw new AssertionError("the study registry was built");
        }, false, Interrupts.NONE, ComputeCarbon.Settings.DEFAULT);
        assertEquals(0, EvwbCommand.execute(env, "--version"), err::toString);
        assertTrue(out.toString().startsWith("EV Energy Workbench "), out::toString);
        assertEquals(List.of("validate"), List.copyOf(EvwbCommand.commandLine(env, "validate", "x.evwb.json")
                .getSubcommands().keySet()));
        assertEquals(List.of(), List.copyOf(EvwbCommand.commandLine(env, "-V").getSubcommands().keySet()));
        assertEquals(11, EvwbCommand.commandLine(env, "--help").getSubcommands().size());
    }

    /** What {@code evwb ARGS} printed and returned in a child JVM on the product's class path. */
    private Finished evwb(List<String> args) throws Exception {
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
                productClasspath(), "org.evwb.Main"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile()).start();
        try {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "evwb " + args + " ends");
        } finally {
            p.destroyForcibly();
        }
        return new Finished(p.exitValue(), read(stdout), read(stderr));
    }

    private record Finished(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** This test JVM's class path without the test classes: the product's (as in {@code CtrlCProcessTest}). */
    private static String productClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String read(Path file) throws IOException {
        String s = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertFalse(s.contains("Exception in thread"), s);
        return s;
    }
}
