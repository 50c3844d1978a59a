package org.evwb;

import org.evwb.cli.EvwbCommand;

/**
 * Entry point of {@code evwb.jar}: without arguments it opens the workbench window, with arguments it runs the
 * headless command line. (A main class that does not extend {@code Application} lets the JavaFX jars sit on the
 * class path.)
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.evwb.ui.app.WorkbenchApp.class, args);
        } else {
            System.exit(EvwbCommand.execute(args));
        }
    }
}
