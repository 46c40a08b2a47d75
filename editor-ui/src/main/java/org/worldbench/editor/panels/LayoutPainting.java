package org.worldbench.editor.panels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.layout.DoorType;

/**
 * The layout graph panel's picture: rooms at their positions coloured by type, connections by door
 * type (main solid, locked red with its ability, hidden dashed, shortcut blue), anchors ringed in
 * gold, the selection in yellow, and the room being dragged drawn where the pointer holds it.
 */
record LayoutPainting(District district, Viewport view, String selectedRoom, String dragging, double dragDx, double dragDy)
        implements PanelFrame.Painting {

    private static final double RADIUS = 8;
    private static final Color GATE_LABEL = new Color(0xFF9090);
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

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (district == null) {
            return;
        }
        for (Connection c : district.graph().connections()) {
            PlacedRoom a = district.room(c.from()).orElseThrow();
            PlacedRoom b = district.room(c.to()).orElseThrow();
            g.setColor(Colours.door(c.doorType()));
            g.setStroke(c.doorType() == DoorType.HIDDEN ? HIDDEN : c.requires() != null ? GATED : PLAIN);
            double ax = view.toScreenX(cx(a));
            double ay = view.toScreenY(cy(a));
            double bx = view.toScreenX(cx(b));
            double by = view.toScreenY(cy(b));
            g.draw(new Line2D.Double(ax, ay, bx, by));
            if (c.requires() != null) {
                Labels.draw(g, c.requires(), (ax + bx) / 2 + 3, (ay + by) / 2 - 3, GATE_LABEL);
            }
        }
        for (PlacedRoom r : district.rooms()) {
            double x = view.toScreenX(cx(r));
            double y = view.toScreenY(cy(r));
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
