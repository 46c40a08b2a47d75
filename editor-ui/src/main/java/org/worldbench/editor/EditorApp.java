package org.worldbench.editor;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window over the engine. */
public final class EditorApp extends Application {

    /** System property naming the project file to open at start. */
    public static final String PROJECT_PROPERTY = "worldbench.project";

    @Override
    public void start(Stage stage) {
        String project = System.getProperty(PROJECT_PROPERTY);
        DistrictWindow window = new DistrictWindow(project == null ? null : Path.of(project));
        stage.setTitle("WorldBench");
        stage.setScene(new Scene(window.root(), 1280, 900));
        stage.setOnCloseRequest(e -> window.shutdown());
        stage.show();
        window.start();
    }
}
