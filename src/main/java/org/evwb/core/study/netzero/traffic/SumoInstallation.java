package org.evwb.core.study.netzero.traffic;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where SUMO's programs are: {@code SUMO_BINARY} (the {@code sumo} program itself) if set, else
 * {@code $SUMO_HOME/bin}, else the {@code PATH}. {@code netconvert} is looked for beside {@code sumo} first. The
 * environment is handed in, so tests and the window can point at another installation.
 *
 * @param sumo       the {@code sumo} program
 * @param netconvert the {@code netconvert} program
 */
public record SumoInstallation(Path sumo, Path netconvert) {

    /** What to tell a user whose machine has no SUMO. */
    public static final String HOW_TO_INSTALL = "install SUMO (Debian/Ubuntu: apt-get install sumo; other systems:"
            + " eclipse.dev/sumo) or point SUMO_HOME at an installation (its bin/ holds sumo and netconvert), or "
            + "SUMO_BINARY at the sumo program";

    /** The installation the environment names, or empty with no {@code sumo} to be found. */
    public static Optional<SumoInstallation> locate(Map<String, String> env) {
        Path sumo = null;
        String binary = env.get("SUMO_BINARY");
        if (binary != null && !binary.isBlank() && Files.isExecutable(Path.of(binary))) {
            sumo = Path.of(binary);
        }
        String home = env.get("SUMO_HOME");
        if (sumo == null && home != null && !home.isBlank()) {
            sumo = executable(Path.of(home, "bin"), "sumo");
        }
        if (sumo == null) {
            sumo = onPath(env, "sumo");
        }
        if (sumo == null) {
            return Optional.empty();
        }
        Path dir = sumo.toAbsolutePath().getParent();
        Path netconvert = dir == null ? null : executable(dir, "netconvert");
        if (netconvert == null) {
            netconvert = onPath(env, "netconvert");
        }
        return netconvert == null ? Optional.empty() : Optional.of(new SumoInstallation(sumo, netconvert));
    }

    /** The installation of this process's environment. */
    public static Optional<SumoInstallation> locate() {
        return locate(System.getenv());
    }

    /** The message for a machine without SUMO, naming what was looked at. */
    public static String missingMessage(Map<String, String> env) {
        return "SUMO was not found (SUMO_BINARY " + describe(env.get("SUMO_BINARY")) + ", SUMO_HOME "
                + describe(env.get("SUMO_HOME")) + ", no sumo and netconvert on the PATH): " + HOW_TO_INSTALL;
    }

    private static String describe(String v) {
        return v == null || v.isBlank() ? "unset" : "= " + v;
    }

    private static Path onPath(Map<String, String> env, String name) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path p = executable(Path.of(dir), name);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Path executable(Path dir, String name) {
        for (String n : new String[] {name, name + ".exe"}) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
