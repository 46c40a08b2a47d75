package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.tiles.TileType;

/**
 * The panels' pictures painted offscreen from the sample project: the pixels show the data (tile
 * colours at tile centres, room outlines in their type's, the anchor's or the selection's colour,
 * graph nodes in their room type's colour, clue boxes by state, chunk cells in their grid colour),
 * painting is deterministic into a reused image, and nothing to show paints only the background.
 *
 * <p>Pixels are premultiplied ARGB; every colour checked is opaque, so a pixel equals
 * {@code 0xFF000000 | rgb}. Only pixels a shape covers wholly are checked (antialiased edges blend),
 * and only where no text or other shape is drawn over them.
 */
class PaintingsTest {

    private static final int BACKGROUND = argb(Colours.BACKGROUND);
    // The paintings' private colours, as their sources define them.
    private static final int CLUE = 0xFFFFD54A;
    private static final int PICKUP = 0xFF22DD66;
    private static final int BOX = 0xFF3A3F4B;
    private static final int GONE = 0xFF2A2A2A;
    private static final int FOUND = 0xFF2E7D32;

    private static final RoomsPainting.Overlays NONE = new RoomsPainting.Overlays(false, false, false, false, false, false, false, false);

    private static GenerationResult result;
    private static District district;

    @BeforeAll
    static void generate() throws Exception {
        result = PanelFixtures.sampleResult();
        district = result.district();
    }

    private static int argb(Color c) {
        return 0xFF000000 | (c.getRGB() & 0xFFFFFF);
    }

    private static int pixel(PanelFrame f, int x, int y) {
        assertTrue(x >= 0 && y >= 0 && x < f.width() && y < f.height(), "inside the frame: " + x + "," + y);
        return f.pixels()[y * f.width() + x];
    }

    private static String hex(int argb) {
        return String.format("%08X", argb);
    }

    private static void assertPixel(int expected, PanelFrame f, int x, int y, String what) {
        assertEquals(hex(expected), hex(pixel(f, x, y)), what + " at " + x + "," + y);
    }

    /** Label metrics as the paintings draw them (same font, text antialiasing on). */
    private static final FontMetrics METRICS;

    static {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(Labels.FONT);
        METRICS = g.getFontMetrics();
        g.dispose();
    }

    /** Where a label drawn with its baseline at (x, y) may put ink, generously. */
    private static Rectangle2D labelBox(String text, double x, double y) {
        double width = METRICS.stringWidth(text) * 1.25 + 8;
        double top = y - METRICS.getAscent() - 4;
        return new Rectangle2D.Double(x - 3, top, width + 3, y + METRICS.getDescent() + 4 - top);
    }

    private static boolean covers(List<Rectangle2D> boxes, int px, int py) {
        for (Rectangle2D b : boxes) {
            if (b.intersects(px, py, 1, 1)) {
                return true;
            }
        }
        return false;
    }

    // ---- rooms ----------------------------------------------------------------------------------

    private static RoomsPainting rooms(Viewport view, String selectedRoom, RoomsPainting.Overlays overlays) {
        return new RoomsPainting(result, null, view, selectedRoom, null, overlays, null, new TileImages());
    }

    /** The bands a room's outline may touch (3 px either side of each edge) and every room's label. */
    private static List<Rectangle2D> roomObstacles(Viewport v, PlacedRoom except) {
        List<Rectangle2D> boxes = new ArrayList<>();
        double s = v.scale();
        for (PlacedRoom r : district.rooms()) {
            double x0 = v.toScreenX(r.bounds().x());
            double y0 = v.toScreenY(r.bounds().y());
            double x1 = v.toScreenX(r.bounds().x() + r.bounds().width());
            double y1 = v.toScreenY(r.bounds().y() + r.bounds().height());
            if (r != except) {
                boxes.add(new Rectangle2D.Double(x0 - 3, y0 - 3, x1 - x0 + 6, 6));
                boxes.add(new Rectangle2D.Double(x0 - 3, y1 - 3, x1 - x0 + 6, 6));
                boxes.add(new Rectangle2D.Double(x0 - 3, y0 - 3, 6, y1 - y0 + 6));
                boxes.add(new Rectangle2D.Double(x1 - 3, y0 - 3, 6, y1 - y0 + 6));
            }
            String text = r.anchor() != null ? "⚓ " + r.id() : r.id();
            boxes.add(labelBox(text, v.toScreenX(r.bounds().x() + 1), v.toScreenY(r.bounds().y() + 2)));
        }
        assertTrue(s > 0);
        return boxes;
    }

