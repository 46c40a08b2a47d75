package org.worldbench.editor.panels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.Door;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.population.Entity;

/**
 * The rooms panel's picture: the tile map with the overlays switched on. Immutable inputs; paints on
 * any thread.
 */
record RoomsPainting(GenerationResult result, District previous, Viewport view, String selectedRoom, String selectedEvidence,
        Overlays overlays, Rect region, TileImages tiles) implements PanelFrame.Painting {

    /** Which overlays are on. */
    record Overlays(boolean bsp, boolean doors, boolean gates, boolean entities, boolean evidence, boolean pickups, boolean anchors, boolean diff) {
    }

    private static final Color BSP = new Color(0x5F, 0xB8, 0xB0, 204);
    private static final Color ENEMY = new Color(0xFF6B6B);
    private static final Color PERSON = new Color(0xC0C0FF);
    private static final Color CLUE = new Color(0xFFD54A);
    private static final Color PICKUP = new Color(0x22DD66);
    private static final Color CHANGED = new Color(0xFF, 0x3B, 0x3B, 140);
    private static final Color GATE = Colours.GATE;
    private static final Color REGION = new Color(255, 255, 255, 204);
    private static final BasicStroke GATE_RING = new BasicStroke(2);
    private static final BasicStroke THIN = new BasicStroke(1);
    private static final BasicStroke THICK = new BasicStroke(3);
    private static final BasicStroke DASHED = new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0);

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (result == null) {
            return;
        }
        District d = result.district();
        double s = view.scale();
        // The tiles are one image a district (a pixel a tile), scaled up without smoothing.
        BufferedImage tileImage = tiles.of(d);
        g.drawImage(tileImage, (int) Math.round(view.toScreenX(0)), (int) Math.round(view.toScreenY(0)),
                (int) Math.round(d.width() * s), (int) Math.round(d.height() * s), null);
        for (PlacedRoom r : d.rooms()) {
            boolean selected = r.id().equals(selectedRoom);
            boolean anchor = r.anchor() != null;
            g.setColor(selected ? Colours.SELECTION : anchor && overlays.anchors() ? Colours.ANCHOR : Colours.roomType(r.type()));
            g.setStroke(selected || anchor ? THICK : THIN);
            g.draw(rect(r.bounds(), s));
            if (overlays.bsp()) {
                g.setColor(BSP);
                g.setStroke(THIN);
                for (Rect sub : r.subRooms()) {
                    g.draw(rect(sub, s));
                }
            }
            if (overlays.doors()) {
                for (Door door : r.doors()) {
                    var c = d.graph().connection(door.connectionId()).orElseThrow();
                    g.setColor(Colours.door(c.doorType()));
                    g.fill(new Rectangle2D.Double(view.toScreenX(door.x()), view.toScreenY(door.y()), s, s));
                }
            }
            Labels.draw(g, anchor ? "⚓ " + r.id() : r.id(), view.toScreenX(r.bounds().x() + 1), view.toScreenY(r.bounds().y() + 2), Color.WHITE);
        }
        if (overlays.gates()) {
            paintGates(g, d, s);
        }
        if (overlays.entities()) {
            for (Entity e : result.population().entities()) {
                if (!e.kind().equals("evidence") && !e.kind().equals("pickup")) {
                    g.setColor(e.kind().equals("enemy") ? ENEMY : PERSON);
                    g.fill(new Ellipse2D.Double(view.toScreenX(e.x() + 0.25), view.toScreenY(e.y() + 0.25), s / 2, s / 2));
                }
            }
        }
        if (overlays.evidence()) {
            for (Evidence e : result.caseFile().evidence()) {
                g.setColor(e.redHerring() ? Colours.HERRING : CLUE);
                g.fill(new Rectangle2D.Double(view.toScreenX(e.x() + 0.2), view.toScreenY(e.y() + 0.2), s * 0.6, s * 0.6));
                if (e.id().equals(selectedEvidence)) {
                    g.setColor(Color.WHITE);
                    g.setStroke(GATE_RING); // the same 2 px ring
                    g.draw(new Ellipse2D.Double(view.toScreenX(e.x() - 1), view.toScreenY(e.y() - 1), s * 3, s * 3));
                }
            }
        }
        if (overlays.pickups()) {
            g.setColor(PICKUP);
            for (AbilityPickup p : d.pickups()) {
                g.fill(new Ellipse2D.Double(view.toScreenX(p.x()), view.toScreenY(p.y()), s, s));
            }
        }
        if (overlays.diff()) {
            g.setColor(CHANGED);
            TileDiff.forEach(previous, d, (x, y) -> g.fill(new Rectangle2D.Double(view.toScreenX(x), view.toScreenY(y), s, s)));
        }
        if (region != null) {
            g.setColor(REGION);
            g.setStroke(DASHED);
            g.draw(rect(region, s));
        }
    }

    /** Each ability-gated door ringed, with the ability it needs beside it (once a connection: its two doors share it). */
    private void paintGates(Graphics2D g, District d, double s) {
        java.util.Set<String> named = new java.util.HashSet<>();
        g.setStroke(GATE_RING);
        for (PlacedRoom r : d.rooms()) {
            for (Door door : r.doors()) {
                var c = d.graph().connection(door.connectionId()).orElseThrow();
                if (c.requires() == null) {
                    continue;
                }
                double x = view.toScreenX(door.x() + 0.5);
                double y = view.toScreenY(door.y() + 0.5);
                double radius = Math.max(4, s);
                g.setColor(GATE);
                g.draw(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
                if (named.add(c.id())) {
                    Labels.draw(g, c.requires(), x + radius + 2, y - radius, GATE);
                }
            }
        }
    }

    private Rectangle2D rect(Rect r, double s) {
        return new Rectangle2D.Double(view.toScreenX(r.x()), view.toScreenY(r.y()), r.width() * s, r.height() * s);
    }
}
