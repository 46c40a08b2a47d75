package org.worldbench.engine.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.Door;
import org.worldbench.engine.district.PlacedConnection;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.layout.DoorType;
import org.worldbench.engine.tiles.TileMap;
import org.worldbench.engine.tiles.TileType;

/**
 * Draws a district as a picture a designer can read: tiles, each room outlined in its type's colour
 * with its id, doors coloured by door type, ability gates marked with the ability's initial, anchors
 * in gold, the start and the pickups. Uses AWT offscreen only, so it works headless.
 */
public final class DistrictPicture {

    private static final Map<String, Color> TYPE_COLOURS = Map.ofEntries(
            Map.entry("detective_office", new Color(0x4F9DDE)),
            Map.entry("crime_scene", new Color(0xE0524C)),
            Map.entry("apartment", new Color(0x7CB86A)),
            Map.entry("alley", new Color(0x9C8C74)),
            Map.entry("evidence_storage", new Color(0xB07CD8)),
            Map.entry("hall", new Color(0x5FB8B0)),
            Map.entry("lobby", new Color(0xD8A55F)),
            Map.entry("corridor", new Color(0x8A93A0)),
            Map.entry("stairwell", new Color(0xC46FA0)));
    private static final Color ANCHOR = new Color(0xF5C518);

    private DistrictPicture() {
    }

    /** The colour a room type is drawn in (shared with the editor's legend). */
    public static int typeColour(String type) {
        return TYPE_COLOURS.getOrDefault(type, new Color(0xA0A0A0)).getRGB() & 0xFFFFFF;
    }

    /** Renders the district at {@code scale} pixels a tile (2..32). */
    public static BufferedImage render(District district, int scale) {
        if (scale < 2 || scale > 32) {
            throw new IllegalArgumentException("scale must be 2..32 pixels a tile, was " + scale);
        }
        TileMap tiles = district.tiles();
        BufferedImage image = new BufferedImage(tiles.width() * scale, tiles.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int y = 0; y < tiles.height(); y++) {
                for (int x = 0; x < tiles.width(); x++) {
                    g.setColor(tileColour(tiles.get(x, y)));
                    g.fillRect(x * scale, y * scale, scale, scale);
                }
            }
            for (PlacedConnection c : district.connections()) {
                drawDoors(g, district, c, scale);
            }
            for (PlacedRoom room : district.rooms()) {
                drawRoom(g, room, scale);
            }
            for (AbilityPickup p : district.pickups()) {
                g.setColor(new Color(0x22DD66));
                g.fillOval(p.x() * scale, p.y() * scale, scale, scale);
                label(g, p.ability().substring(0, 1).toUpperCase(java.util.Locale.ROOT), p.x() * scale + 1, p.y() * scale - 1,
                        scale, Color.WHITE);
            }
            g.setColor(Color.WHITE);
            g.fillRect(district.start().x() * scale, district.start().y() * scale, scale, scale);
            label(g, "START", district.start().x() * scale + scale + 1, district.start().y() * scale + scale, scale, Color.WHITE);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as PNG bytes. */
    public static byte[] png(District district, int scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(district, scale), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void drawRoom(Graphics2D g, PlacedRoom room, int scale) {
        var b = room.bounds();
        Color colour = room.anchor() != null ? ANCHOR : new Color(typeColour(room.type()));
        g.setColor(colour);
        g.setStroke(new BasicStroke(room.anchor() != null ? Math.max(2f, scale / 3f) : Math.max(1f, scale / 6f)));
        g.drawRect(b.x() * scale, b.y() * scale, b.width() * scale - 1, b.height() * scale - 1);
        label(g, room.anchor() != null ? "* " + room.id() : room.id(), b.x() * scale + scale + 1, b.y() * scale + 2 * scale,
                scale, colour);
    }

    private static void drawDoors(Graphics2D g, District district, PlacedConnection c, int scale) {
        Connection connection = c.connection();
        Color colour = switch (connection.doorType()) {
            case MAIN -> new Color(0xF0E6D2);
            case LOCKED -> new Color(0xFF3B3B);
            case HIDDEN -> new Color(0x6A5ACD);
            case SHORTCUT -> new Color(0x3BC3FF);
        };
        if (connection.doorType() == DoorType.SHORTCUT || connection.doorType() == DoorType.HIDDEN) {
            g.setColor(colour.darker());
            for (int i = 1; i < c.tiles().size() - 1; i++) {
                var p = c.tiles().get(i);
                g.fillRect(p.x() * scale + scale / 3, p.y() * scale + scale / 3, Math.max(1, scale / 3), Math.max(1, scale / 3));
            }
        }
        for (String roomId : new String[] {connection.from(), connection.to()}) {
            PlacedRoom room = district.room(roomId).orElseThrow();
            Door door = room.door(connection.id()).orElseThrow();
            g.setColor(colour);
            g.fillRect(door.x() * scale, door.y() * scale, scale, scale);
            if (connection.requires() != null) {
                g.setColor(Color.BLACK);
                g.drawRect(door.x() * scale, door.y() * scale, scale - 1, scale - 1);
                label(g, connection.requires().substring(0, 1).toUpperCase(java.util.Locale.ROOT),
                        door.x() * scale + 1, door.y() * scale + scale - 1, scale, Color.WHITE);
            }
        }
    }

    /** The RGB colour a tile type is drawn in (shared with the Tiled tileset). */
    public static int tileRgb(TileType type) {
        return tileColour(type).getRGB() & 0xFFFFFF;
    }

    private static Color tileColour(TileType type) {
        return switch (type) {
            case EMPTY -> new Color(0x15171C);
            case FLOOR -> new Color(0x3A3F4B);
            case WALL -> new Color(0x8E96A3);
            case DOOR -> new Color(0xF0E6D2);
            case WINDOW -> new Color(0x8FD3FF);
            case FURNITURE -> new Color(0x6B5540);
            case CONTAINER -> new Color(0xC7943E);
        };
    }

    /** Draws text when a font is available; pictures stay useful without labels where none is. */
    private static void label(Graphics2D g, String text, int x, int y, int scale, Color colour) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, scale + scale / 2)));
            g.setColor(Color.BLACK);
            g.drawString(text, x + 1, y + 1);
            g.setColor(colour);
            g.drawString(text, x, y);
        } catch (RuntimeException | LinkageError | InternalError noFonts) {
            // Headless machines without fonts: the picture is still drawn, just unlabelled.
        }
    }
}
