package org.worldbench.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.export.DistrictPicture;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectFiles;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.template.TemplateLibrary;

/**
 * A window that shows a generated district: the project's (or seed 42's) district drawn as the
 * CLI's picture. Generation runs on a named background thread; the picture is applied on the FX
 * thread.
 */
final class DistrictWindow {

    private final Path projectFile;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label("Generating…");
    private final ImageView view = new ImageView();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "worldbench-generate");
        t.setDaemon(true);
        return t;
    });

    DistrictWindow(Path projectFile) {
        this.projectFile = projectFile;
        root.setCenter(new ScrollPane(view));
        root.setBottom(status);
    }

    Parent root() {
        return root;
    }

    void start() {
        worker.submit(() -> {
            try {
                Project project = projectFile != null ? ProjectFiles.read(projectFile) : Project.create("untitled", ProjectSeed.of(42));
                Path templates = findTemplates();
                District district = new DistrictGenerator(TemplateLibrary.load(templates)).generate(project.districtRequest());
                var image = SwingFXUtils.toFXImage(DistrictPicture.render(district, 8), null);
                Platform.runLater(() -> {
                    view.setImage(image);
                    status.setText("seed " + project.seed().display() + " · " + district.rooms().size() + " rooms · "
                            + district.connections().size() + " connections");
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    status.setText("Could not generate");
                    new Alert(Alert.AlertType.ERROR, e.getMessage()).show();
                });
            }
        });
    }

    void shutdown() {
        worker.shutdownNow();
    }

    private static Path findTemplates() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("templates/rooms"))) {
                return at.resolve("templates/rooms");
            }
        }
        return Path.of("templates/rooms");
    }
}
