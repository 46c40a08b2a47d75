package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private static String withoutTimings(Path file) throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        node.remove("timings");
        return node.toString();
    }

    @Test
    void sameSeedTwiceGivesByteIdenticalExportsTimingsAside() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, CliRun.of("generate", "--seed", "42", "--out", a.toString()).exitCode());
        assertEquals(0, CliRun.of("generate", "--seed", "42", "--out", b.toString()).exitCode());
        assertEquals(withoutTimings(a), withoutTimings(b));
        String textA = Files.readString(a).replaceAll("\"\\w+Micros\" : \\d+", "");
        String textB = Files.readString(b).replaceAll("\"\\w+Micros\" : \\d+", "");
        assertEquals(textA, textB, "byte-identical apart from the timing values");
        Path c = dir.resolve("c.json");
        CliRun.of("generate", "--seed", "43", "--out", c.toString());
        assertNotEquals(withoutTimings(a), withoutTimings(c));
    }

    @Test
    void exportFollowsTheContract() throws Exception {
        Path out = dir.resolve("x.json");
        CliRun run = CliRun.of("generate", "--seed", "the memory syndicate", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("worldbench-export/1", root.get("format").asText());
        assertEquals(3533732888L, root.get("seed").asLong());
        assertEquals("the memory syndicate", root.get("seedText").asText());
        JsonNode district = root.get("district");
        assertEquals(100, district.get("width").asInt());
        assertEquals(80, district.get("tiles").size());
        assertEquals(100, district.get("tiles").get(0).size());
        int rooms = district.get("rooms").size();
        assertTrue(rooms >= 30 && rooms <= 50, "rooms " + rooms);
        for (String field : new String[] {"id", "type", "templateId", "x", "y", "width", "height", "rotation", "anchor", "pinned"}) {
            assertTrue(district.get("rooms").get(0).has(field), "room field " + field);
        }
        for (String field : new String[] {"id", "from", "to", "doorType", "requires", "tiles"}) {
            assertTrue(district.get("connections").get(0).has(field), "connection field " + field);
        }
        JsonNode start = district.get("start");
        int tile = district.get("tiles").get(start.get("y").asInt()).get(start.get("x").asInt()).asInt();
        assertTrue(district.get("walkable").toString().contains(Integer.toString(tile)), "start stands on a walkable tile");
        assertTrue(root.get("abilities").get("pickups").size() > 0);
    }

    @Test
    void pngIsAReadablePictureOfTheMap() throws Exception {
        Path out = dir.resolve("x.json");
        Path png = dir.resolve("x.png");
        assertEquals(0, CliRun.of("generate", "--seed", "42", "--out", out.toString(), "--png", png.toString()).exitCode());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(640, image.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "a real picture, not a blank: " + colours.size() + " colours");
    }

    @Test
    void reseedChangesOnlyTheNamedRoom() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CliRun.of("generate", "--seed", "42", "--out", a.toString());
        assertEquals(0, CliRun.of("generate", "--seed", "42", "--reseed", "room:r3=99", "--out", b.toString()).exitCode());
        JsonNode before = new ObjectMapper().readTree(a.toFile()).get("district");
        JsonNode after = new ObjectMapper().readTree(b.toFile()).get("district");
        assertEquals(before.get("connections"), after.get("connections"));
        for (int i = 0; i < before.get("rooms").size(); i++) {
            JsonNode r = before.get("rooms").get(i);
            if (!r.get("id").asText().equals("r3")) {
                assertEquals(r, after.get("rooms").get(i));
            }
        }
    }
}
