package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.util.SupplierUtil;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every export is parsed back by a real parser and checked against the generation it came from. */
class ExportAndDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode generated() throws Exception {
        Path out = dir.resolve("x.json");
        assertEquals(0, CliRun.of("generate", "--seed", "42", "--out", out.toString()).exitCode());
        return JSON.readTree(out.toFile());
    }

    /** Runs {@code export --seed 42 <options> --out <dir>/<last argument>}. */
    private Path export(String... args) {
        Path out = dir.resolve(args[args.length - 1]);
        java.util.List<String> full = new java.util.ArrayList<>(java.util.List.of("export", "--seed", "42"));
        full.addAll(java.util.Arrays.asList(args).subList(0, args.length - 1));
        full.add("--out");
        full.add(out.toString());
        CliRun run = CliRun.of(full.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    @Test
    void tmxParsesAsATiledMapWithEveryLayerAndTheTilesetBeside() throws Exception {
        JsonNode source = generated();
        Path tmx = export("--format", "tmx", "d.tmx");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(tmx.toFile());
        Element map = doc.getDocumentElement();
        assertEquals("map", map.getTagName());
        assertEquals("100", map.getAttribute("width"));
        assertEquals("80", map.getAttribute("height"));
        Element image = (Element) doc.getElementsByTagName("image").item(0);
        BufferedImage tileset = ImageIO.read(dir.resolve(image.getAttribute("source")).toFile());
        assertEquals(Integer.parseInt(image.getAttribute("width")), tileset.getWidth());
        String csv = doc.getElementsByTagName("data").item(0).getTextContent().strip();
        String[] gids = csv.split("[,\\s]+");
        assertEquals(100 * 80, gids.length);
        assertEquals(source.get("district").get("tiles").get(3).get(7).asInt() + 1, Integer.parseInt(gids[3 * 100 + 7]));
        NodeList groups = doc.getElementsByTagName("objectgroup");
        Map<String, Integer> objects = new HashMap<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            objects.put(g.getAttribute("name"), g.getElementsByTagName("object").getLength());
        }
        assertEquals(source.get("district").get("rooms").size(), objects.get("rooms"));
        assertEquals(source.get("entities").size(), objects.get("entities"));
        assertEquals(source.get("case").get("evidence").size(), objects.get("evidence"));
        assertEquals(2 * source.get("district").get("connections").size(), objects.get("doors"));
    }

    @Test
    void tmjParsesAsATiledJsonMap() throws Exception {
        JsonNode source = generated();
        JsonNode map = JSON.readTree(export("--format", "tmj", "d.tmj").toFile());
        assertEquals("map", map.get("type").asText());
        JsonNode layers = map.get("layers");
        assertEquals("tilelayer", layers.get(0).get("type").asText());
        assertEquals(8000, layers.get(0).get("data").size());
        assertEquals(source.get("district").get("rooms").size(), layers.get(1).get("objects").size());
        assertEquals("worldbench-tiles.png", map.get("tilesets").get(0).get("image").asText());
        assertTrue(Files.exists(dir.resolve("worldbench-tiles.png")));
    }

    @Test
    void graphMlAndDotLoadInJgraphtImporters() throws Exception {
        JsonNode source = generated();
        Graph<String, DefaultEdge> layout = new Pseudograph<>(new Counter(), SupplierUtil.createDefaultEdgeSupplier(), false);
        GraphMLImporter<String, DefaultEdge> graphml = new GraphMLImporter<>();
        graphml.setSchemaValidation(false);
        try (FileReader reader = new FileReader(export("--format", "graphml", "l.graphml").toFile())) {
            graphml.importGraph(layout, reader);
        }
        assertEquals(source.get("district").get("rooms").size(), layout.vertexSet().size());
        assertEquals(source.get("district").get("connections").size(), layout.edgeSet().size());

        Graph<String, DefaultEdge> evidence = new DefaultDirectedGraph<>(new Counter(), SupplierUtil.createDefaultEdgeSupplier(), false);
        try (FileReader reader = new FileReader(export("--format", "dot", "--graph", "evidence", "e.dot").toFile())) {
            new DOTImporter<String, DefaultEdge>().importGraph(evidence, reader);
        }
        assertEquals(source.get("case").get("evidence").size(), evidence.vertexSet().size());

        Graph<String, DefaultEdge> layoutDot = new Pseudograph<>(new Counter(), SupplierUtil.createDefaultEdgeSupplier(), false);
        try (FileReader reader = new FileReader(export("--format", "dot", "l.dot").toFile())) {
            new DOTImporter<String, DefaultEdge>().importGraph(layoutDot, reader);
        }
        assertEquals(source.get("district").get("connections").size(), layoutDot.edgeSet().size());
    }

    @Test
    void panelPicturesAreRealImages() throws Exception {
        for (String panel : new String[] {"rooms", "layout", "evidence", "chunks"}) {
            BufferedImage image = ImageIO.read(export("--format", "png", "--panel", panel, panel + ".png").toFile());
            assertTrue(image.getWidth() > 100 && image.getHeight() > 50, panel);
        }
    }

    @Test
    void diffNamesWhatChanged() throws Exception {
        CliRun same = CliRun.of("diff", "seed:42", "seed:42");
        assertEquals(0, same.exitCode(), same.out());
        Path heat = dir.resolve("heat.png");
        CliRun other = CliRun.of("diff", "seed:42", "seed:43", "--heatmap", heat.toString());
        assertEquals(1, other.exitCode());
        assertTrue(other.out().contains("tiles: ") && other.out().contains("rooms: "), other.out());
        assertTrue(ImageIO.read(heat.toFile()).getWidth() > 0);

        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CliRun.of("generate", "--seed", "42", "--out", a.toString());
        CliRun.of("generate", "--seed", "42", "--reseed", "room:r3=77", "--out", b.toString());
        CliRun reseeded = CliRun.of("diff", a.toString(), b.toString());
        assertTrue(reseeded.out().contains("0 moved"), reseeded.out());
        assertTrue(reseeded.out().contains("connections: 0 added, 0 removed, 0 changed"), reseeded.out());

        Path bundle = dir.resolve("bundle.json");
        CliRun.of("record", "--seed", "42", "--out", bundle.toString());
        assertEquals(0, CliRun.of("diff", bundle.toString(), a.toString()).exitCode(), "a bundle regenerates its export");
        assertEquals(2, CliRun.of("diff", dir.resolve("nope.json").toString(), a.toString()).exitCode());
    }

    /** Vertex ids for importers. */
    private static final class Counter implements Supplier<String> {
        private int next;

        @Override
        public String get() {
            return "v" + next++;
        }
    }
}
