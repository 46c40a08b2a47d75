package org.worldbench.editor.panels;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.concurrent.Executor;
import javafx.scene.input.MouseButton;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.geom.Rect;

/**
 * The tile map with overlays a designer toggles (BSP partition, doors and gates, entities,
 * evidence, pickups, anchors). Click a room to select it (the selection every panel shares);
 * shift-drag to draw out a region; wheel zooms, secondary-drag pans.
 */
public final class RoomsPanel extends PaintedPanel {

    final BooleanProperty showBsp = new SimpleBooleanProperty(true);
    final BooleanProperty showDoors = new SimpleBooleanProperty(true);
    final BooleanProperty showGates = new SimpleBooleanProperty(true);
    final BooleanProperty showEntities = new SimpleBooleanProperty(true);
    final BooleanProperty showEvidence = new SimpleBooleanProperty(true);
    final BooleanProperty showPickups = new SimpleBooleanProperty(true);
    final BooleanProperty showAnchors = new SimpleBooleanProperty(true);
    final BooleanProperty showDiff = new SimpleBooleanProperty(false);
    private District previous;
    private District current;
    private final ObjectProperty<Rect> region = new SimpleObjectProperty<>();
    private final EditorViewModel model;
    private final ZoomPan view;
    private final TileImages tiles = new TileImages();
    private double dragStartX;
    private double dragStartY;

    public RoomsPanel(EditorViewModel model, Executor painter) {
        super(painter);
        this.model = model;
        this.view = new ZoomPan(surface, 7, this::redraw);
        model.resultProperty().addListener((o, a, b) -> {
            // The diff overlay compares each generation with the one it replaced.
            previous = a == null ? null : a.district();
            current = b == null ? null : b.district();
            redraw();
        });
        showDiff.addListener((o, a, b) -> redraw());
        model.selectedRoomProperty().addListener((o, a, b) -> redraw());
        model.selectedEvidenceProperty().addListener((o, a, b) -> redraw());
        for (BooleanProperty p : new BooleanProperty[] {showBsp, showDoors, showGates, showEntities, showEvidence, showPickups, showAnchors}) {
            p.addListener((o, a, b) -> redraw());
        }
        surface.setOnMousePressed(e -> {
            dragStartX = e.getX();
            dragStartY = e.getY();
        });
        surface.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY || model.resultProperty().get() == null) {
                return;
            }
            int x0 = (int) Math.floor(view.viewport().toWorldX(Math.min(dragStartX, e.getX())));
            int y0 = (int) Math.floor(view.viewport().toWorldY(Math.min(dragStartY, e.getY())));
            int x1 = (int) Math.floor(view.viewport().toWorldX(Math.max(dragStartX, e.getX())));
            int y1 = (int) Math.floor(view.viewport().toWorldY(Math.max(dragStartY, e.getY())));
            if (e.isShiftDown() && (x1 > x0 || y1 > y0)) {
                region.set(new Rect(Math.max(0, x0), Math.max(0, y0), Math.max(1, x1 - x0 + 1), Math.max(1, y1 - y0 + 1)));
            } else {
                selectAt(x1, y1);
            }
            redraw();
        });
    }

    public BooleanProperty showBspProperty() {
        return showBsp;
    }

    public BooleanProperty showDoorsProperty() {
        return showDoors;
    }

    /** The gates overlay: each ability-gated door ringed and named with the ability it needs. */
    public BooleanProperty showGatesProperty() {
        return showGates;
    }

    public BooleanProperty showEntitiesProperty() {
        return showEntities;
    }

    public BooleanProperty showEvidenceProperty() {
        return showEvidence;
    }

    public BooleanProperty showPickupsProperty() {
        return showPickups;
    }

    public BooleanProperty showAnchorsProperty() {
        return showAnchors;
    }

    /** The diff overlay: tiles changed since the previous generation. */
    public BooleanProperty showDiffProperty() {
        return showDiff;
    }

    /** Tiles that differ from the previous generation (0 without one or of another size). */
    public int changedTiles() {
        int[] n = {0};
        TileDiff.forEach(previous, current, (x, y) -> n[0]++);
        return n[0];
    }

    /** The region drawn out with shift-drag, or null. */
    public ObjectProperty<Rect> regionProperty() {
        return region;
    }

    /** Selects the room under a tile (or clears the selection). */
    void selectAt(int tx, int ty) {
        District d = model.resultProperty().get().district();
        String hit = null;
        for (PlacedRoom r : d.rooms()) {
            if (r.bounds().contains(tx, ty)) {
                hit = r.id();
            }
        }
        model.selectedRoomProperty().set(hit);
    }

    /** Screen position of a tile's centre (tests click there). */
    public double[] screenOf(int tx, int ty) {
        return new double[] {view.viewport().toScreenX(tx + 0.5), view.viewport().toScreenY(ty + 0.5)};
    }

    @Override
    PanelFrame.Painting painting() {
        return new RoomsPainting(model.resultProperty().get(), previous, view.viewport(), model.selectedRoomProperty().get(),
                model.selectedEvidenceProperty().get(), new RoomsPainting.Overlays(showBsp.get(), showDoors.get(), showGates.get(), showEntities.get(),
                        showEvidence.get(), showPickups.get(), showAnchors.get(), showDiff.get()), region.get(), tiles);
    }
}
