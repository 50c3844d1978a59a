package org.evwb;

import org.evwb.cli.EvwbCommand;

/**
 * Entry point of {@code evwb.jar} and of the packaged {@code evwb} launcher: without arguments it opens the workbench
 * window, with arguments it runs the headless command line ({@code evwb --help}). A main class that does not extend
 * {@code Application} lets the JavaFX jars sit on the class path, and keeps JavaFX unloaded for headless commands.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            openWindow(args);
        } else if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli would print for it, without loading picocli: 170 of the ~800 classes a cold
            // `evwb --version` loaded beyond a bare JVM's were the parser's, plus the reflection on its annotations
            for (String line : org.evwb.cli.VersionInfo.lines()) {
                System.out.println(line);
            }
        } else {
            System.exit(EvwbCommand.execute(args));
        }
    }

    private static void openWindow(String[] args) {
        // studies, JSON mapper and sample descriptions load on the second core while the toolkit starts on this one
        org.evwb.ui.app.WindowWarmUp.start();
        try {
            javafx.application.Application.launch(org.evwb.ui.app.WorkbenchApp.class, args);
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY" on a server: say what else the user can do.
            System.err.println("evwb: cannot open the workbench window: " + e.getMessage());
            System.err.println("On a machine without a display use the command line: evwb --help");
            System.exit(EvwbCommand.EXIT_RUN_FAILED);
        }
    }
}