    @Test
    void roomsShowEachTileInItsColourAtItsCentre() {
        Viewport view = new Viewport(4, 0, 0);
        PanelFrame f = PanelFrame.paint(4 * district.width() + 10, 4 * district.height() + 10, rooms(view, null, NONE), null);
        List<Rectangle2D> obstacles = roomObstacles(view, null);
        Set<TileType> kinds = new HashSet<>();
        int floors = 0;
        for (int ty = 0; ty < district.height(); ty++) {
            for (int tx = 0; tx < district.width(); tx++) {
                int px = 4 * tx + 2;
                int py = 4 * ty + 2;
                if (covers(obstacles, px, py)) {
                    continue;
                }
                TileType type = district.tiles().get(tx, ty);
                assertPixel(Colours.tileArgb(type), f, px, py, type + " tile " + tx + "," + ty);
                kinds.add(type);
                floors += type == TileType.FLOOR ? 1 : 0;
            }
        }
        assertTrue(floors > 200, "many floor tiles checked: " + floors);
        assertTrue(kinds.contains(TileType.WALL) && kinds.contains(TileType.EMPTY), "walls and empty ground checked too: " + kinds);
        // Beyond the district: background.
        assertPixel(BACKGROUND, f, f.width() - 2, f.height() - 2, "outside the district");
    }

