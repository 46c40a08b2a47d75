package org.worldbench.editor;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.worldbench.editor.panels.ChunkPanel;
import org.worldbench.editor.panels.EvidencePanel;
import org.worldbench.editor.panels.LayoutGraphPanel;
import org.worldbench.editor.panels.RoomsPanel;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.FxTaskExecutor;
import org.worldbench.engine.geom.Rect;

/**
 * The main window, built in code: menus, the seed bar, the four panels in split panes and tabs, the
 * inspector, the validation list and the status bar. Thin: every action is a view-model call.
 */
public final class MainView {

    /**
     * Style class of the bars whose labels change with every generation (seed bar, status bar, the
     * evidence panel's bar): an opaque background makes each bar the render root of its own small
     * repaints, instead of the whole window's tree (see {@code editor.css}).
     */
    static final String OPAQUE_BAR = "wb-opaque-bar";

    private final EditorViewModel model;
    private final BorderPane root = new BorderPane();
    final TextField seedField = new TextField();
    final RoomsPanel rooms;
    final LayoutGraphPanel layout;
    final EvidencePanel evidence;
    final ChunkPanel chunks;
    /** Which world the chunk map shows: the project's, or a preview of one topology. */
    final ComboBox<String> worldChoice = new ComboBox<>();
    static final String PROJECT_WORLD = "Project's world";
    final Label status = new Label("Ready");
    final Inspector inspector;
    final org.worldbench.editor.playtest.PlaytestPanel playtest;
    private final FileChooserPort files;

