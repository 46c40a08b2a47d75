package org.worldbench.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two exports (DESIGN.md export JSON): rooms, tiles, connections and evidence. Works on
 * the JSON alone, so exports from other builds or machines compare as well as fresh generations.
 */
public final class ExportDiff {

    private ExportDiff() {
    }

    /** The differences from {@code a} to {@code b}. */
    public static DiffReport compare(JsonNode a, JsonNode b) {
        Map<String, JsonNode> roomsA = byId(a.path("district").path("rooms"));
        Map<String, JsonNode> roomsB = byId(b.path("district").path("rooms"));
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<String> retemplated = new ArrayList<>();
        roomsB.keySet().stream().filter(id -> !roomsA.containsKey(id)).forEach(added::add);
        roomsA.keySet().stream().filter(id -> !roomsB.containsKey(id)).forEach(removed::add);
        for (String id : roomsA.keySet()) {
            JsonNode ra = roomsA.get(id);
            JsonNode rb = roomsB.get(id);
            if (rb == null) {
                continue;
            }
            if (!same(ra, rb, "x", "y", "width", "height")) {
                moved.add(id);
            } else if (!same(ra, rb, "templateId", "rotation", "type")) {
                retemplated.add(id);
            }
        }
        List<int[]> changed = new ArrayList<>();
        JsonNode ta = a.path("district").path("tiles");
        JsonNode tb = b.path("district").path("tiles");
        int height = Math.max(ta.size(), tb.size());
        for (int y = 0; y < height; y++) {
            int width = Math.max(ta.path(y).size(), tb.path(y).size());
            for (int x = 0; x < width; x++) {
                if (ta.path(y).path(x).asInt(-1) != tb.path(y).path(x).asInt(-1)) {
                    changed.add(new int[] {x, y});
                }
            }
        }
        Map<String, JsonNode> ca = byId(a.path("district").path("connections"));
        Map<String, JsonNode> cb = byId(b.path("district").path("connections"));
        List<String> cAdded = new ArrayList<>();
        List<String> cRemoved = new ArrayList<>();
        List<String> cChanged = new ArrayList<>();
        cb.forEach((id, c) -> {
            if (!ca.containsKey(id)) {
                cAdded.add(id + ": " + c.path("from").asText() + "-" + c.path("to").asText());
            }
        });
        ca.forEach((id, c) -> {
            JsonNode other = cb.get(id);
            if (other == null) {
                cRemoved.add(id + ": " + c.path("from").asText() + "-" + c.path("to").asText());
            } else if (!same(c, other, "from", "to", "doorType", "requires")) {
                cChanged.add(id);
            }
        });
        Map<String, JsonNode> ea = byId(a.path("case").path("evidence"));
        Map<String, JsonNode> eb = byId(b.path("case").path("evidence"));
        List<String> eMoved = new ArrayList<>();
        List<String> eRegated = new ArrayList<>();
        List<String> eOther = new ArrayList<>();
        ea.forEach((id, e) -> {
            JsonNode other = eb.get(id);
            if (other == null) {
                eOther.add("-" + id);
                return;
            }
            if (!same(e, other, "room", "x", "y")) {
                eMoved.add(id);
            }
            if (!same(e, other, "requires", "requiresAbility")) {
                eRegated.add(id);
            }
        });
        eb.keySet().stream().filter(id -> !ea.containsKey(id)).forEach(id -> eOther.add("+" + id));
        return new DiffReport(added, removed, moved, retemplated, changed.size(), changed, cAdded, cRemoved, cChanged, eMoved,
                eRegated, eOther);
    }

    /** A heatmap of changed tiles: the second map in grey, changed tiles in red, {@code scale} px a tile. */
    public static BufferedImage heatmap(JsonNode b, DiffReport report, int scale) {
        JsonNode tiles = b.path("district").path("tiles");
        int width = Math.max(1, b.path("district").path("width").asInt(tiles.path(0).size()));
        int height = Math.max(1, b.path("district").path("height").asInt(tiles.size()));
        for (int[] t : report.changedTiles()) {
            width = Math.max(width, t[0] + 1);
            height = Math.max(height, t[1] + 1);
        }
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int code = tiles.path(y).path(x).asInt(0);
                int grey = code == 0 ? 0x18 : code == 2 ? 0x70 : 0x40;
                fill(image, x, y, scale, new Color(grey, grey, grey).getRGB());
            }
        }
        for (int[] t : report.changedTiles()) {
            fill(image, t[0], t[1], scale, new Color(0xFF3B3B).getRGB());
        }
        return image;
    }

    private static void fill(BufferedImage image, int x, int y, int scale, int rgb) {
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                image.setRGB(x * scale + dx, y * scale + dy, rgb);
            }
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        array.forEach(n -> out.put(n.path("id").asText(), n));
        return out;
    }

    private static boolean same(JsonNode a, JsonNode b, String... fields) {
        for (String f : fields) {
            if (!Objects.equals(a.get(f), b.get(f))) {
                return false;
            }
        }
        return true;
    }
}
