package org.worldbench.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;

/** The inspector: the selected room's (or clue's) facts in a ControlsFX property sheet. */
final class Inspector {

    private final PropertySheet sheet = new PropertySheet();
    private final EditorViewModel model;

    Inspector(EditorViewModel model) {
        this.model = model;
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        model.selectedRoomProperty().addListener((o, a, b) -> refresh());
        model.selectedEvidenceProperty().addListener((o, a, b) -> refresh());
        model.resultProperty().addListener((o, a, b) -> refresh());
    }

    PropertySheet view() {
        return sheet;
    }

    private void refresh() {
        List<PropertySheet.Item> items = new ArrayList<>();
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
            items.add(item("Case", "type", r.caseFile().type() + " (" + r.caseFile().difficulty() + ")"));
            items.add(item("Case", "culprit", r.caseFile().npc(r.caseFile().culprit()).map(n -> n.name()).orElse("?")));
        }
        sheet.getItems().setAll(items);
    }

    private static PropertySheet.Item item(String category, String name, String value) {
        return new PropertySheet.Item() {
            @Override
            public Class<?> getType() {
                return String.class;
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
                return name;
            }

            @Override
            public Object getValue() {
                return value;
            }

            @Override
            public void setValue(Object v) {
                // read-only: edits go through the panels and the seed bar, as undoable jobs
            }

            @Override
            public boolean isEditable() {
                return false;
            }

            @Override
            public Optional<ObservableValue<? extends Object>> getObservableValue() {
                return Optional.empty();
            }
        };
    }
}
