package org.evwb.ui.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("EV Energy Workbench");
        stage.setScene(new Scene(new Label("EV Energy Workbench"), 1280, 800));
        stage.show();
    }
}