    /** A point in the middle of one of the room's edges that nothing else is drawn over, as {x, y} on the edge line. */
    private static double[] clearEdgePoint(Viewport v, PlacedRoom r) {
        List<Rectangle2D> obstacles = roomObstacles(v, r);
        double x0 = v.toScreenX(r.bounds().x());
        double y0 = v.toScreenY(r.bounds().y());
        double x1 = v.toScreenX(r.bounds().x() + r.bounds().width());
        double y1 = v.toScreenY(r.bounds().y() + r.bounds().height());
        double[][] candidates = {{x0, (y0 + y1) / 2}, {x1, (y0 + y1) / 2}, {(x0 + x1) / 2, y1}};
        for (double[] c : candidates) {
            if (!covers(obstacles, (int) Math.floor(c[0]) - 1, (int) Math.floor(c[1]) - 1)
                    && !covers(obstacles, (int) Math.floor(c[0]) + 1, (int) Math.floor(c[1]) + 1)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void anchorAndSelectedRoomsAreOutlinedInTheirColours() {
        // The thick (3 px) outline of anchors and the selection wholly covers the pixel on the edge line.
        Viewport view = new Viewport(4, 0, 0);
        int w = 4 * district.width() + 10;
        int h = 4 * district.height() + 10;
        PlacedRoom selected = district.rooms().stream().filter(r -> r.anchor() == null && clearEdgePoint(view, r) != null).findFirst()
                .orElseThrow();
        PanelFrame plain = PanelFrame.paint(w, h, rooms(view, selected.id(), NONE), null);
        PanelFrame anchors = PanelFrame.paint(w, h, rooms(view, selected.id(),
                new RoomsPainting.Overlays(false, false, false, false, false, false, true, false)), null);
        int checkedAnchors = 0;
        for (PlacedRoom r : district.rooms()) {
            double[] at = clearEdgePoint(view, r);
            if (r.anchor() == null || at == null) {
                continue;
            }
            int px = (int) Math.floor(at[0]);
            int py = (int) Math.floor(at[1]);
            assertPixel(argb(Colours.roomType(r.type())), plain, px, py, "anchor " + r.id() + " without the anchor overlay");
            assertPixel(argb(Colours.ANCHOR), anchors, px, py, "anchor " + r.id() + " with the anchor overlay");
            checkedAnchors++;
        }
        assertTrue(checkedAnchors >= 2, "anchors checked: " + checkedAnchors);
        double[] at = clearEdgePoint(view, selected);
        assertPixel(argb(Colours.SELECTION), plain, (int) Math.floor(at[0]), (int) Math.floor(at[1]), "selected room " + selected.id());
        assertPixel(argb(Colours.SELECTION), anchors, (int) Math.floor(at[0]), (int) Math.floor(at[1]), "selected room " + selected.id());

        // Selecting an anchor: the selection's colour wins over the anchor's.
        PlacedRoom anchor = district.rooms().stream().filter(r -> r.anchor() != null && clearEdgePoint(view, r) != null).findFirst()
                .orElseThrow();
        PanelFrame anchorSelected = PanelFrame.paint(w, h, rooms(view, anchor.id(),
                new RoomsPainting.Overlays(false, false, false, false, false, false, true, false)), null);
        double[] a = clearEdgePoint(view, anchor);
        assertPixel(argb(Colours.SELECTION), anchorSelected, (int) Math.floor(a[0]), (int) Math.floor(a[1]), "selected anchor");
    }

    @Test
    void plainRoomsAreOutlinedInTheirTypeColour() {
        // A 1 px outline on a half-pixel line wholly covers one pixel column or row.
        Viewport view = new Viewport(4, 0.5, 0.5);
        PanelFrame f = PanelFrame.paint(4 * district.width() + 10, 4 * district.height() + 10, rooms(view, null, NONE), null);
        int checked = 0;
        Set<String> types = new HashSet<>();
        for (PlacedRoom r : district.rooms()) {
            double[] at = clearEdgePoint(view, r);
            if (r.anchor() != null || at == null) {
                continue;
            }
            assertPixel(argb(Colours.roomType(r.type())), f, (int) Math.floor(at[0]), (int) Math.floor(at[1]), "outline of " + r.id());
            types.add(r.type());
            checked++;
        }
        assertTrue(checked >= district.rooms().size() / 2, "rooms checked: " + checked);
        assertTrue(types.size() >= 4, "several room types: " + types);
    }

    @Test
    void overlaysDrawCluesAndPickupsOnTheirTiles() {
        Viewport view = new Viewport(4, 0, 0);
        PanelFrame f = PanelFrame.paint(4 * district.width(), 4 * district.height(),
                rooms(view, null, new RoomsPainting.Overlays(false, false, false, false, true, true, false, false)), null);
        Set<Long> pickupTiles = new HashSet<>();
        for (AbilityPickup p : district.pickups()) {
            pickupTiles.add(((long) p.x() << 32) | p.y());
            assertPixel(PICKUP, f, 4 * p.x() + 2, 4 * p.y() + 2, "pickup " + p.ability());
        }
        int clues = 0;
        for (Evidence e : result.caseFile().evidence()) {
            if (pickupTiles.contains(((long) e.x() << 32) | e.y())) {
                continue; // drawn over by the pickup
            }
            assertPixel(e.redHerring() ? argb(Colours.HERRING) : CLUE, f, 4 * e.x() + 2, 4 * e.y() + 2, "clue " + e.id());
            clues++;
        }
        assertTrue(clues >= 5, "clues checked: " + clues);
        // Switched off, the clue squares are gone: the tile colour shows.
        PanelFrame off = PanelFrame.paint(4 * district.width(), 4 * district.height(), rooms(view, null, NONE), null);
        Evidence first = result.caseFile().evidence().get(0);
        assertNotEquals(hex(CLUE), hex(pixel(off, 4 * first.x() + 2, 4 * first.y() + 2)));
    }

    @Test
    void theDiffOverlayTintsExactlyTheChangedTiles() throws Exception {
        District other = PanelFixtures.sampleResult(42).district();
        assertEquals(district.width(), other.width());
        assertEquals(district.height(), other.height());
        Viewport view = new Viewport(4, 0, 0);
        RoomsPainting.Overlays diff = new RoomsPainting.Overlays(false, false, false, false, false, false, false, true);
        PanelFrame f = PanelFrame.paint(4 * district.width(), 4 * district.height(),
                new RoomsPainting(result, other, view, null, null, diff, null, new TileImages()), null);
        PanelFrame plain = PanelFrame.paint(4 * district.width(), 4 * district.height(), rooms(view, null, NONE), null);
        List<Rectangle2D> obstacles = roomObstacles(view, null);
        int changed = 0;
        int unchanged = 0;
        for (int ty = 0; ty < district.height(); ty++) {
            for (int tx = 0; tx < district.width(); tx++) {
                int px = 4 * tx + 2;
                int py = 4 * ty + 2;
                if (covers(obstacles, px, py)) {
                    continue;
                }
                if (other.tiles().code(tx, ty) != district.tiles().code(tx, ty)) {
                    assertNotEquals(hex(pixel(plain, px, py)), hex(pixel(f, px, py)), "changed tile " + tx + "," + ty + " is tinted");
                    int p = pixel(f, px, py);
                    assertTrue(((p >> 16) & 0xFF) > ((p >> 8) & 0xFF), "the tint is red: " + hex(p));
                    changed++;
                } else {
                    assertPixel(pixel(plain, px, py), f, px, py, "unchanged tile " + tx + "," + ty);
                    unchanged++;
                }
            }
        }
        assertTrue(changed > 50 && unchanged > 50, changed + " changed, " + unchanged + " unchanged");
    }

    @Test
    void theGatesOverlayRingsEachAbilityGatedDoorAndNamesItsAbility() {
        Viewport view = new Viewport(8, 0, 0);
        int w = 8 * district.width() + 10;
        int h = 8 * district.height() + 10;
        RoomsPainting.Overlays gatesOnly = new RoomsPainting.Overlays(false, false, true, false, false, false, false, false);
        PanelFrame with = PanelFrame.paint(w, h, rooms(view, null, gatesOnly), null);
        PanelFrame without = PanelFrame.paint(w, h, rooms(view, null, NONE), null);
        int gated = 0;
        for (PlacedRoom r : district.rooms()) {
            for (var door : r.doors()) {
                if (district.graph().connection(door.connectionId()).orElseThrow().requires() == null) {
                    continue;
                }
                gated++;
                // The ring (radius 8 about the door tile's centre, 2 px wide) passes 8 px to its left.
                int x = 8 * door.x() + 4 - 8;
                int y = 8 * door.y() + 4;
                assertPixel(argb(Colours.GATE), with, x, y, "ring left of the gated door at " + door.x() + "," + door.y());
            }
        }
        assertTrue(gated > 0, "the sample has ability gates");
        int changed = 0;
        for (int i = 0; i < with.pixels().length; i++) {
            changed += with.pixels()[i] != without.pixels()[i] ? 1 : 0;
        }
        assertTrue(changed > gated * 40, "rings and labels drawn: " + changed + " pixels");
    }

    // ---- layout graph ---------------------------------------------------------------------------

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

    // ---- evidence graph -------------------------------------------------------------------------

    private static PanelFrame evidence(EvidenceAnalysis analysis, Set<String> removed, Set<String> found, String selected) {
        CaseFile c = result.caseFile();
        return PanelFrame.paint(900, 700, new EvidencePainting(c, EvidenceLayout.of(c), analysis, removed, found, selected, 1), null);
    }

    @Test
    void aCaseTallerThanThePanelIsScaledToStayClearOfTheSpheres() {
        CaseFile c = result.caseFile();
        EvidenceLayout layout = EvidenceLayout.of(c);
        EvidenceAnalysis analysis = new EvidenceAnalysis.Checker().check(result, Set.of(), Set.of());
        double legend = EvidencePainting.legendHeight(analysis);
        double lowest = layout.boxes().values().stream().mapToDouble(b -> b[1] + EvidenceLayout.H).max().orElseThrow();
        assertEquals(1, layout.fit(900, lowest + legend + 40, legend), "room enough: drawn at full size");
        int height = (int) (legend + lowest * 0.7); // the boxes at full size would run into the spheres' lines
        double scale = layout.fit(900, height, legend);
        assertTrue(scale < 0.7 && scale >= EvidenceLayout.MIN_SCALE, "scaled down: " + scale);
        assertTrue(lowest * scale <= height - legend, "the lowest box ends above the spheres' lines");

        PanelFrame f = PanelFrame.paint(900, height, new EvidencePainting(c, layout, analysis, Set.of(), Set.of(), null, scale), null);
        String deepest = layout.boxes().entrySet().stream().max((a, b) -> Double.compare(a.getValue()[1], b.getValue()[1])).orElseThrow()
                .getKey();
        double[] centre = layout.centreOf(deepest, scale);
        assertNotEquals(hex(BACKGROUND), hex(pixel(f, (int) centre[0], (int) (centre[1] + EvidenceLayout.H * scale / 2 - 2))),
                "the deepest clue's box is drawn where its scaled centre says");
        assertEquals(deepest, layout.clueAt(centre[0], centre[1], scale), "and a click there finds it");
        assertEquals(null, layout.clueAt(centre[0], height + 100, scale), "nothing below the boxes");
    }

    /** A pixel inside a clue's box, below its text. */
    private static int[] interior(EvidenceLayout layout, String id) {
        double[] b = layout.boxes().get(id);
        return new int[] {(int) (b[0] + EvidenceLayout.W / 2), (int) (b[1] + EvidenceLayout.H - 4)};
    }

    /** A pixel on the top edge of a clue's box. */
    private static int[] topEdge(EvidenceLayout layout, String id) {
        double[] b = layout.boxes().get(id);
        return new int[] {(int) (b[0] + EvidenceLayout.W / 2), (int) b[1]};
    }

    @Test
    void clueBoxesAreFilledByTheirState() {
        CaseFile c = result.caseFile();
        EvidenceLayout layout = EvidenceLayout.of(c);
        List<Evidence> clues = c.evidence().stream().filter(e -> !e.redHerring()).toList();
        String removed = clues.get(0).id();
        String found = clues.get(1).id();
        PanelFrame plain = evidence(null, Set.of(), Set.of(), null);
        PanelFrame marked = evidence(null, Set.of(removed), Set.of(found), null);
        int herrings = 0;
        for (Evidence e : c.evidence()) {
            int[] p = interior(layout, e.id());
            int expected = e.redHerring() ? argb(Colours.HERRING.darker()) : BOX;
            herrings += e.redHerring() ? 1 : 0;
            assertPixel(expected, plain, p[0], p[1], "box of " + e.id());
            int expectedMarked = e.id().equals(removed) ? GONE : e.id().equals(found) ? FOUND : expected;
            assertPixel(expectedMarked, marked, p[0], p[1], "box of " + e.id() + " with " + removed + " removed, " + found + " found");
        }
        assertTrue(herrings >= 1, "the sample has a herring");
        // A removed clue is greyed even when a playtest found it.
        PanelFrame both = evidence(null, Set.of(removed), Set.of(removed), null);
        int[] p = interior(layout, removed);
        assertPixel(GONE, both, p[0], p[1], "removed and found");
    }

    @Test
    void theMinimumPathAndTheSelectionAreOutlinedAndTheVerdictIsDrawnOnceChecked() {
        CaseFile c = result.caseFile();
        EvidenceLayout layout = EvidenceLayout.of(c);
        EvidenceAnalysis analysis = new EvidenceAnalysis.Checker().check(result, Set.of(), Set.of());
        assertTrue(analysis.report().solvable(), analysis.verdict());
        List<String> path = analysis.report().minimumPath();
        assertTrue(!path.isEmpty() && path.size() < c.evidence().size(), "a path that leaves clues out: " + path);
        String offPath = c.evidence().stream().map(Evidence::id).filter(id -> !path.contains(id)).findFirst().orElseThrow();
        PanelFrame checked = evidence(analysis, Set.of(), Set.of(), offPath);
        for (String id : path) {
            int[] p = topEdge(layout, id);
            assertPixel(argb(Colours.PATH), checked, p[0], p[1], "path outline of " + id);
        }
        int[] s = topEdge(layout, offPath);
        assertPixel(argb(Colours.SELECTION), checked, s[0], s[1], "selection outline of " + offPath);

        PanelFrame unchecked = evidence(null, Set.of(), Set.of(), null);
        for (String id : path) {
            int[] p = topEdge(layout, id);
            assertNotEquals(hex(argb(Colours.PATH)), hex(pixel(unchecked, p[0], p[1])), "no path before the checker answered: " + id);
        }
        // The verdict line sits above the boxes (baseline 22): ink only once the checker answered.
        assertTrue(inkIn(checked, 0, 0, 600, 30) > 20, "the verdict is drawn");
        assertEquals(0, inkIn(unchecked, 0, 0, 600, 30), "no verdict before the checker answered");
    }

    /** Pixels other than the background in a rectangle. */
    private static int inkIn(PanelFrame f, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < Math.min(f.height(), y0 + h); y++) {
            for (int x = x0; x < Math.min(f.width(), x0 + w); x++) {
                n += pixel(f, x, y) != BACKGROUND ? 1 : 0;
            }
        }
        return n;
    }

    // ---- chunk map ------------------------------------------------------------------------------

    private static final int[] GRID = {
        0xFF4FB3FF, 0xFF3F8FCC, 0xFF2F6B99, 0xFF1F4766, 0xFF2A2D33,
        0xFF112233, 0xFF445566, 0xFF778899, 0xFFAABBCC, 0xFFDDEEFF,
        0xFF102030, 0xFF405060, 0xFF708090, 0xFFA0B0C0, 0xFFD0E0F0};

    @Test
    void chunkCellsAreDrawnInTheirGridColourAndTheGridIsReadWhenPainting() {
        AtomicInteger reads = new AtomicInteger();
        ChunkPainting painting = new ChunkPainting(() -> {
            reads.incrementAndGet();
            return GRID.clone();
        }, 5, 3, 20, 40, 10, 12, new double[] {30, 52, 10, 12}, () -> "plane · centre 0,0");
        assertEquals(0, reads.get(), "nothing read before the painting runs");
        PanelFrame f = PanelFrame.paint(200, 120, painting, null);
        assertEquals(1, reads.get());
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 5; col++) {
                int x = 20 + 10 * col + 5;
                int y = 40 + 12 * row + 6;
                assertPixel(GRID[row * 5 + col], f, x, y, "chunk " + col + "," + row);
                assertPixel(GRID[row * 5 + col], f, 20 + 10 * col + 3, 40 + 12 * row + 1, "chunk " + col + "," + row + " near its corner");
            }
        }
        // The selection's 2 px white outline on the line x = 30 covers columns 29 and 30.
        assertPixel(0xFFFFFFFF, f, 29, 58, "selection outline");
        assertPixel(0xFFFFFFFF, f, 30, 58, "selection outline");
        assertPixel(BACKGROUND, f, 150, 100, "beyond the grid");
        assertTrue(inkIn(f, 0, 0, 200, 20) > 20, "the caption is drawn");
    }

