package org.evwb.cli;

import java.util.List;

/**
 * What {@code evwb --version} prints: the product's version from the jar manifest (or "development build" when run
 * from classes) and the Java runtime. Kept free of the command-line parser, so that {@code org.evwb.Main} can answer
 * a lone {@code --version} without loading it (a cold start of the parser and its annotations is most of that
 * command's time).
 */
public final class VersionInfo {

    private VersionInfo() {
    }

    /** The version lines, in the order they are printed. */
    public static List<String> lines() {
        String v = VersionInfo.class.getPackage().getImplementationVersion();
        return List.of("EV Energy Workbench " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    }
}
