package org.worldbench.editor.panels;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.Door;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.population.Entity;

/**
 * The tile map with overlays a designer toggles (BSP partition, doors and gates, entities,
 * evidence, pickups, anchors). Click a room to select it (the selection every panel shares);
 * shift-drag to draw out a region; wheel zooms, secondary-drag pans.
 */
public final class RoomsPanel extends CanvasPane {

    final BooleanProperty showBsp = new SimpleBooleanProperty(true);
    final BooleanProperty showDoors = new SimpleBooleanProperty(true);
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
    private javafx.scene.image.WritableImage tileImage;
    private District tileImageOf;
    private double dragStartX;
    private double dragStartY;

    public RoomsPanel(EditorViewModel model) {
        this.model = model;
        this.view = new ZoomPan(canvas, 7, this::redraw);
        model.resultProperty().addListener((o, a, b) -> {
            // The diff overlay compares each generation with the one it replaced.
            previous = a == null ? null : a.district();
            current = b == null ? null : b.district();
            redraw();
        });
        showDiff.addListener((o, a, b) -> redraw());
        model.selectedRoomProperty().addListener((o, a, b) -> redraw());
        model.selectedEvidenceProperty().addListener((o, a, b) -> redraw());
        for (BooleanProperty p : new BooleanProperty[] {showBsp, showDoors, showEntities, showEvidence, showPickups, showAnchors}) {
            p.addListener((o, a, b) -> redraw());
        }
        canvas.setOnMousePressed(e -> {
            dragStartX = e.getX();
            dragStartY = e.getY();
        });
        canvas.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY || model.resultProperty().get() == null) {
                return;
            }
            int x0 = (int) Math.floor(view.toWorldX(Math.min(dragStartX, e.getX())));
            int y0 = (int) Math.floor(view.toWorldY(Math.min(dragStartY, e.getY())));
            int x1 = (int) Math.floor(view.toWorldX(Math.max(dragStartX, e.getX())));
            int y1 = (int) Math.floor(view.toWorldY(Math.max(dragStartY, e.getY())));
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
        if (previous == null || current == null || previous.width() != current.width() || previous.height() != current.height()) {
            return 0;
        }
        int n = 0;
        for (int y = 0; y < current.height(); y++) {
            for (int x = 0; x < current.width(); x++) {
                n += previous.tiles().code(x, y) != current.tiles().code(x, y) ? 1 : 0;
            }
        }
        return n;
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
        return new double[] {view.toScreenX(tx + 0.5), view.toScreenY(ty + 0.5)};
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Colours.BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        GenerationResult result = model.resultProperty().get();
        if (result == null) {
            return;
        }
        District d = result.district();
        double s = view.scale;
        // The tiles are one image a result (a pixel a tile), scaled up without smoothing: one draw
        // call instead of eight thousand rectangles.
        if (tileImageOf != d) {
            tileImage = new javafx.scene.image.WritableImage(d.width(), d.height());
            javafx.scene.image.PixelWriter pw = tileImage.getPixelWriter();
            for (int y = 0; y < d.height(); y++) {
                for (int x = 0; x < d.width(); x++) {
                    pw.setColor(x, y, Colours.tile(d.tiles().get(x, y)));
                }
            }
            tileImageOf = d;
        }
        g.setImageSmoothing(false);
        g.drawImage(tileImage, view.toScreenX(0), view.toScreenY(0), d.width() * s, d.height() * s);
        for (PlacedRoom r : d.rooms()) {
            boolean selected = r.id().equals(model.selectedRoomProperty().get());
            boolean anchor = r.anchor() != null;
            g.setStroke(selected ? Colours.SELECTION : anchor && showAnchors.get() ? Colours.ANCHOR : Colours.roomType(r.type()));
            g.setLineWidth(selected || anchor ? 3 : 1);
            g.strokeRect(view.toScreenX(r.bounds().x()), view.toScreenY(r.bounds().y()), r.bounds().width() * s, r.bounds().height() * s);
            if (showBsp.get()) {
                g.setStroke(Color.web("#5fb8b0", 0.8));
                g.setLineWidth(1);
                for (Rect sub : r.subRooms()) {
                    g.strokeRect(view.toScreenX(sub.x()), view.toScreenY(sub.y()), sub.width() * s, sub.height() * s);
                }
            }
            if (showDoors.get()) {
                for (Door door : r.doors()) {
                    var c = d.graph().connection(door.connectionId()).orElseThrow();
                    g.setFill(Colours.door(c.doorType()));
                    g.fillRect(view.toScreenX(door.x()), view.toScreenY(door.y()), s, s);
                }
            }
            g.setFill(Color.WHITE);
            g.fillText(r.anchor() != null ? "⚓ " + r.id() : r.id(), view.toScreenX(r.bounds().x() + 1), view.toScreenY(r.bounds().y() + 2));
        }
        if (showEntities.get()) {
            for (Entity e : result.population().entities()) {
                if (!e.kind().equals("evidence") && !e.kind().equals("pickup")) {
                    g.setFill(e.kind().equals("enemy") ? Color.web("#ff6b6b") : Color.web("#c0c0ff"));
                    g.fillOval(view.toScreenX(e.x() + 0.25), view.toScreenY(e.y() + 0.25), s / 2, s / 2);
                }
            }
        }
        if (showEvidence.get()) {
            for (Evidence e : result.caseFile().evidence()) {
                boolean selected = e.id().equals(model.selectedEvidenceProperty().get());
                g.setFill(e.redHerring() ? Colours.HERRING : Color.web("#ffd54a"));
                g.fillRect(view.toScreenX(e.x() + 0.2), view.toScreenY(e.y() + 0.2), s * 0.6, s * 0.6);
                if (selected) {
                    g.setStroke(Color.WHITE);
                    g.setLineWidth(2);
                    g.strokeOval(view.toScreenX(e.x() - 1), view.toScreenY(e.y() - 1), s * 3, s * 3);
                }
            }
        }
        if (showPickups.get()) {
            for (AbilityPickup p : d.pickups()) {
                g.setFill(Color.web("#22dd66"));
                g.fillOval(view.toScreenX(p.x()), view.toScreenY(p.y()), s, s);
            }
        }
        if (showDiff.get() && previous != null && previous.width() == d.width() && previous.height() == d.height()) {
            g.setFill(Color.web("#ff3b3b", 0.55));
            for (int y = 0; y < d.height(); y++) {
                for (int x = 0; x < d.width(); x++) {
                    if (previous.tiles().code(x, y) != d.tiles().code(x, y)) {
                        g.fillRect(view.toScreenX(x), view.toScreenY(y), s, s);
                    }
                }
            }
        }
        if (region.get() != null) {
            Rect r = region.get();
            g.setStroke(Color.web("#ffffff", 0.8));
            g.setLineDashes(6, 4);
            g.strokeRect(view.toScreenX(r.x()), view.toScreenY(r.y()), r.width() * s, r.height() * s);
            g.setLineDashes(null);
        }
    }
}
