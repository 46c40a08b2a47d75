package org.worldbench.engine.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.district.Door;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.population.Entity;
import org.worldbench.engine.tiles.TileType;

/**
 * The district as a Tiled map (TMX and TMJ, Tiled 1.8): one tile layer (gid = tile code + 1 into a
 * seven-tile tileset whose image is written beside the map) and object layers for rooms, doors,
 * entities and evidence. Coordinates of objects are in pixels, as Tiled expects.
 */
public final class TiledExport {

    /** Pixels a tile. */
    public static final int TILE = 16;
    /** File name of the tileset image written beside the map. */
    public static final String TILESET_IMAGE = "worldbench-tiles.png";

    private TiledExport() {
    }

    /** The tileset image: the seven tile types side by side. */
    public static byte[] tilesetPng() {
        BufferedImage image = new BufferedImage(TILE * TileType.values().length, TILE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        for (TileType t : TileType.values()) {
            g.setColor(new Color(DistrictPicture.tileRgb(t)));
            g.fillRect(t.code() * TILE, 0, TILE, TILE);
            g.setColor(new Color(0, 0, 0, 60));
            g.drawRect(t.code() * TILE, 0, TILE - 1, TILE - 1);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The TMX (XML) map. */
    public static String tmx(GenerationResult result) {
        var d = result.district();
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int[] nextObject = {1};
        x.append(String.format(Locale.ROOT, "<map version=\"1.8\" tiledversion=\"1.8.0\" orientation=\"orthogonal\" "
                + "renderorder=\"right-down\" width=\"%d\" height=\"%d\" tilewidth=\"%d\" tileheight=\"%d\" infinite=\"0\" "
                + "nextlayerid=\"6\" nextobjectid=\"%d\">\n", d.width(), d.height(), TILE, TILE, objectCount(result) + 1));
        x.append(String.format(Locale.ROOT, " <tileset firstgid=\"1\" name=\"worldbench\" tilewidth=\"%d\" tileheight=\"%d\" "
                + "tilecount=\"%d\" columns=\"%d\">\n  <image source=\"%s\" width=\"%d\" height=\"%d\"/>\n </tileset>\n", TILE, TILE,
                TileType.values().length, TileType.values().length, TILESET_IMAGE, TILE * TileType.values().length, TILE));
        x.append(String.format(Locale.ROOT, " <layer id=\"1\" name=\"tiles\" width=\"%d\" height=\"%d\">\n  <data encoding=\"csv\">\n",
                d.width(), d.height()));
        for (int row = 0; row < d.height(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < d.width(); col++) {
                line.append(d.tiles().code(col, row) + 1);
                if (col + 1 < d.width() || row + 1 < d.height()) {
                    line.append(',');
                }
            }
            x.append(line).append('\n');
        }
        x.append("  </data>\n </layer>\n");
        x.append(" <objectgroup id=\"2\" name=\"rooms\">\n");
        for (PlacedRoom r : d.rooms()) {
            x.append(String.format(Locale.ROOT, "  <object id=\"%d\" name=\"%s\" type=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\">"
                    + "\n   <properties>\n    <property name=\"templateId\" value=\"%s\"/>\n    <property name=\"rotation\" type=\"int\" value=\"%d\"/>"
                    + "\n    <property name=\"anchor\" value=\"%s\"/>\n   </properties>\n  </object>\n", nextObject[0]++, esc(r.id()),
                    esc(r.type()), r.bounds().x() * TILE, r.bounds().y() * TILE, r.bounds().width() * TILE, r.bounds().height() * TILE,
                    esc(r.templateId()), r.rotation(), r.anchor() == null ? "" : esc(r.anchor())));
        }
        x.append(" </objectgroup>\n <objectgroup id=\"3\" name=\"doors\">\n");
        for (PlacedRoom r : d.rooms()) {
            for (Door door : r.doors()) {
                var c = d.graph().connection(door.connectionId()).orElseThrow();
                x.append(String.format(Locale.ROOT, "  <object id=\"%d\" name=\"%s\" type=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\">"
                        + "\n   <properties>\n    <property name=\"room\" value=\"%s\"/>\n    <property name=\"requires\" value=\"%s\"/>"
                        + "\n   </properties>\n  </object>\n", nextObject[0]++, esc(c.id()), c.doorType().jsonName(), door.x() * TILE,
                        door.y() * TILE, TILE, TILE, esc(r.id()), c.requires() == null ? "" : esc(c.requires())));
            }
        }
        x.append(" </objectgroup>\n <objectgroup id=\"4\" name=\"entities\">\n");
        for (Entity e : result.population().entities()) {
            x.append(String.format(Locale.ROOT, "  <object id=\"%d\" name=\"%s\" type=\"%s\" x=\"%d\" y=\"%d\">\n   <point/>\n",
                    nextObject[0]++, esc(e.id()), esc(e.kind()), e.x() * TILE + TILE / 2, e.y() * TILE + TILE / 2));
            properties(x, e.properties());
            x.append("  </object>\n");
        }
        x.append(" </objectgroup>\n <objectgroup id=\"5\" name=\"evidence\">\n");
        for (Evidence ev : result.caseFile().evidence()) {
            x.append(String.format(Locale.ROOT, "  <object id=\"%d\" name=\"%s\" type=\"%s\" x=\"%d\" y=\"%d\">\n   <point/>\n",
                    nextObject[0]++, esc(ev.id()), ev.type().jsonName(), ev.x() * TILE + TILE / 2, ev.y() * TILE + TILE / 2));
            properties(x, Map.of("room", ev.room(), "reveals", String.join(",", ev.reveals()), "requires",
                    String.join(",", ev.requires()), "redHerring", Boolean.toString(ev.redHerring())));
            x.append("  </object>\n");
        }
        x.append(" </objectgroup>\n</map>\n");
        return x.toString();
    }

    private static void properties(StringBuilder x, Map<String, String> props) {
        if (props.isEmpty()) {
            return;
        }
        x.append("   <properties>\n");
        new java.util.TreeMap<>(props).forEach((k, v) -> x.append("    <property name=\"").append(esc(k)).append("\" value=\"")
                .append(esc(v)).append("\"/>\n"));
        x.append("   </properties>\n");
    }

    /** The TMJ (JSON) map. */
    public static ObjectNode tmj(GenerationResult result) {
        var d = result.district();
        ObjectNode map = CanonicalJson.object();
        map.put("compressionlevel", -1);
        map.put("height", d.height());
        map.put("width", d.width());
        map.put("infinite", false);
        ArrayNode layers = map.putArray("layers");
        ObjectNode tiles = layers.addObject();
        ArrayNode data = tiles.putArray("data");
        for (int row = 0; row < d.height(); row++) {
            for (int col = 0; col < d.width(); col++) {
                data.add(d.tiles().code(col, row) + 1);
            }
        }
        tiles.put("height", d.height()).put("id", 1).put("name", "tiles").put("opacity", 1).put("type", "tilelayer")
                .put("visible", true).put("width", d.width()).put("x", 0).put("y", 0);
        int[] next = {1};
        ArrayNode rooms = group(layers, 2, "rooms");
        for (PlacedRoom r : d.rooms()) {
            ObjectNode o = object(rooms, next[0]++, r.id(), r.type(), r.bounds().x() * TILE, r.bounds().y() * TILE);
            o.put("width", r.bounds().width() * TILE).put("height", r.bounds().height() * TILE);
            props(o, Map.of("templateId", r.templateId(), "anchor", r.anchor() == null ? "" : r.anchor()));
        }
        ArrayNode doors = group(layers, 3, "doors");
        for (PlacedRoom r : d.rooms()) {
            for (Door door : r.doors()) {
                var c = d.graph().connection(door.connectionId()).orElseThrow();
                ObjectNode o = object(doors, next[0]++, c.id(), c.doorType().jsonName(), door.x() * TILE, door.y() * TILE);
                o.put("width", TILE).put("height", TILE);
                props(o, Map.of("room", r.id(), "requires", c.requires() == null ? "" : c.requires()));
            }
        }
        ArrayNode entities = group(layers, 4, "entities");
        for (Entity e : result.population().entities()) {
            ObjectNode o = object(entities, next[0]++, e.id(), e.kind(), e.x() * TILE + TILE / 2, e.y() * TILE + TILE / 2);
            o.put("point", true);
            props(o, e.properties());
        }
        ArrayNode evidence = group(layers, 5, "evidence");
        for (Evidence ev : result.caseFile().evidence()) {
            ObjectNode o = object(evidence, next[0]++, ev.id(), ev.type().jsonName(), ev.x() * TILE + TILE / 2, ev.y() * TILE + TILE / 2);
            o.put("point", true);
            props(o, Map.of("room", ev.room(), "reveals", String.join(",", ev.reveals()), "requires", String.join(",", ev.requires())));
        }
        map.put("nextlayerid", 6);
        map.put("nextobjectid", next[0]);
        map.put("orientation", "orthogonal");
        map.put("renderorder", "right-down");
        map.put("tiledversion", "1.8.0");
        map.put("tileheight", TILE);
        ArrayNode tilesets = map.putArray("tilesets");
        tilesets.addObject().put("columns", TileType.values().length).put("firstgid", 1).put("image", TILESET_IMAGE)
                .put("imageheight", TILE).put("imagewidth", TILE * TileType.values().length).put("margin", 0).put("name", "worldbench")
                .put("spacing", 0).put("tilecount", TileType.values().length).put("tileheight", TILE).put("tilewidth", TILE);
        map.put("tilewidth", TILE);
        map.put("type", "map");
        map.put("version", "1.8");
        return map;
    }

    private static ArrayNode group(ArrayNode layers, int id, String name) {
        ObjectNode g = layers.addObject();
        g.put("draworder", "topdown").put("id", id).put("name", name);
        ArrayNode objects = g.putArray("objects");
        g.put("opacity", 1).put("type", "objectgroup").put("visible", true).put("x", 0).put("y", 0);
        return objects;
    }

    private static ObjectNode object(ArrayNode objects, int id, String name, String type, int x, int y) {
        return objects.addObject().put("id", id).put("name", name).put("type", type).put("rotation", 0).put("visible", true)
                .put("x", x).put("y", y);
    }

    private static void props(ObjectNode o, Map<String, String> props) {
        ArrayNode list = o.putArray("properties");
        new java.util.TreeMap<>(props).forEach((k, v) -> list.addObject().put("name", k).put("type", "string").put("value", v));
    }

    private static int objectCount(GenerationResult r) {
        int doors = r.district().rooms().stream().mapToInt(x -> x.doors().size()).sum();
        return r.district().rooms().size() + doors + r.population().entities().size() + r.caseFile().evidence().size();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The layers every export holds, in order. */
    public static final List<String> LAYERS = List.of("tiles", "rooms", "doors", "entities", "evidence");
}
