package org.worldbench.editor.panels;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.layout.DoorType;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The layout graph at the rooms' positions: room types by colour, door types by line (main solid,
 * locked red with its ability, hidden dashed, shortcut blue), anchors ringed in gold. Click selects;
 * dragging a room pins it as a narrative anchor where it is dropped.
 */
public final class LayoutGraphPanel extends CanvasPane {

    private final EditorViewModel model;
    private final ZoomPan view;
    private String dragging;
    private double dragX;
    private double dragY;
    private double pressX;
    private double pressY;

    public LayoutGraphPanel(EditorViewModel model) {
        this.model = model;
        this.view = new ZoomPan(canvas, 6, this::redraw);
        model.resultProperty().addListener((o, a, b) -> redraw());
        model.selectedRoomProperty().addListener((o, a, b) -> redraw());
        canvas.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY || model.resultProperty().get() == null) {
                return;
            }
            dragging = roomAt(e.getX(), e.getY());
            pressX = e.getX();
            pressY = e.getY();
            dragX = e.getX();
            dragY = e.getY();
            model.selectedRoomProperty().set(dragging);
        });
        canvas.setOnMouseDragged(e -> {
            if (dragging != null && e.getButton() == MouseButton.PRIMARY) {
                dragX = e.getX();
                dragY = e.getY();
                redraw();
            }
        });
        canvas.setOnMouseReleased(e -> {
            if (dragging == null) {
                return;
            }
            String room = dragging;
            dragging = null;
            int dx = (int) Math.round((e.getX() - pressX) / view.scale);
            int dy = (int) Math.round((e.getY() - pressY) / view.scale);
            if (dx != 0 || dy != 0) {
                PlacedRoom r = model.resultProperty().get().district().room(room).orElseThrow();
                model.pin(room, r.bounds().x() + dx, r.bounds().y() + dy);
            }
            redraw();
        });
    }

    /** The room whose node is under a screen point, or null. */
    String roomAt(double sx, double sy) {
        District d = model.resultProperty().get().district();
        String best = null;
        double bestDistance = 12 * 12;
        for (PlacedRoom r : d.rooms()) {
            double cx = view.toScreenX(cx(r));
            double cy = view.toScreenY(cy(r));
            double dist = (cx - sx) * (cx - sx) + (cy - sy) * (cy - sy);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = r.id();
            }
        }
        return best;
    }

    /** Screen position of a room's node (tests drag it). */
    public double[] screenOf(String roomId) {
        PlacedRoom r = model.resultProperty().get().district().room(roomId).orElseThrow();
        return new double[] {view.toScreenX(cx(r)), view.toScreenY(cy(r))};
    }

    /** Tiles a screen pixel spans (tests convert drags). */
    public double scale() {
        return view.scale;
    }

    private static double cx(PlacedRoom r) {
        return r.bounds().x() + r.bounds().width() / 2.0;
    }

    private static double cy(PlacedRoom r) {
        return r.bounds().y() + r.bounds().height() / 2.0;
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
        for (Connection c : d.graph().connections()) {
            PlacedRoom a = d.room(c.from()).orElseThrow();
            PlacedRoom b = d.room(c.to()).orElseThrow();
            g.setStroke(Colours.door(c.doorType()));
            g.setLineWidth(c.requires() != null ? 3 : 1.5);
            g.setLineDashes(c.doorType() == DoorType.HIDDEN ? new double[] {6, 5} : null);
            double ax = view.toScreenX(cx(a));
            double ay = view.toScreenY(cy(a));
            double bx = view.toScreenX(cx(b));
            double by = view.toScreenY(cy(b));
            g.strokeLine(ax, ay, bx, by);
            if (c.requires() != null) {
                g.setFill(Color.web("#ff9090"));
                g.fillText(c.requires(), (ax + bx) / 2 + 3, (ay + by) / 2 - 3);
            }
        }
        g.setLineDashes(null);
        for (PlacedRoom r : d.rooms()) {
            double x = view.toScreenX(cx(r));
            double y = view.toScreenY(cy(r));
            if (r.id().equals(dragging)) {
                x += dragX - pressX;
                y += dragY - pressY;
            }
            double radius = 8;
            g.setFill(Colours.roomType(r.type()));
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            if (r.anchor() != null) {
                g.setStroke(Colours.ANCHOR);
                g.setLineWidth(3);
                g.strokeOval(x - radius - 3, y - radius - 3, 2 * radius + 6, 2 * radius + 6);
            }
            if (r.id().equals(model.selectedRoomProperty().get())) {
                g.setStroke(Colours.SELECTION);
                g.setLineWidth(2);
                g.strokeOval(x - radius - 6, y - radius - 6, 2 * radius + 12, 2 * radius + 12);
            }
            g.setFill(Color.WHITE);
            g.fillText(r.id(), x + radius + 2, y + 4);
        }
    }
}
