package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.tiles.TileType;

/**
 * The rooms panel's picture painted offscreen from the sample project: tile colours at tile
 * centres, room outlines in their type's, the anchor's or the selection's colour, and each overlay.
 */
class RoomsPaintingTest extends PaintingPixels {

    // The rooms painting's private colours, as its source defines them.
    private static final int CLUE = 0xFFFFD54A;
    private static final int PICKUP = 0xFF22DD66;

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
}
