package org.worldbench.editor.panels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.HashMap;
import java.util.Map;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.layout.DoorType;

/**
 * The layout graph panel's picture: rooms at their positions coloured by type, connections by door
 * type (main solid, locked red with its ability, hidden dashed, shortcut blue), anchors ringed in
 * gold, the selection in yellow, and the room being dragged drawn where the pointer holds it.
 *
 * @param force null to draw the rooms where they were placed, else the force-directed drawing to
 *              draw them at (computed here, on the paint thread, the first time)
 */
record LayoutPainting(District district, Viewport view, String selectedRoom, String dragging, double dragDx, double dragDy,
        ForceLayout force) implements PanelFrame.Painting {

    /** The rooms where they were placed. */
    LayoutPainting(District district, Viewport view, String selectedRoom, String dragging, double dragDx, double dragDy) {
        this(district, view, selectedRoom, dragging, dragDx, dragDy, null);
    }

    private static final double RADIUS = 8;
    private static final BasicStroke GATED = new BasicStroke(3);
    private static final BasicStroke PLAIN = new BasicStroke(1.5f);
    private static final BasicStroke HIDDEN = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 5}, 0);
    private static final BasicStroke RING = new BasicStroke(3);
    private static final BasicStroke SELECTED = new BasicStroke(2);

    /** A room's node centre in tiles. */
    static double cx(PlacedRoom r) {
        return r.bounds().x() + r.bounds().width() / 2.0;
    }

    /** A room's node centre in tiles. */
    static double cy(PlacedRoom r) {
        return r.bounds().y() + r.bounds().height() / 2.0;
    }

    /** Each room's node centre where it was placed, in tiles. */
    static Map<String, double[]> placedCentres(District district) {
        Map<String, double[]> out = new HashMap<>();
        for (PlacedRoom r : district.rooms()) {
            out.put(r.id(), new double[] {cx(r), cy(r)});
        }
        return out;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (district == null) {
            return;
        }
        Map<String, double[]> centres = force == null ? placedCentres(district) : force.centres(district);
        for (Connection c : district.graph().connections()) {
            double[] a = centres.get(c.from());
            double[] b = centres.get(c.to());
            g.setColor(Colours.door(c.doorType()));
            g.setStroke(c.doorType() == DoorType.HIDDEN ? HIDDEN : c.requires() != null ? GATED : PLAIN);
            double ax = view.toScreenX(a[0]);
            double ay = view.toScreenY(a[1]);
            double bx = view.toScreenX(b[0]);
            double by = view.toScreenY(b[1]);
            g.draw(new Line2D.Double(ax, ay, bx, by));
            if (c.requires() != null) {
                Labels.draw(g, c.requires(), (ax + bx) / 2 + 3, (ay + by) / 2 - 3, Colours.GATE);
            }
        }
        for (PlacedRoom r : district.rooms()) {
            double x = view.toScreenX(centres.get(r.id())[0]);
            double y = view.toScreenY(centres.get(r.id())[1]);
            if (r.id().equals(dragging)) {
                x += dragDx;
                y += dragDy;
            }
            g.setColor(Colours.roomType(r.type()));
            g.fill(new Ellipse2D.Double(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS));
            if (r.anchor() != null) {
                g.setColor(Colours.ANCHOR);
                g.setStroke(RING);
                g.draw(new Ellipse2D.Double(x - RADIUS - 3, y - RADIUS - 3, 2 * RADIUS + 6, 2 * RADIUS + 6));
            }
            if (r.id().equals(selectedRoom)) {
                g.setColor(Colours.SELECTION);
                g.setStroke(SELECTED);
                g.draw(new Ellipse2D.Double(x - RADIUS - 6, y - RADIUS - 6, 2 * RADIUS + 12, 2 * RADIUS + 12));
            }
            Labels.draw(g, r.id(), x + RADIUS + 2, y + 4, Color.WHITE);
        }
    }
}
