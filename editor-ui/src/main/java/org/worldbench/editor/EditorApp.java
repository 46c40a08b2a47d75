package org.worldbench.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.FxTaskExecutor;
import org.worldbench.editor.undo.UndoManager;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.template.TemplateLibrary;

/** The JavaFX application: one main window over the engine. */
public final class EditorApp extends Application {

    /** System property naming the project file to open at start. */
    public static final String PROJECT_PROPERTY = "worldbench.project";

    private FxTaskExecutor executor;
    private org.worldbench.editor.state.RecentProjects recent;
    private MainView view;

    @Override
    public void start(Stage stage) throws InputException {
        Path templates = findTemplates();
        GenerationPipeline pipeline = new GenerationPipeline(TemplateLibrary.load(templates.resolve("rooms")), CaseLibrary.load(templates));
        executor = new FxTaskExecutor();
        EditorViewModel model = new EditorViewModel(pipeline, executor, new UndoManager());
        view = new MainView(model, executor, choosers(stage, () -> recent));
        model.errorProperty().addListener((o, a, message) -> {
            if (message != null) {
                new Alert(Alert.AlertType.ERROR, message, ButtonType.OK).show();
                model.errorProperty().set(null);
            }
        });
        Theme.apply();
        org.worldbench.editor.state.RecentProjects recent = new org.worldbench.editor.state.RecentProjects(
                java.util.prefs.Preferences.userRoot().node("org/worldbench/editor"));
        model.fileProperty().addListener((o, a, f) -> {
            if (f != null && !f.getFileName().toString().endsWith(".autosave.json")) {
                recent.add(f);
            }
        });
        this.recent = recent;
        Scene scene = new Scene(view.root(), 1600, 1000);
        stage.setTitle("WorldBench");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed below, once nothing unsaved is lost (or never, if the user cancels)
            view.closeProjectThen(() -> {
                executor.shutdown();
                view.chunks.shutdown();
                stage.close();
            });
        });
        stage.show();
        String project = System.getProperty(PROJECT_PROPERTY);
        Path file = project == null ? null : Path.of(project);
        if (file != null && EditorViewModel.hasRecovery(file)) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "An autosave newer than " + file.getFileName()
                    + " was left behind (the editor did not close cleanly). Recover it?", ButtonType.YES, ButtonType.NO);
            if (ask.showAndWait().orElse(ButtonType.NO) == ButtonType.YES) {
                model.recover(file);
            } else {
                model.open(file);
            }
        } else {
            model.open(file);
        }
        Timeline autosave = new Timeline(new KeyFrame(Duration.seconds(60), e -> model.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    private static FileChooserPort choosers(Stage stage, java.util.function.Supplier<org.worldbench.editor.state.RecentProjects> recent) {
        return new FileChooserPort() {
            @Override
            public java.util.List<Path> recent() {
                return recent.get() == null ? java.util.List.of() : recent.get().list();
            }

            @Override
            public Optional<Path> open() {
                FileChooser chooser = chooser("Open project");
                return Optional.ofNullable(chooser.showOpenDialog(stage)).map(java.io.File::toPath);
            }

            @Override
            public Optional<Path> saveAs() {
                FileChooser chooser = chooser("Save project as");
                return Optional.ofNullable(chooser.showSaveDialog(stage)).map(java.io.File::toPath);
            }

            @Override
            public UnsavedChanges unsavedChanges(String name) {
                ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.YES);
                ButtonType discard = new ButtonType("Don't save", javafx.scene.control.ButtonBar.ButtonData.NO);
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + name + "?", save, discard, ButtonType.CANCEL);
                ask.initOwner(stage);
                ask.setHeaderText(null);
                ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
                return answer == save ? UnsavedChanges.SAVE : answer == discard ? UnsavedChanges.DISCARD : UnsavedChanges.CANCEL;
            }
        };
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("WorldBench projects", "*.wbproj.json"));
        return chooser;
    }

    /** The templates folder: the nearest {@code templates/} above the working folder or the jar. */
    static Path findTemplates() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("templates/rooms"))) {
                return at.resolve("templates");
            }
        }
        try {
            Path jar = Path.of(EditorApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path at = jar.toAbsolutePath(); at != null; at = at.getParent()) {
                if (Files.isDirectory(at.resolve("templates/rooms"))) {
                    return at.resolve("templates");
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of("templates");
    }
}