    @Test
    void atAnOutputScaleOfTwoThePictureHasTwiceThePixelsAndTheCellsCoverThem() {
        ChunkPainting painting = new ChunkPainting(GRID::clone, 5, 3, 20, 40, 10, 12, null, () -> "");
        PanelFrame once = PanelFrame.paint(200, 120, painting, null);
        PanelFrame twice = PanelFrame.paint(200, 120, 2, 2, painting, null);
        assertEquals(400, twice.width());
        assertEquals(240, twice.height());
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 5; col++) {
                int colour = GRID[row * 5 + col];
                // Each chunk cell covers 20 x 24 picture pixels: its corners and middle, all of it.
                assertPixel(colour, twice, 2 * (20 + 10 * col), 2 * (40 + 12 * row), "cell " + col + "," + row + " top left");
                assertPixel(colour, twice, 2 * (20 + 10 * col) + 19, 2 * (40 + 12 * row) + 23, "cell " + col + "," + row + " bottom right");
                assertPixel(colour, once, 20 + 10 * col + 5, 40 + 12 * row + 6, "the same cell at scale 1");
            }
        }
        assertPixel(BACKGROUND, twice, 39, 80, "left of the grid");
        assertPixel(BACKGROUND, twice, 140, 79, "above the grid");
        assertPixel(BACKGROUND, twice, 2 * 70, 2 * 76, "past the grid's bottom right corner");
    }

    @Test
    void anEmptyChunkGridPaintsNoCellsAndReadsNothing() {
        AtomicInteger reads = new AtomicInteger();
        ChunkPainting painting = new ChunkPainting(() -> {
            reads.incrementAndGet();
            return new int[0];
        }, 0, 0, 0, 0, 10, 10, null, () -> "");
        PanelFrame f = PanelFrame.paint(120, 80, painting, null);
        assertEquals(0, reads.get());
        assertOnlyBackground(f);
    }

    // ---- every painting -------------------------------------------------------------------------

    private static void assertOnlyBackground(PanelFrame f) {
        assertEquals(f.width() * f.height(), f.pixels().length);
        for (int i = 0; i < f.pixels().length; i++) {
            if (f.pixels()[i] != BACKGROUND) {
                throw new AssertionError("pixel " + (i % f.width()) + "," + (i / f.width()) + " is " + hex(f.pixels()[i])
                        + ", not the background " + hex(BACKGROUND));
            }
        }
    }

    @Test
    void nothingToShowPaintsOnlyTheBackground() {
        assertOnlyBackground(PanelFrame.paint(300, 200, new RoomsPainting(null, null, new Viewport(4, 0, 0), "office", "e1",
                new RoomsPainting.Overlays(true, true, true, true, true, true, true, true), null, new TileImages()), null));
        assertOnlyBackground(PanelFrame.paint(300, 200, new LayoutPainting(null, new Viewport(8, 0, 0), "office", null, 0, 0), null));
        assertOnlyBackground(PanelFrame.paint(300, 200, (g, w, h) -> { }, null));
        // The evidence panel says why it is empty, and draws nothing else.
        PanelFrame noCase = PanelFrame.paint(300, 200, new EvidencePainting(null, EvidenceLayout.of(null), null, Set.of(), Set.of(), null, 1),
                null);
        assertTrue(inkIn(noCase, 0, 0, 300, 40) > 20, "the 'no case' message");
        assertEquals(0, inkIn(noCase, 0, 40, 300, 160), "nothing below the message");
    }

    @Test
    void paintingTwiceIntoTheReusedImageGivesIdenticalPixels() {
        CaseFile c = result.caseFile();
        List<PanelFrame.Painting> paintings = List.of(
                rooms(new Viewport(4, 0, 0), "office", new RoomsPainting.Overlays(true, true, true, true, true, true, true, false)),
                new LayoutPainting(district, new Viewport(6, 0, 0), "r3", null, 0, 0),
                new EvidencePainting(c, EvidenceLayout.of(c), new EvidenceAnalysis.Checker().check(result, Set.of(), Set.of()), Set.of("e2"),
                        Set.of("e1"), "e3", 1),
                new ChunkPainting(GRID::clone, 5, 3, 20, 40, 10, 12, null, () -> "caption"));
        PanelFrame.Painting scribble = (g, w, h) -> {
            g.setColor(Color.MAGENTA);
            g.fillRect(0, 0, w, h);
        };
        for (PanelFrame.Painting p : paintings) {
            PanelFrame first = PanelFrame.paint(640, 480, p, null);
            int[] expected = first.pixels().clone();
            assertTrue(inkIn(first, 0, 0, 640, 480) > 100, "something is drawn: " + p.getClass().getSimpleName());
            PanelFrame other = PanelFrame.paint(640, 480, scribble, first.image());
            assertSame(first.image(), other.image(), "an image of the right size is reused");
            PanelFrame again = PanelFrame.paint(640, 480, p, other.image());
            assertSame(first.image(), again.image());
            assertArrayEquals(expected, again.pixels(), "the same painting, the same pixels: " + p.getClass().getSimpleName());
            PanelFrame fresh = PanelFrame.paint(640, 480, p, null);
            assertNotSame(first.image(), fresh.image());
            assertArrayEquals(expected, fresh.pixels(), "a fresh image gives the same pixels too");
        }
        PanelFrame small = PanelFrame.paint(640, 480, scribble, null);
        PanelFrame bigger = PanelFrame.paint(641, 480, scribble, small.image());
        assertNotSame(small.image(), bigger.image(), "an image of another size is not reused");
        assertEquals(641, bigger.width());
        assertEquals(641 * 480, bigger.pixels().length);
    }
}
