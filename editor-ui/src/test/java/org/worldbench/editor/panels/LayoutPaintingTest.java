package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.district.PlacedRoom;

/**
 * The layout graph's picture: nodes in their room type's colour with anchor and selection rings, at
 * the placed positions or in the force-directed drawing, and the node being dragged.
 */
class LayoutPaintingTest extends PaintingPixels {

    @Test
    void theForceDirectedDrawingIsSeededPullsConnectedRoomsTogetherAndStaysInTheDistrict() {
        Map<String, double[]> once = ForceLayout.compute(district);
        Map<String, double[]> again = new ForceLayout().centres(district);
        assertEquals(district.rooms().size(), once.size(), "every room drawn");
        for (PlacedRoom r : district.rooms()) {
            assertArrayEquals(once.get(r.id()), again.get(r.id()), "the same district, the same drawing: " + r.id());
            double[] c = once.get(r.id());
            double m = ForceLayout.MARGIN;
            assertTrue(c[0] >= m && c[0] <= district.width() - m && c[1] >= m && c[1] <= district.height() - m,
                    r.id() + " inside the district's box, clear of its edges: " + c[0] + "," + c[1]);
        }
        double connected = 0;
        for (var c : district.graph().connections()) {
            connected += distance(once.get(c.from()), once.get(c.to()));
        }
        connected /= district.graph().connections().size();
        double all = 0;
        int pairs = 0;
        for (PlacedRoom a : district.rooms()) {
            for (PlacedRoom b : district.rooms()) {
                if (a.id().compareTo(b.id()) < 0) {
                    all += distance(once.get(a.id()), once.get(b.id()));
                    pairs++;
                }
            }
        }
        all /= pairs;
        assertTrue(connected < all / 2, "connected rooms lie close: " + connected + " tiles apart on average, any two " + all);
        Map<String, double[]> placed = LayoutPainting.placedCentres(district);
        assertTrue(district.rooms().stream().anyMatch(r -> distance(placed.get(r.id()), once.get(r.id())) > 5),
                "a drawing of its own, not the placed positions");
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void forceDirectedNodesAreDrawnAtTheirForceDirectedCentres() {
        Viewport view = new Viewport(8, 0, 0);
        ForceLayout force = new ForceLayout();
        PanelFrame f = PanelFrame.paint(8 * district.width() + 60, 8 * district.height() + 40,
                new LayoutPainting(district, view, null, null, 0, 0, force), null);
        Map<String, double[]> centres = force.ifComputed(district);
        assertNotNull(centres, "the painting computed the drawing (on its own thread) and kept it for hit tests");
        // What could be drawn over a node: room labels and gate labels (nodes are drawn after edges).
        List<Rectangle2D> labels = new ArrayList<>();
        for (PlacedRoom r : district.rooms()) {
            labels.add(labelBox(r.id(), view.toScreenX(centres.get(r.id())[0]) + 10, view.toScreenY(centres.get(r.id())[1]) + 4));
        }
        for (var c : district.graph().connections()) {
            if (c.requires() != null) {
                double[] a = centres.get(c.from());
                double[] b = centres.get(c.to());
                labels.add(labelBox(c.requires(), view.toScreenX((a[0] + b[0]) / 2) + 3, view.toScreenY((a[1] + b[1]) / 2) - 3));
            }
        }
        int checked = 0;
        for (PlacedRoom r : district.rooms()) {
            double[] c = centres.get(r.id());
            int x = (int) Math.round(view.toScreenX(c[0])) - 2;
            int y = (int) Math.round(view.toScreenY(c[1])) - 5; // inside the node's disc (radius 8), above its label
            boolean clear = !covers(labels, x, y)
                    && district.rooms().stream().noneMatch(o -> o != r && distance(centres.get(o.id()), c) * 8 < 24);
            if (clear) {
                assertPixel(argb(Colours.roomType(r.type())), f, x, y, "node " + r.id());
                checked++;
            }
        }
        assertTrue(checked > district.rooms().size() / 4, checked + " nodes checked");
    }

    @Test
    void layoutNodesAreDrawnInTheirRoomTypeColourWithAnchorAndSelectionRings() {
        // Scale 8: every node centre (a half tile at most off the grid) falls on a whole pixel.
        Viewport view = new Viewport(8, 0, 0);
        int w = 8 * district.width() + 60;
        int h = 8 * district.height() + 40;
        PlacedRoom chosen = district.rooms().stream().filter(r -> r.anchor() == null).findFirst().orElseThrow();
        PanelFrame f = PanelFrame.paint(w, h, new LayoutPainting(district, view, chosen.id(), null, 0, 0), null);
        List<Rectangle2D> obstacles = new ArrayList<>();
        for (PlacedRoom r : district.rooms()) {
            double x = view.toScreenX(LayoutPainting.cx(r));
            double y = view.toScreenY(LayoutPainting.cy(r));
            obstacles.add(labelBox(r.id(), x + 8 + 2, y + 4));
        }
        int nodes = 0;
        int rings = 0;
        for (PlacedRoom r : district.rooms()) {
            int x = (int) view.toScreenX(LayoutPainting.cx(r));
            int y = (int) view.toScreenY(LayoutPainting.cy(r));
            assertEquals(x, view.toScreenX(LayoutPainting.cx(r)));
            // Nothing of another node (its selection ring reaches 15 px) nor any label near this node.
            boolean alone = !covers(obstacles, x, y) && !covers(obstacles, x, y - 14);
            for (PlacedRoom o : district.rooms()) {
                if (o != r && Math.hypot(view.toScreenX(LayoutPainting.cx(o)) - x, view.toScreenY(LayoutPainting.cy(o)) - y) < 32) {
                    alone = false;
                }
            }
            if (!alone) {
                continue;
            }
            assertPixel(argb(Colours.roomType(r.type())), f, x, y, "node " + r.id());
            nodes++;
            if (r.anchor() != null) {
                assertPixel(argb(Colours.ANCHOR), f, x, y - 11, "anchor ring of " + r.id());
                rings++;
            }
            if (r == chosen) {
                assertPixel(argb(Colours.SELECTION), f, x, y - 14, "selection ring of " + r.id());
                rings++;
            } else {
                assertNotEquals(hex(argb(Colours.SELECTION)), hex(pixel(f, x, y - 14)), "no selection ring around " + r.id());
            }
        }
        assertTrue(nodes >= district.rooms().size() / 2, "nodes checked: " + nodes + " of " + district.rooms().size());
        assertTrue(rings >= 2, "rings checked: " + rings);
    }

    @Test
    void aDraggedNodeIsDrawnWhereThePointerHoldsIt() {
        Viewport view = new Viewport(8, 0, 0);
        int w = 8 * district.width() + 60;
        int h = 8 * district.height() + 40;
        PlacedRoom r = district.room("office").orElseThrow();
        int x = (int) view.toScreenX(LayoutPainting.cx(r));
        int y = (int) view.toScreenY(LayoutPainting.cy(r));
        int colour = argb(Colours.roomType(r.type()));
        PanelFrame still = PanelFrame.paint(w, h, new LayoutPainting(district, view, null, null, 0, 0), null);
        PanelFrame dragged = PanelFrame.paint(w, h, new LayoutPainting(district, view, null, "office", 0, 200), null);
        assertPixel(colour, still, x, y, "office before the drag");
        assertPixel(colour, dragged, x, y + 200, "office where it is dragged to");
        assertNotEquals(hex(colour), hex(pixel(dragged, x, y)), "no node left behind");
        assertNotEquals(hex(colour), hex(pixel(still, x, y + 200)));
    }
}