    public MainView(EditorViewModel model, FxTaskExecutor executor, FileChooserPort files) {
        this.model = model;
        this.files = files;
        // Panels paint on a background thread; without an executor (tests, offscreen snapshots)
        // they paint at once on the FX thread, so what is asked for is on screen when the call returns.
        java.util.concurrent.Executor painter = executor == null ? Runnable::run : executor.painter();
        this.rooms = new RoomsPanel(model, painter);
        this.layout = new LayoutGraphPanel(model, painter);
        this.evidence = new EvidencePanel(model, painter);
        this.chunks = new ChunkPanel(painter, executor == null ? org.worldbench.editor.task.ForegroundGate.open() : executor.gate());
        if (executor != null) {
            // Painting in the background: the three pictures of a generation go on screen together.
            // The chunk map streams at its own pace and shows its pictures as they come.
            org.worldbench.editor.panels.PictureSwaps swaps = new org.worldbench.editor.panels.PictureSwaps();
            for (org.worldbench.editor.panels.PaintedPanel p : java.util.List.of(layout, rooms, evidence)) {
                swaps.add(p);
            }
        }
        this.inspector = new Inspector(model, chunks);

        root.getStylesheets().add(MainView.class.getResource("editor.css").toExternalForm());
        root.getStyleClass().add("wb-root");
        root.setTop(new VBox(menus(files), seedBar()));
        SplitPane left = new SplitPane(titled("Layout graph", layoutWithToggles()), titled("Rooms", roomsWithToggles()));
        left.setOrientation(Orientation.VERTICAL);
        ToggleButton whatIf = new ToggleButton("What-if");
        whatIf.setId("what-if");
        whatIf.selectedProperty().bindBidirectional(evidence.whatIfProperty());
        Label verdict = new Label();
        verdict.textProperty().bind(evidence.verdictProperty());
        javafx.scene.control.MenuButton gates = new javafx.scene.control.MenuButton("Close a gate");
        gates.setId("close-gate");
        gates.setOnShowing(e -> {
            gates.getItems().clear();
            var r = model.resultProperty().get();
            if (r != null) {
                for (var c : r.district().graph().connections()) {
                    var item = new javafx.scene.control.CheckMenuItem(
                            c.id() + " (" + c.from() + "–" + c.to() + (c.requires() == null ? "" : ", " + c.requires()) + ")");
                    item.setSelected(evidence.gateClosed(c.id())); // ticked: closed for the what-if check
                    item.setOnAction(x -> evidence.toggleGate(c.id()));
                    gates.getItems().add(item);
                }
            }
        });
        gates.getItems().add(new MenuItem("…"));
        // The buttons keep their labels; the verdict takes what room is left, and its tooltip the rest.
        whatIf.setMinWidth(Region.USE_PREF_SIZE);
        gates.setMinWidth(Region.USE_PREF_SIZE);
        verdict.setMinWidth(0);
        verdict.setMaxHeight(Double.MAX_VALUE);
        Tooltip verdictTip = new Tooltip();
        verdictTip.textProperty().bind(verdict.textProperty());
        verdict.setTooltip(verdictTip);
        HBox evidenceBar = new HBox(8, whatIf, gates, verdict);
        evidenceBar.getStyleClass().add(OPAQUE_BAR);
        BorderPane evidencePane = new BorderPane(evidence, evidenceBar, null, null, null);
        Label hover = new Label();
        hover.textProperty().bind(chunks.hoverTextProperty());
        worldChoice.setId("world");
        worldChoice.getItems().add(PROJECT_WORLD);
        for (org.worldbench.engine.world.Topology t : org.worldbench.engine.world.Topology.values()) {
            worldChoice.getItems().add(previewName(t));
        }
        worldChoice.setValue(PROJECT_WORLD);
        worldChoice.setTooltip(new Tooltip("Preview another world's chunks with the project's seed; chunk re-seeds belong to the"
                + " project's world"));
        HBox worldBar = new HBox(8, new Label("World"), worldChoice);
        worldBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        worldBar.setPadding(new Insets(4));
        BorderPane chunkPane = new BorderPane(chunks, worldBar, null, hover, null);
        SplitPane right = new SplitPane(titled("Evidence graph", evidencePane), titled("Chunk LOD", chunkPane));
        right.setOrientation(Orientation.VERTICAL);
        SplitPane panels = new SplitPane(left, right);
        ListView<String> validation = new ListView<>();
        validation.setId("validation");
        model.resultProperty().addListener((o, a, r) -> {
            java.util.List<String> lines = new java.util.ArrayList<>();
            lines.add("score " + r.validation().score() + (r.validation().valid() ? " · valid" : " · INVALID"));
            lines.addAll(r.validation().issues());
            r.validation().warnings().forEach(w -> lines.add("warning: " + w));
            showLines(validation.getItems(), lines);
        });
        SplitPane side = new SplitPane(inspector.view(), validation);
        side.setOrientation(Orientation.VERTICAL);
        SplitPane main = new SplitPane(panels, side);
        main.getStyleClass().add("wb-workbench");
        main.setDividerPositions(0.78);
        playtest = new org.worldbench.editor.playtest.PlaytestPanel(model);
        playtest.found().addListener((javafx.collections.SetChangeListener<String>) c -> evidence.setFound(playtest.found()));
        javafx.scene.control.Tab workbench = new javafx.scene.control.Tab("Workbench", main);
        javafx.scene.control.Tab play = new javafx.scene.control.Tab("Playtest", playtest);
        workbench.setClosable(false);
        play.setClosable(false);
        play.setId("playtest-tab");
        // FXGL starts only when someone opens the tab.
        play.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                playtest.activate();
            }
        });
        root.setCenter(new javafx.scene.control.TabPane(workbench, play));
        root.setBottom(statusBar(executor));
        // The chunk map follows the project's world once per turn of the event loop: a burst of a
        // thousand seeds switches the streamed world once, to the last.
        org.worldbench.editor.task.Coalescer followWorld = new org.worldbench.editor.task.Coalescer(
                () -> showWorld(model.projectProperty().get()));
        model.projectProperty().addListener((o, a, p) -> followWorld.request());
        worldChoice.valueProperty().addListener((o, a, b) -> followWorld.request());
    }

    /** A topology's entry in the world choice: "Ring", "Strip", "Plane". */
    private static String previewName(org.worldbench.engine.world.Topology t) {
        String name = t.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** True when the chunk map shows the project's own world (not a preview of another topology). */
    private boolean showingProjectWorld() {
        return PROJECT_WORLD.equals(worldChoice.getValue());
    }

    /**
     * Points the chunk map at the project's world (a plane when it names none) and its chunk seeds,
     * or at the previewed topology with the project's seed and no chunk re-seeds.
     */
    private void showWorld(org.worldbench.engine.project.Project p) {
        if (p == null) {
            return;
        }
        if (!showingProjectWorld()) {
            org.worldbench.engine.world.Topology previewed = java.util.Arrays.stream(org.worldbench.engine.world.Topology.values())
                    .filter(t -> previewName(t).equals(worldChoice.getValue())).findFirst().orElseThrow();
            chunks.show(org.worldbench.engine.world.WorldDefinition.of(previewed), p.seed().value());
            chunks.manager().setChunkSeeds(java.util.Map.of());
            return;
        }
        org.worldbench.engine.world.WorldDefinition world = org.worldbench.engine.world.WorldDefinition.of(
                org.worldbench.engine.world.Topology.PLANE);
        if (p.world().definition() != null && model.fileProperty().get() != null) {
            try {
                world = org.worldbench.engine.world.WorldFiles.read(model.fileProperty().get().resolveSibling(p.world().definition()));
            } catch (org.worldbench.engine.io.InputException e) {
                model.errorProperty().set(e.getMessage());
            }
        }
        chunks.show(world, p.seed().value());
        java.util.Map<org.worldbench.engine.world.ChunkId, Long> seeds = new java.util.HashMap<>();
        for (var o : p.overrides()) {
            if (o.target() instanceof org.worldbench.engine.district.PartOverride.ChunkTarget c) {
                try {
                    seeds.put(world.chunkId(c.chunkId()), o.seed());
                } catch (IllegalArgumentException e) {
                    model.errorProperty().set("override " + o.part() + ": " + e.getMessage());
                }
            }
        }
        chunks.manager().setChunkSeeds(seeds);
    }

    /**
     * Makes {@code shown} equal {@code lines}, changing only the rows that differ: a list view
     * keeps its cells for rows replaced in place, where clearing and refilling it rebuilds and
     * restyles every cell on the FX thread.
     */
    static void showLines(javafx.collections.ObservableList<String> shown, java.util.List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i >= shown.size()) {
                shown.addAll(lines.subList(i, lines.size()));
                break;
            }
            if (!shown.get(i).equals(lines.get(i))) {
                shown.set(i, lines.get(i));
            }
        }
        if (shown.size() > lines.size()) {
            shown.remove(lines.size(), shown.size());
        }
    }

    /** The four panels: layout graph, rooms, evidence graph, chunk map. */
    public java.util.List<org.worldbench.editor.panels.PaintedPanel> panels() {
        return java.util.List.of(layout, rooms, evidence, chunks);
    }

    /** True when every panel shows the newest state it was asked for (nothing painting or pending). */
    public boolean panelsUpToDate() {
        return panels().stream().allMatch(org.worldbench.editor.panels.PaintedPanel::upToDate);
    }

    /** The playtest tab's panel. */
    public org.worldbench.editor.playtest.PlaytestPanel playtestPanel() {
        return playtest;
    }

    /** Rebuilds the inspector now rather than after its throttle (offscreen snapshots). */
    public void refreshInspector() {
        inspector.refreshNow();
    }

    /** Stops background work of the panels (the chunk map's workers and pump). */
    public void shutdownForBench() {
        chunks.shutdown();
    }

    /** The scene's root. */
    public Parent root() {
        return root;
    }

    /** A panel under a title bar; all four panels are always in view. */
    private static javafx.scene.control.TitledPane titled(String name, javafx.scene.Node content) {
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(name, content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }

    private Parent layoutWithToggles() {
        CheckBox force = new CheckBox("Force-directed");
        force.setId("force-layout");
        force.setTooltip(new Tooltip("Draw the graph by its connections (JGraphT's Fruchterman–Reingold) instead of where the rooms"
                + " were placed; drag to pin works at the placed positions"));
        force.selectedProperty().bindBidirectional(layout.forceDirectedProperty());
        HBox toggles = new HBox(10, force);
        toggles.setPadding(new Insets(4));
        return new BorderPane(layout, toggles, null, null, null);
    }

    private Parent roomsWithToggles() {
        // The toggles wrap onto a second row rather than cut their labels short in a narrow panel.
        javafx.scene.layout.FlowPane toggles = new javafx.scene.layout.FlowPane(10, 4);
        toggles.setPadding(new Insets(4));
        String[] names = {"BSP", "Doors", "Gates", "Entities", "Evidence", "Pickups", "Anchors", "Diff"};
        var props = new javafx.beans.property.BooleanProperty[] {rooms.showBspProperty(), rooms.showDoorsProperty(),
            rooms.showGatesProperty(), rooms.showEntitiesProperty(), rooms.showEvidenceProperty(), rooms.showPickupsProperty(), rooms.showAnchorsProperty(),
            rooms.showDiffProperty()};
        for (int i = 0; i < names.length; i++) {
            CheckBox box = new CheckBox(names[i]);
            box.selectedProperty().bindBidirectional(props[i]);
            toggles.getChildren().add(box);
        }
        return new BorderPane(rooms, toggles, null, null, null);
    }

    /**
     * Runs {@code then} (which closes or replaces the open project) once that loses nothing: at
     * once when nothing is unsaved or the user discards it, after the save when the user saves it,
     * never when the user cancels or the save fails (its error says why).
     */
    public void closeProjectThen(Runnable then) {
        if (!model.dirtyProperty().get()) {
            then.run();
            return;
        }
        Path file = model.fileProperty().get();
        switch (files.unsavedChanges(file == null ? "the unsaved project" : file.getFileName().toString())) {
            case DISCARD -> then.run();
            case SAVE -> {
                if (!model.save(then)) {
                    files.saveAs().ifPresent(p -> model.saveAs(p, then));
                }
            }
            default -> {
                // cancelled: the project stays open as it is
            }
        }
    }

    private MenuBar menus(FileChooserPort files) {
        MenuItem newProject = item("New", "Shortcut+N", () -> closeProjectThen(() -> model.open(null)));
        MenuItem open = item("Open…", "Shortcut+O", () -> files.open().ifPresent(p -> closeProjectThen(() -> model.open(p))));
        MenuItem save = item("Save", "Shortcut+S", () -> {
            if (!model.save()) {
                files.saveAs().ifPresent(model::saveAs);
            }
        });
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", () -> files.saveAs().ifPresent(model::saveAs));
        Menu recent = new Menu("Recent projects");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : files.recent()) {
                MenuItem item = new MenuItem(p.getFileName().toString());
                item.setOnAction(x -> closeProjectThen(() -> model.open(p)));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem openBundle = item("Open replay bundle…", "Shortcut+Shift+O",
                () -> files.open().ifPresent(p -> closeProjectThen(() -> model.openBundle(p))));
        MenuItem saveBundle = item("Save replay bundle…", "Shortcut+Shift+B", () -> files.saveAs().ifPresent(model::saveBundle));
        Menu file = new Menu("File", null, newProject, open, recent, save, saveAs, openBundle, saveBundle);
        MenuItem undo = item("Undo", "Shortcut+Z", () -> model.undoManager().undo());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", () -> model.undoManager().redo());
        undo.setId("undo");
        redo.setId("redo");
        model.undoManager().revisionProperty().addListener((o, a, b) -> {
            undo.setText("Undo " + model.undoManager().undoDescription());
            redo.setText("Redo " + model.undoManager().redoDescription());
            undo.setDisable(!model.undoManager().canUndo());
            redo.setDisable(!model.undoManager().canRedo());
        });
        Menu edit = new Menu("Edit", null, undo, redo);
        MenuItem all = item("Regenerate all", "F5", model::reseed);
        MenuItem room = item("Regenerate selected room", "Shortcut+R", () -> part("room:"));
        MenuItem subtree = item("Regenerate subtree", "Shortcut+T", () -> part("subtree:"));
        MenuItem region = item("Regenerate region", "Shortcut+G", () -> {
            Rect r = rooms.regionProperty().get();
            if (r != null) {
                model.reseedPart("region:" + r.x() + "," + r.y() + "," + r.width() + "," + r.height());
            }
        });
        MenuItem kase = item("Regenerate case", "Shortcut+K", () -> model.reseedPart("case"));
        MenuItem chunk = item("Regenerate selected chunk", "Shortcut+J", () -> {
            if (chunks.selectedChunk() == null) {
                return;
            }
            if (!showingProjectWorld()) {
                model.errorProperty().set("Chunk re-seeds belong to the project's world: choose \"" + PROJECT_WORLD
                        + "\" above the chunk map first.");
            } else {
                model.reseedPart("chunk:" + chunks.selectedChunk().text());
            }
        });
        room.setId("regenerate-room");
        MenuItem unpin = item("Unpin selected anchor", "Shortcut+U", () -> {
            String id = model.selectedRoomProperty().get();
            if (id != null) {
                model.unpin(id);
            }
        });
        Menu generate = new Menu("Generate", null, all, room, subtree, region, kase, chunk, unpin);
        return new MenuBar(file, edit, generate);
    }

    private void part(String prefix) {
        String id = model.selectedRoomProperty().get();
        if (id != null) {
            model.reseedPart(prefix + id);
        }
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Parent seedBar() {
        seedField.setId("seed");
        seedField.setPromptText("seed: a number or a text");
        // The field and the history list follow the project once per turn of the event loop: a
        // burst of a thousand seeds updates them once, not a thousand times.
        org.worldbench.editor.task.Coalescer showSeed = new org.worldbench.editor.task.Coalescer(() -> {
            var p = model.projectProperty().get();
            String text = p == null ? "" : p.seed().display();
            if (!text.equals(seedField.getText())) {
                seedField.setText(text);
            }
        });
        model.projectProperty().addListener((o, a, p) -> showSeed.request());
        Button apply = new Button("Apply");
        apply.setId("apply-seed");
        apply.setOnAction(e -> model.setSeed(seedField.getText()));
        seedField.setOnAction(e -> model.setSeed(seedField.getText()));
        Button reseed = new Button("Re-seed");
        reseed.setId("reseed");
        reseed.setOnAction(e -> model.reseed());
        CheckBox lock = new CheckBox("Lock");
        lock.selectedProperty().bindBidirectional(model.seedLockedProperty());
        reseed.disableProperty().bind(model.seedLockedProperty());
        ComboBox<String> history = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(model.seedHistory()));
        org.worldbench.editor.task.Coalescer showHistory = new org.worldbench.editor.task.Coalescer(
                () -> history.getItems().setAll(model.seedHistory()));
        model.seedHistory().addListener((javafx.collections.ListChangeListener<String>) c -> showHistory.request());
        history.setPromptText("history");
        history.setOnAction(e -> {
            if (history.getValue() != null && !history.getValue().equals(seedField.getText())) {
                model.setSeed(history.getValue());
            }
        });
        HBox bar = new HBox(8, new Label("Seed"), seedField, apply, reseed, lock, history);
        bar.getStyleClass().add(OPAQUE_BAR);
        HBox.setHgrow(seedField, Priority.ALWAYS);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private Parent statusBar(FxTaskExecutor executor) {
        ProgressBar progress = new ProgressBar();
        Label stage = new Label();
        if (executor != null) {
            progress.progressProperty().bind(executor.progressProperty());
            stage.textProperty().bind(executor.stageProperty());
        }
        model.resultProperty().addListener((o, a, r) -> status.setText(r.district().rooms().size() + " rooms · "
                + r.caseFile().evidence().size() + " clues · " + r.population().entities().size() + " entities"));
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            Path p = model.fileProperty().get();
            return (p == null ? "unsaved project" : p.getFileName().toString()) + (model.dirtyProperty().get() ? " *" : "");
        }, model.fileProperty(), model.dirtyProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setOnAction(e -> model.cancel());
        // Progress and Cancel only while a job runs (its stage is named); hidden, the bar keeps its place.
        progress.visibleProperty().bind(stage.textProperty().isNotEmpty());
        cancel.disableProperty().bind(stage.textProperty().isEmpty());
        HBox bar = new HBox(12, status, stage, progress, cancel, file);
        bar.getStyleClass().add(OPAQUE_BAR);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }
}
