package org.worldbench.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The inspector: the selected room's, clue's or chunk's facts and the editable settings in a
 * ControlsFX property sheet.
 *
 * <p>Building a property sheet's rows costs the FX thread 25–85 ms (an editor control per row, its
 * skin and CSS), so a sheet is built once per shape of rows (which categories and names: nothing
 * selected, a room, a clue, a chunk of some world...) and kept: when the selection changes shape,
 * the sheet of that shape is shown and its values updated in place, which costs next to nothing.
 * A session meets only a handful of shapes; the least recently used sheet beyond
 * {@value #KEPT_SHEETS} is dropped.
 */
final class Inspector {

    /** Sheets kept, one per shape of rows. */
    static final int KEPT_SHEETS = 8;

    private final javafx.scene.layout.StackPane view = new javafx.scene.layout.StackPane();
    private final java.util.LinkedHashMap<List<String>, PropertySheet> sheets = new java.util.LinkedHashMap<>(16, 0.75f, true);
    private PropertySheet shown;
    private final javafx.animation.PauseTransition warmUp = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
    private boolean warmedUp;
    private final javafx.animation.PauseTransition throttle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
    private final EditorViewModel model;

    private final org.worldbench.editor.panels.ChunkPanel chunks;

    Inspector(EditorViewModel model, org.worldbench.editor.panels.ChunkPanel chunks) {
        this.model = model;
        this.chunks = chunks;
        // A burst of changes is throttled into one update.
        throttle.setOnFinished(e -> refresh());
        warmUp.setOnFinished(e -> buildLikelySheets());
        chunks.selectedChunkProperty().addListener((o, a, b) -> throttle.playFromStart());
        model.selectedRoomProperty().addListener((o, a, b) -> throttle.playFromStart());
        model.selectedEvidenceProperty().addListener((o, a, b) -> throttle.playFromStart());
        model.resultProperty().addListener((o, a, b) -> throttle.playFromStart());
    }

    javafx.scene.Node view() {
        return view;
    }

    /** The sheet on screen (null before the first update). */
    PropertySheet shownSheet() {
        return shown;
    }

    /** Updates the sheet at once. */
    void refreshNow() {
        throttle.stop();
        refresh();
    }

    private void refresh() {
        show(rows(model.selectedRoomProperty().get(), model.selectedEvidenceProperty().get(), chunks.selectedChunk()));
        if (!warmedUp && model.resultProperty().get() != null) {
            warmedUp = true;
            warmUp.playFromStart();
        }
    }

    /**
     * Builds, hidden, the sheets a first click will most likely want (a room, a clue), a moment
     * after the first result is on screen, so that click finds its sheet ready.
     */
    private void buildLikelySheets() {
        GenerationResult r = model.resultProperty().get();
        if (r == null) {
            return;
        }
        r.district().rooms().stream().findFirst().ifPresent(room -> build(rows(room.id(), null, null)));
        r.caseFile().evidence().stream().findFirst().ifPresent(clue -> build(rows(null, clue.id(), null)));
    }

    /** The rows for this selection (each part may be null) over the current result. */
    private List<Row> rows(String roomId, String evidenceId, org.worldbench.engine.world.ChunkId chunkId) {
        List<Row> items = new ArrayList<>();
        GenerationResult r = model.resultProperty().get();
        if (r != null) {
            Optional<PlacedRoom> room = Optional.ofNullable(roomId).flatMap(id -> r.district().room(id));
            room.ifPresent(p -> {
                items.add(item("Room", "id", p.id()));
                items.add(item("Room", "type", p.type()));
                items.add(item("Room", "template", p.templateId()));
                items.add(item("Room", "position", p.bounds().x() + ", " + p.bounds().y()));
                items.add(item("Room", "size", p.bounds().width() + " x " + p.bounds().height()));
                items.add(item("Room", "rotation", Integer.toString(p.rotation())));
                items.add(item("Room", "anchor", p.anchor() == null ? "—" : p.anchor()));
                items.add(item("Room", "seed", Long.toString(p.interiorSeed())));
                items.add(item("Room", "doors", Integer.toString(p.doors().size())));
            });
            Optional.ofNullable(evidenceId).flatMap(id -> r.caseFile().evidence(id)).ifPresent(e -> {
                items.add(item("Clue", "id", e.id()));
                items.add(item("Clue", "type", e.type().jsonName()));
                items.add(item("Clue", "what", e.name()));
                items.add(item("Clue", "reveals", String.join(", ", e.reveals())));
                items.add(item("Clue", "requires", String.join(", ", e.requires())));
                items.add(item("Clue", "red herring", Boolean.toString(e.redHerring())));
            });
            if (chunkId != null) {
                items.add(item("Chunk", "id", chunkId.text()));
                chunks.loaded(chunkId).ifPresent(c -> {
                    items.add(item("Chunk", "LOD", Integer.toString(c.lod())));
                    items.add(item("Chunk", "vertices", Integer.toString(c.geometry().vertexCount())));
                    items.add(item("Chunk", "structures", Integer.toString(c.structures().size())));
                    c.metadata().forEach((k, v) -> items.add(item("Chunk", k, v)));
                });
            }
            settings(items);
            items.add(item("Case", "type", r.caseFile().type() + " (" + r.caseFile().difficulty() + ")"));
            items.add(item("Case", "culprit", r.caseFile().npc(r.caseFile().culprit()).map(n -> n.name()).orElse("?")));
        }
        return items;
    }

    /**
     * Shows the rows: in the sheet already built for their shape, with its values updated in place,
     * or else in a new sheet for that shape.
     */
    private void show(List<Row> rows) {
        PropertySheet sheet = build(rows);
        if (sheet != shown) {
            if (shown != null) {
                shown.setVisible(false);
            }
            sheet.setVisible(true);
            shown = sheet;
        }
    }

    /** The sheet for the rows' shape, built (hidden) if there is none yet, holding the rows' values. */
    private PropertySheet build(List<Row> rows) {
        List<String> shape = rows.stream().map(Row::shape).toList();
        PropertySheet sheet = sheets.get(shape);
        if (sheet == null) {
            sheet = newSheet(rows);
            sheets.put(shape, sheet);
            view.getChildren().add(sheet);
            dropLeastRecentlyUsed();
        } else {
            List<PropertySheet.Item> kept = sheet.getItems();
            for (int i = 0; i < rows.size(); i++) {
                ((Row) kept.get(i)).takeValueOf(rows.get(i));
            }
        }
        return sheet;
    }

    private static PropertySheet newSheet(List<Row> rows) {
        PropertySheet sheet = new PropertySheet();
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.getItems().setAll(rows);
        sheet.setVisible(false);
        return sheet;
    }

    private void dropLeastRecentlyUsed() {
        var eldest = sheets.entrySet().iterator();
        while (sheets.size() > KEPT_SHEETS && eldest.hasNext()) {
            PropertySheet dropped = eldest.next().getValue();
            if (dropped != shown) {
                eldest.remove();
                view.getChildren().remove(dropped);
            }
        }
    }

    /** Editable district and case settings: each edit is an undoable job that regenerates. */
    private void settings(List<Row> items) {
        var project = model.projectProperty().get();
        var d = project.district();
        items.add(editable("Settings", "shortcutProbability", Double.class, d.shortcutProbability(), v -> config(d, "shortcutProbability", v)));
        items.add(editable("Settings", "largeRoomProbability", Double.class, d.largeRoomProbability(), v -> config(d, "largeRoomProbability", v)));
        items.add(editable("Settings", "gatedDoors", Integer.class, d.gatedDoors(), v -> config(d, "gatedDoors", v)));
        items.add(editable("Settings", "minRooms", Integer.class, d.minRooms(), v -> config(d, "minRooms", v)));
        items.add(editable("Settings", "maxRooms", Integer.class, d.maxRooms(), v -> config(d, "maxRooms", v)));
        items.add(editable("Settings", "difficulty", String.class, project.caseSettings().difficulty(), v -> {
            try {
                var next = new org.worldbench.engine.project.CaseSettings(project.caseSettings().type(), (String) v);
                model.change("Set difficulty " + v, project.withCaseSettings(next));
            } catch (IllegalArgumentException e) {
                model.errorProperty().set(e.getMessage());
            }
        }));
    }

    /** Replaces one district setting through the project file's own validation. */
    private void config(org.worldbench.engine.district.DistrictConfig d, String field, Object value) {
        var mapper = org.worldbench.engine.io.StrictJson.mapper();
        com.fasterxml.jackson.databind.node.ObjectNode node = mapper.valueToTree(d);
        node.set(field, mapper.valueToTree(value));
        try {
            var next = org.worldbench.engine.io.StrictJson.read("settings", node.toString(),
                    org.worldbench.engine.district.DistrictConfig.class);
            model.change("Set " + field + " " + value, model.projectProperty().get().withDistrict(next));
        } catch (org.worldbench.engine.io.InputException e) {
            model.errorProperty().set(e.problem());
        }
    }

    private static Row item(String category, String name, String value) {
        return editable(category, name, String.class, value, null);
    }

    /** A row of the sheet; read-only when {@code onEdit} is null, else an edit is handed to it. */
    private static Row editable(String category, String name, Class<?> type, Object value, Consumer<Object> onEdit) {
        return new Row(category, name, type, value, onEdit);
    }

    /** One row: its value is observable, so the sheet's editor follows an in-place update. */
    private static final class Row implements PropertySheet.Item {

        private final String category;
        private final String name;
        private final Class<?> type;
        private final boolean editable;
        private final ObjectProperty<Object> value;
        private Consumer<Object> onEdit;

        Row(String category, String name, Class<?> type, Object value, Consumer<Object> onEdit) {
            this.category = category;
            this.name = name;
            this.type = type;
            this.editable = onEdit != null;
            this.value = new SimpleObjectProperty<>(value);
            this.onEdit = onEdit;
        }

        /** What the sheet's editor for this row depends on: its place, type and editability, not its value. */
        String shape() {
            return category + '\u0000' + name + '\u0000' + type.getName() + '\u0000' + editable;
        }

        void takeValueOf(Row other) {
            onEdit = other.onEdit;
            value.set(other.value.get());
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return editable ? name + " (an undoable edit; the district regenerates)" : name;
        }

        @Override
        public Object getValue() {
            return value.get();
        }

        @Override
        public void setValue(Object v) {
            // Read-only rows ignore edits; editable ones become undoable jobs.
            if (onEdit != null && v != null && !v.equals(value.get())) {
                Consumer<Object> edit = onEdit;
                Platform.runLater(() -> edit.accept(v));
            }
        }

        @Override
        public boolean isEditable() {
            return editable;
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(value);
        }
    }
}
