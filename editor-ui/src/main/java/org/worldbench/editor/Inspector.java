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

/** The inspector: the selected room's (or clue's) facts in a ControlsFX property sheet. */
final class Inspector {

    private final PropertySheet sheet = new PropertySheet();
    private final javafx.animation.PauseTransition throttle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
    private final EditorViewModel model;

    private final org.worldbench.editor.panels.ChunkPanel chunks;

    Inspector(EditorViewModel model, org.worldbench.editor.panels.ChunkPanel chunks) {
        this.model = model;
        this.chunks = chunks;
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        // Rebuilding a property sheet is costly: a burst of changes is throttled into one rebuild.
        throttle.setOnFinished(e -> refresh());
        chunks.selectedChunkProperty().addListener((o, a, b) -> throttle.playFromStart());
        model.selectedRoomProperty().addListener((o, a, b) -> throttle.playFromStart());
        model.selectedEvidenceProperty().addListener((o, a, b) -> throttle.playFromStart());
        model.resultProperty().addListener((o, a, b) -> throttle.playFromStart());
    }

    PropertySheet view() {
        return sheet;
    }

    /** Rebuilds the sheet at once. */
    void refreshNow() {
        throttle.stop();
        refresh();
    }

    private void refresh() {
        List<Row> items = new ArrayList<>();
        GenerationResult r = model.resultProperty().get();
        if (r != null) {
            Optional<PlacedRoom> room = Optional.ofNullable(model.selectedRoomProperty().get()).flatMap(id -> r.district().room(id));
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
            Optional.ofNullable(model.selectedEvidenceProperty().get()).flatMap(id -> r.caseFile().evidence(id)).ifPresent(e -> {
                items.add(item("Clue", "id", e.id()));
                items.add(item("Clue", "type", e.type().jsonName()));
                items.add(item("Clue", "what", e.name()));
                items.add(item("Clue", "reveals", String.join(", ", e.reveals())));
                items.add(item("Clue", "requires", String.join(", ", e.requires())));
                items.add(item("Clue", "red herring", Boolean.toString(e.redHerring())));
            });
            org.worldbench.engine.world.ChunkId chunkId = chunks.selectedChunk();
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
        show(items);
    }

    /**
     * Shows the rows. When they are the rows already shown (same categories, names and types, as
     * after most regenerations) only their values change: rebuilding a property sheet's editors
     * costs the FX thread tens of milliseconds of CSS and layout, updating a value next to nothing.
     */
    private void show(List<Row> rows) {
        List<PropertySheet.Item> shown = sheet.getItems();
        boolean same = shown.size() == rows.size();
        for (int i = 0; same && i < rows.size(); i++) {
            same = ((Row) shown.get(i)).sameShape(rows.get(i));
        }
        if (same) {
            for (int i = 0; i < rows.size(); i++) {
                ((Row) shown.get(i)).takeValueOf(rows.get(i));
            }
        } else {
            sheet.getItems().setAll(rows);
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

        boolean sameShape(Row other) {
            return category.equals(other.category) && name.equals(other.name) && type == other.type && editable == other.editable;
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
