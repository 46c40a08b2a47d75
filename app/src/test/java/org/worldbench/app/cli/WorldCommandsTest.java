package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String world(String name) throws Exception {
        return Workspace.root().resolve("samples/worlds/" + name + ".world.json").toString();
    }

    @Test
    void chunkWritesJsonOrChnkAndDecodeReadsItBack() throws Exception {
        Path json = dir.resolve("c.json");
        Path chnk = dir.resolve("c.chnk");
        Path decoded = dir.resolve("d.json");
        assertEquals(0, CliRun.of("chunk", "--world", world("plane"), "--seed", "42", "--id", "3_-2", "--lod", "0", "--out", json.toString()).exitCode());
        assertEquals(0, CliRun.of("chunk", "--world", world("plane"), "--seed", "42", "--id", "3_-2", "--lod", "0", "--out", chnk.toString()).exitCode());
        assertEquals(0, CliRun.of("decode", chnk.toString(), "--out", decoded.toString()).exitCode());
        JsonNode a = JSON.readTree(json.toFile());
        JsonNode b = JSON.readTree(decoded.toFile());
        for (String field : new String[] {"id", "topology", "lod", "seed", "structures", "resourceNodes", "metadata"}) {
            assertEquals(a.get(field), b.get(field), field);
        }
        assertEquals(a.get("geometry").get("faces"), b.get("geometry").get("faces"));
        assertEquals(a.get("geometry").get("vertices").size(), b.get("geometry").get("vertices").size());
        assertTrue(Files.size(chnk) * 3 <= Files.size(json));
        Path again = dir.resolve("again.json");
        CliRun.of("chunk", "--world", world("plane"), "--seed", "42", "--id", "3_-2", "--lod", "0", "--out", again.toString());
        assertEquals(Files.readString(json), Files.readString(again), "byte-identical");
        Path strip = dir.resolve("s.json");
        CliRun.of("chunk", "--world", world("strip"), "--seed", "7", "--id", "-3", "--out", strip.toString());
        assertEquals(12, JSON.readTree(strip.toFile()).get("cells").size());
    }

    @Test
    void badInputIsOneLineExitTwoAndNoFile() throws Exception {
        Path out = dir.resolve("x.json");
        String[][] cases = {
            {"chunk", "--world", world("ring"), "--seed", "1", "--id", "0_264000", "--out", out.toString()},
            {"chunk", "--world", world("ring"), "--seed", "1", "--id", "banana", "--out", out.toString()},
            {"chunk", "--world", world("ring"), "--seed", "1", "--id", "0_5", "--lod", "7", "--out", out.toString()},
            {"chunk", "--world", dir.resolve("missing.world.json").toString(), "--seed", "1", "--id", "0_5", "--out", out.toString()},
            {"chunk", "--world", world("ring"), "--seed", "1", "--id", "0_5", "--out", dir.resolve("x.txt").toString()},
        };
        for (String[] args : cases) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(Files.exists(out));
        }
        Path badWorld = dir.resolve("bad.world.json");
        Files.writeString(badWorld, "{\"format\": 1, \"topology\": \"torus\"}");
        CliRun run = CliRun.of("chunk", "--world", badWorld.toString(), "--seed", "1", "--id", "0_5", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("$.topology"), run.err());

        Path chnk = dir.resolve("c.chnk");
        CliRun.of("chunk", "--world", world("ring"), "--seed", "1", "--id", "0_5", "--out", chnk.toString());
        byte[] data = Files.readAllBytes(chnk);
        Files.write(chnk, java.util.Arrays.copyOf(data, data.length / 2));
        CliRun truncated = CliRun.of("decode", chnk.toString(), "--out", out.toString());
        assertEquals(2, truncated.exitCode());
        assertTrue(truncated.err().contains("checksum mismatch"), truncated.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void worldScanCountsAndDraws() throws Exception {
        Path png = dir.resolve("map.png");
        CliRun run = CliRun.of("world-scan", "--world", world("plane"), "--seed", "3", "--range", "-8..7", "--lod", "3", "--png", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("256 chunks"), run.out());
        assertEquals(16, ImageIO.read(png.toFile()).getWidth());
        CliRun strip = CliRun.of("world-scan", "--world", world("strip"), "--seed", "3", "--range", "-100..99", "--encode");
        assertTrue(strip.out().contains("200 chunks") && strip.out().contains("CHNK bytes"), strip.out());
        assertEquals(2, CliRun.of("world-scan", "--world", world("ring"), "--seed", "3", "--floor", "9").exitCode());
    }
}
